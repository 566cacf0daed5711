import { join } from 'node:path';
import type { ConfigError } from './config.ts';

/**
 * Where uploaded images live: files under the data directory (the default, nothing to set up),
 * or an S3-compatible bucket once every `S3_*` variable is given. One union, so a half-written
 * S3 configuration is a start-up error rather than images silently written to the disk.
 */
export type MediaStorageConfig =
  | { kind: 'disk'; dir: string }
  | {
      kind: 's3';
      /** e.g. `https://s3.fr-par.scw.cloud` or `http://127.0.0.1:9000` (path-style requests). */
      endpoint: string;
      bucket: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
      /** Where readers fetch the files: a CDN or the bucket's public address, without a slash. */
      publicUrl: string;
    };

const S3_VARIABLES = [
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_PUBLIC_URL',
] as const;

function httpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** Reads the media storage section; errors are pushed, never thrown. */
export function readMediaStorage(
  env: Record<string, string | undefined>,
  dataDir: string,
  errors: ConfigError[],
): MediaStorageConfig {
  const disk: MediaStorageConfig = { kind: 'disk', dir: join(dataDir, 'media') };
  const given = S3_VARIABLES.filter((name) => (env[name] ?? '') !== '');
  if (given.length === 0) return disk;
  const missing = S3_VARIABLES.filter((name) => (env[name] ?? '') === '');
  for (const variable of missing) {
    errors.push({ variable, message: 'is needed as soon as one S3_* variable is set' });
  }
  if (missing.length > 0) return disk;
  const endpoint = httpUrl(env.S3_ENDPOINT ?? '');
  const publicUrl = httpUrl(env.S3_PUBLIC_URL ?? '');
  if (!endpoint) errors.push({ variable: 'S3_ENDPOINT', message: 'must be an http(s) URL' });
  if (!publicUrl) errors.push({ variable: 'S3_PUBLIC_URL', message: 'must be an http(s) URL' });
  const bucket = env.S3_BUCKET ?? '';
  // Path-style addressing puts the bucket in the path: keep it to what S3 allows.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    errors.push({ variable: 'S3_BUCKET', message: 'must be a valid bucket name' });
  }
  if (!endpoint || !publicUrl) return disk;
  return {
    kind: 's3',
    endpoint,
    bucket,
    region: env.S3_REGION ?? '',
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
    publicUrl,
  };
}
