import { readFile } from 'node:fs/promises';
import { describeVerdict } from './verdict-text.ts';
import {
  isFetchableKeyUrl,
  manifestKeyUrl,
  parsePublicKey,
  type RawPublicKey,
  verifyDossierZip,
} from './verify-dossier.ts';

const USAGE = `Usage: empathie-dossier verify DOSSIER.zip (--key FILE|URL | --fetch) [--lang fr|en]

  --key FILE|URL  the instance's public key: a PEM or JWK file, or the URL of the instance's
                  /api/empathie/v1/instance/dossier_key (https, or http on the loopback only)
  --fetch         fetch the key from the URL the manifest names (https or loopback only)
  --lang fr|en    language of the verdict (default: from LANG)

Exit status: 0 intact and signed, 1 not intact, 2 could not verify (usage, file, key).`;

/** Where the CLI writes, and how it fetches: injected so tests run it without a process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Promise<Uint8Array>;
  fetch: typeof fetch;
  env: { LANG?: string | undefined };
}

const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFile(path),
  fetch: (...args) => fetch(...args),
  env: process.env,
};

interface Options {
  file: string;
  key: string | null;
  fetch: boolean;
  lang: 'fr' | 'en';
}

function parseArgs(args: string[], env: CliIo['env']): Options | string {
  const [command, ...rest] = args;
  if (command !== 'verify') return USAGE;
  let file: string | null = null;
  let key: string | null = null;
  let fetchKey = false;
  let lang: 'fr' | 'en' = env.LANG?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--key') {
      key = rest[++i] ?? null;
      if (!key) return '--key needs a file or a URL';
    } else if (arg === '--fetch') {
      fetchKey = true;
    } else if (arg === '--lang') {
      const value = rest[++i];
      if (value !== 'fr' && value !== 'en') return '--lang is fr or en';
      lang = value;
    } else if (arg?.startsWith('--')) {
      return `unknown option ${arg}\n\n${USAGE}`;
    } else if (arg && file === null) {
      file = arg;
    } else {
      return USAGE;
    }
  }
  if (!file) return USAGE;
  if (!key && !fetchKey) return `a key is needed: --key FILE|URL or --fetch\n\n${USAGE}`;
  return { file, key, fetch: fetchKey, lang };
}

/** `npx empathie-dossier verify dossier.zip --key key.pem`: the exit status is the verdict. */
export async function main(args: string[], io: CliIo = nodeIo): Promise<number> {
  const options = parseArgs(args, io.env);
  if (typeof options === 'string') {
    io.err(options);
    return 2;
  }
  let zip: Uint8Array;
  try {
    zip = await io.readFile(options.file);
  } catch (error) {
    io.err(`cannot read ${options.file}: ${(error as Error).message}`);
    return 2;
  }
  const keyText = await readKey(options, zip, io);
  if (keyText.kind === 'failed') {
    io.err(keyText.message);
    return 2;
  }
  const verdict = await verifyDossierZip(zip, keyText.key);
  const lines = describeVerdict(verdict, options.lang);
  for (const line of lines) (verdict.kind === 'intact' ? io.out : io.err)(line);
  return verdict.kind === 'intact' ? 0 : 1;
}

type KeyRead = { kind: 'read'; key: RawPublicKey } | { kind: 'failed'; message: string };

async function readKey(options: Options, zip: Uint8Array, io: CliIo): Promise<KeyRead> {
  const source = options.key ?? manifestKeyUrl(zip);
  if (!source) return { kind: 'failed', message: 'the manifest names no key URL to fetch' };
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
  let text: string;
  if (isUrl) {
    if (!isFetchableKeyUrl(source)) {
      return {
        kind: 'failed',
        message: `refusing to fetch a key over ${source}: only https, or http on the loopback`,
      };
    }
    try {
      const response = await io.fetch(source, { headers: { accept: 'application/json' } });
      if (!response.ok) return { kind: 'failed', message: `${source} answered ${response.status}` };
      text = await response.text();
    } catch (error) {
      return { kind: 'failed', message: `cannot fetch ${source}: ${(error as Error).message}` };
    }
  } else {
    try {
      text = new TextDecoder().decode(await io.readFile(source));
    } catch (error) {
      return { kind: 'failed', message: `cannot read ${source}: ${(error as Error).message}` };
    }
  }
  const key = parsePublicKey(text);
  return key
    ? { kind: 'read', key }
    : { kind: 'failed', message: `${source} holds no Ed25519 public key (PEM or JWK)` };
}
