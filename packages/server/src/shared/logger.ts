import type { Config } from '../config/config.ts';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/**
 * One JSON line per event on stderr. Callers never pass secrets (passwords, tokens, post text of
 * drafts); fields named like secrets are masked as a second line of defence.
 */
export function createLogger(
  level: Config['logLevel'],
  write = (line: string) => process.stderr.write(`${line}\n`),
): Logger {
  const min = LEVELS.indexOf(level);
  const log =
    (lvl: (typeof LEVELS)[number]) =>
    // lookup-safe: field names come from our own code; copied without a prototype below
    (message: string, fields: Record<string, unknown> = {}) => {
      if (LEVELS.indexOf(lvl) < min) return;
      const safe = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(fields)) {
        safe[k] = /pass|token|secret|authorization/i.test(k) ? '[redacted]' : v;
      }
      write(JSON.stringify({ time: new Date().toISOString(), level: lvl, message, ...safe }));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
