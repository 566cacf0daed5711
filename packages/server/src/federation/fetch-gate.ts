import type { Actor, RequestContext } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createFetchPolicy } from '../policy/fetch-policy.ts';
import { localAccountId } from './objects/objects.repository.ts';

/**
 * Secure mode (AUTHORIZED_FETCH) for the collections and the outbox: a request must be signed by
 * some actor, and that actor must be one the policy lets read the owner's things
 * (policy/fetch-policy.ts: no suspended domain, no domain the owner blocked, no block between
 * them). Fedify answers a refused collection with its `onUnauthorized`; an unsigned request keeps
 * the 401 that tells a server to sign, while a signer refused by a block gets a 404, as Mastodon
 * answers: nothing tells the blocked side that there is something to see. The gate remembers
 * which requests it refused for a block so that `onUnauthorized` can tell the two apart.
 */
export function createFetchGate(db: Kysely<Database>, authorizedFetch: boolean) {
  const policy = createFetchPolicy(db);
  const refusedByBlock = new WeakSet<Request>();

  return {
    /** Fedify's `authorize` predicate for a collection of the local actor `identifier`. */
    async collection(
      ctx: RequestContext<void>,
      identifier: string,
      signer: Actor | null,
    ): Promise<boolean> {
      if (!authorizedFetch) return true;
      if (!signer?.id) return false;
      const ownerId = await localAccountId(db, identifier);
      // No such account: the dispatcher answers 404 itself.
      if (!ownerId) return true;
      if (await policy.mayServe(ownerId, signer.id.href)) return true;
      refusedByBlock.add(ctx.request);
      return false;
    },

    /** What a post's owner allows the signer of this fetch (objects/index.ts). */
    mayServe: (ownerId: string, signerUri: string) => policy.mayServe(ownerId, signerUri),

    /** Whether the gate refused `request` because of a block (then: 404, not 401). */
    refusedForBlock: (request: Request) => refusedByBlock.has(request),
  };
}

export type FetchGate = ReturnType<typeof createFetchGate>;
