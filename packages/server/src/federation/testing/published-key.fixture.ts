import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { CAVAGE_PRIVATE_KEY, CAVAGE_PUBLIC_KEY } from '../fixtures/cavage-appendix-c.ts';

/**
 * Gives a local actor (an account id, or the instance actor's identifier) the published
 * draft-cavage test key as its RSA key, so a test does not spend seconds generating an RSA-2048
 * pair on a busy machine. The Ed25519 pair is still generated on first use (milliseconds).
 */
export async function seedPublishedRsaKey(db: Kysely<Database>, ownerId: string): Promise<void> {
  const jwk = (pem: string, kind: 'public' | 'private') =>
    JSON.stringify({
      ...(kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem)).export({
        format: 'jwk',
      }),
      // What Fedify's exportJwk writes, and its importJwk expects.
      alg: 'RS256',
      ext: true,
      key_ops: kind === 'public' ? ['verify'] : ['sign'],
    });
  await db
    .insertInto('actor_keys')
    .values({
      owner_id: ownerId,
      kind: 'rsa',
      public_key_jwk: jwk(CAVAGE_PUBLIC_KEY, 'public'),
      private_key_jwk: jwk(CAVAGE_PRIVATE_KEY, 'private'),
      created_at: new Date(0).toISOString(),
    })
    .execute();
}
