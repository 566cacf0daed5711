import { exportJwk, generateCryptoKeyPair, importJwk } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { KeyKind } from './uri.ts';

/** RSA first: Fedify names the first key `#main-key`, the one Mastodon's HTTP Signatures look for. */
/** A key pair as WebCrypto gives it (the DOM's `CryptoKeyPair`, not in our TypeScript lib). */
export type ActorKeyPair = Awaited<ReturnType<typeof generateCryptoKeyPair>>;

const KINDS: readonly KeyKind[] = ['rsa', 'ed25519'];
const ALGORITHM = new Map<KeyKind, 'RSASSA-PKCS1-v1_5' | 'Ed25519'>([
  ['rsa', 'RSASSA-PKCS1-v1_5'],
  ['ed25519', 'Ed25519'],
]);

/**
 * The key pairs of local actors (accounts and the instance actor), generated the first time an
 * actor is asked for, then kept: a key that changed would make every server that cached it
 * refuse our signatures for a while.
 */
export function actorKeysRepository(db: Kysely<Database>, clock: Clock) {
  async function generate(ownerId: string, kind: KeyKind): Promise<void> {
    const pair = await generateCryptoKeyPair(ALGORITHM.get(kind));
    await db
      .insertInto('actor_keys')
      .values({
        owner_id: ownerId,
        kind,
        public_key_jwk: JSON.stringify(await exportJwk(pair.publicKey)),
        private_key_jwk: JSON.stringify(await exportJwk(pair.privateKey)),
        created_at: clock.now().toISOString(),
      })
      // Two requests generating at once: the first stored wins, the other pair is dropped.
      .onConflict((oc) => oc.columns(['owner_id', 'kind']).doNothing())
      .execute();
  }

  /** The owner's pairs, RSA then Ed25519, generating the missing ones. */
  async function keyPairs(ownerId: string): Promise<ActorKeyPair[]> {
    const rows = await db
      .selectFrom('actor_keys')
      .select('kind')
      .where('owner_id', '=', ownerId)
      .execute();
    for (const kind of KINDS.filter((k) => !rows.some((r) => r.kind === k))) {
      await generate(ownerId, kind);
    }
    return existingKeyPairs(ownerId);
  }

  /** The owner's pairs as they are, generating none (for an account being deleted). */
  async function existingKeyPairs(ownerId: string): Promise<ActorKeyPair[]> {
    const rows = await db
      .selectFrom('actor_keys')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .execute();
    const pairs: ActorKeyPair[] = [];
    for (const kind of KINDS) {
      const row = rows.find((r) => r.kind === kind);
      if (!row) continue;
      pairs.push({
        publicKey: await importJwk(JSON.parse(row.public_key_jwk), 'public'),
        privateKey: await importJwk(JSON.parse(row.private_key_jwk), 'private'),
      });
    }
    return pairs;
  }

  return { keyPairs, existingKeyPairs };
}

export type ActorKeysRepository = ReturnType<typeof actorKeysRepository>;
