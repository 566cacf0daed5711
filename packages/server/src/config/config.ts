import { resolve } from 'node:path';
import { type MediaStorageConfig, readMediaStorage } from './media-config.ts';
import { parseTrustedProxies } from './trusted-proxies.ts';

export type RegistrationMode = 'open' | 'approval' | 'invite';

/** Everything the server needs to know about its environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  /** Public origin of this instance, e.g. `https://empathie.example`; canonical URIs are built from it. */
  publicUrl: string;
  /** Host part of `publicUrl` (with port when not default): the instance's domain in `user@domain`. */
  domain: string;
  dataDir: string;
  /** PostgreSQL connection string; when absent, SQLite under `dataDir`. */
  databaseUrl: string | null;
  /** Initial registration mode; admins change it at run time (stored in the database). */
  registrationMode: RegistrationMode;
  maxPostChars: number;
  /** Where the built web app lives; served on the same port when it exists. */
  webDistDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /**
   * Where people can get this instance's source code. Empathie is AGPL: an instance that changes
   * the code must offer its users the changed source; this address is shown to them.
   */
  sourceUrl: string;
  /**
   * Reverse proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`: addresses and CIDR
   * ranges, IPv4 and IPv6). Empty by default: the header is ignored and the connection's peer
   * is the client, so nobody can pick the address their attempts are counted under.
   */
  trustedProxies: string[];
  /**
   * Lets federation reach private, loopback and link-local addresses (`ALLOW_PRIVATE_ADDRESS`).
   * For development and tests only (two instances on `localhost`): on a public instance it would
   * let anyone make the server fetch addresses inside its own network.
   */
  allowPrivateAddress: boolean;
  /**
   * Answers ActivityPub objects and actors only to signed requests (`AUTHORIZED_FETCH`, Mastodon's
   * "secure mode"), so that a blocked server cannot read public posts anonymously either.
   */
  authorizedFetch: boolean;
  /** Where uploaded images are stored: `DATA_DIR/media`, or S3 when the `S3_*` variables are set. */
  media: MediaStorageConfig;
}

export type ConfigError = { variable: string; message: string };

function intInRange(
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  variable: string,
  errors: ConfigError[],
): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    errors.push({ variable, message: `must be an integer between ${min} and ${max}` });
    return fallback;
  }
  return n;
}

/** A yes/no variable: `true`/`1` or `false`/`0`; anything else is a mistake worth saying. */
function flag(raw: string | undefined, variable: string, errors: ConfigError[]): boolean {
  if (raw === undefined || raw === '') return false;
  const value = raw.trim().toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  errors.push({ variable, message: 'must be true or false' });
  return false;
}

/**
 * Reads the configuration from an environment map (defaults to `process.env`).
 * This is the only place in the server that reads the environment.
 */
export function readEnv(
  env: Record<string, string | undefined> = process.env,
): { ok: true; config: Config } | { ok: false; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const port = intInRange(env.PORT, 3000, 0, 65535, 'PORT', errors);
  const host = env.HOST || '0.0.0.0';
  let publicUrl = env.PUBLIC_URL || `http://localhost:${port}`;
  let domain = '';
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    publicUrl = url.origin;
    domain = url.host;
  } catch {
    errors.push({ variable: 'PUBLIC_URL', message: 'must be an absolute http(s) URL' });
  }
  const registrationMode = (env.REGISTRATION_MODE || 'open') as RegistrationMode;
  if (!['open', 'approval', 'invite'].includes(registrationMode)) {
    errors.push({ variable: 'REGISTRATION_MODE', message: 'must be open, approval or invite' });
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    errors.push({ variable: 'LOG_LEVEL', message: 'must be debug, info, warn, error or silent' });
  }
  const sourceUrl = env.SOURCE_URL || '';
  if (sourceUrl !== '' && !/^https?:\/\/\S+$/.test(sourceUrl)) {
    errors.push({ variable: 'SOURCE_URL', message: 'must be an absolute http(s) URL' });
  }
  const proxies = parseTrustedProxies(env.TRUSTED_PROXIES);
  const allowPrivateAddress = flag(env.ALLOW_PRIVATE_ADDRESS, 'ALLOW_PRIVATE_ADDRESS', errors);
  const authorizedFetch = flag(env.AUTHORIZED_FETCH, 'AUTHORIZED_FETCH', errors);
  if (!proxies.ok) errors.push({ variable: 'TRUSTED_PROXIES', message: proxies.message });
  // npm runs workspace scripts in the package folder; INIT_CWD is where the person typed `npm start`.
  const dataDir = resolve(env.INIT_CWD || process.cwd(), env.DATA_DIR || 'data');
  const media = readMediaStorage(env, dataDir, errors);
  const config: Config = {
    port,
    host,
    publicUrl,
    domain,
    dataDir,
    databaseUrl: env.DATABASE_URL || null,
    registrationMode,
    maxPostChars: intInRange(env.MAX_POST_CHARS, 2800, 1, 100_000, 'MAX_POST_CHARS', errors),
    webDistDir: resolve(env.WEB_DIST_DIR || new URL('../../../web/dist', import.meta.url).pathname),
    logLevel,
    sourceUrl,
    trustedProxies: proxies.ok ? proxies.entries : [],
    allowPrivateAddress,
    authorizedFetch,
    media,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}
