import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import { keyIdOf, toBase64Url } from './verify/dossier-format.ts';
import './dossiers.tables.ts';

const PURPOSE = 'dossier';
/** Where the public key is published; dossiers name it in their manifest. */
export const DOSSIER_KEY_PATH = '/api/empathie/v1/instance/dossier_key';

/** The public half, as published: a JWK (RFC 8037) and a PEM, both with the key's id. */
export interface PublishedKey {
  key_id: string;
  algorithm: 'Ed25519';
  jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; use: 'sig'; alg: 'EdDSA' };
  pem: string;
  created_at: string;
  url: string;
}

export type DossierKeyService = ReturnType<typeof createDossierKeyService>;

/**
 * The instance's Ed25519 key for signing dossiers: made once, the first time it is needed, and
 * kept in the database (so it follows the instance through backups and restores). Only
 * `sign` ever touches the private half; nothing reads it out.
 */
export function createDossierKeyService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  publicUrl: string;
}) {
  const { db, clock } = deps;

  async function current() {
    const existing = await db
      .selectFrom('dossier_signing_keys')
      .selectAll()
      .where('purpose', '=', PURPOSE)
      .executeTakeFirst();
    if (existing) return existing;
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = rawPublicKey(publicKey.export({ format: 'der', type: 'spki' }));
    const row = {
      key_id: await keyIdOf(raw),
      purpose: PURPOSE,
      public_key_pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      private_key_pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      created_at: clock.now().toISOString(),
    };
    // Two first exports at once: one insert wins, both then use the winner's key.
    await db
      .insertInto('dossier_signing_keys')
      .values(row)
      .onConflict((oc) => oc.column('purpose').doNothing())
      .execute();
    const stored = await db
      .selectFrom('dossier_signing_keys')
      .selectAll()
      .where('purpose', '=', PURPOSE)
      .executeTakeFirstOrThrow();
    return stored;
  }

  return {
    async published(): Promise<PublishedKey> {
      const key = await current();
      const raw = rawPublicKey(
        createPublicKey(key.public_key_pem).export({ format: 'der', type: 'spki' }),
      );
      return {
        key_id: key.key_id,
        algorithm: 'Ed25519',
        jwk: {
          kty: 'OKP',
          crv: 'Ed25519',
          x: toBase64Url(raw),
          kid: key.key_id,
          use: 'sig',
          alg: 'EdDSA',
        },
        pem: key.public_key_pem,
        created_at: key.created_at,
        url: `${deps.publicUrl}${DOSSIER_KEY_PATH}`,
      };
    },
    async keyRef(): Promise<{ key_id: string; url: string }> {
      const key = await current();
      return { key_id: key.key_id, url: `${deps.publicUrl}${DOSSIER_KEY_PATH}` };
    },
    /** Ed25519 signature (64 bytes, base64url) over `message`'s UTF-8 bytes. */
    async sign(message: string): Promise<{ key_id: string; value: string }> {
      const key = await current();
      const signature = sign(
        null,
        Buffer.from(message, 'utf8'),
        createPrivateKey(key.private_key_pem),
      );
      return { key_id: key.key_id, value: toBase64Url(signature) };
    },
  };
}

/** The 32 raw bytes at the end of an Ed25519 SubjectPublicKeyInfo (RFC 8410). */
function rawPublicKey(spkiDer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(spkiDer.subarray(spkiDer.length - 32));
}
