import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the processed files go. Keys are random (128 bits) with the format's extension, so a
 * file's address reveals nothing and cannot be guessed (ADR 0021); every store checks a key's
 * shape before using it, so no key reaches a path or a URL unchecked.
 */
export interface MediaStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when it does not exist (the personal data export reads them). */
  get(key: string): Promise<Uint8Array | null>;
  /** Idempotent: deleting a missing file is not an error (a purge job may run twice). */
  delete(key: string): Promise<void>;
  /** The public address of a stored file. */
  urlOf(key: string): string;
}

export const MEDIA_KEY = /^[A-Za-z0-9_-]{22}\.(jpg|png|webp)$/;

const TYPES = new Map([
  ['jpg', 'image/jpeg'],
  ['png', 'image/png'],
  ['webp', 'image/webp'],
]);
const EXTENSIONS = new Map([...TYPES].map(([ext, type]) => [type, ext]));

/** A fresh unguessable key for a file of this type. */
export function newMediaKey(contentType: string): string {
  const ext = EXTENSIONS.get(contentType);
  if (!ext) throw new Error(`no extension for ${contentType}`);
  return `${randomBytes(16).toString('base64url')}.${ext}`;
}

/** The content type a key was stored with (its extension says it), or null for a bad key. */
export function contentTypeOfKey(key: string): string | null {
  const match = MEDIA_KEY.exec(key);
  return match?.[1] ? (TYPES.get(match[1]) ?? null) : null;
}

export function checkKey(key: string): void {
  if (!MEDIA_KEY.test(key)) throw new Error('invalid media key');
}

/** Files under one folder, served by the media routes at `/media/<key>`. */
export function createDiskStore(dir: string, publicUrl: string): MediaStore {
  let ready: Promise<unknown> | null = null;
  return {
    async put(key, bytes) {
      checkKey(key);
      // Like the database: readable by the server's user only (README, DATA_DIR).
      ready ??= mkdir(dir, { recursive: true, mode: 0o700 });
      await ready;
      // Written aside then renamed: a reader never sees half a file.
      const temporary = join(dir, `.${key}.${randomBytes(4).toString('hex')}.part`);
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, join(dir, key));
    },
    async get(key) {
      checkKey(key);
      try {
        return new Uint8Array(await readFile(join(dir, key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      checkKey(key);
      await rm(join(dir, key), { force: true });
    },
    urlOf: (key) => `${publicUrl}/media/${key}`,
  };
}
