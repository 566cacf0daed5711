import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { domainBlocksRepository } from './domain-blocks.repository.ts';
import { blockedAmong } from './relations.sql.ts';

/** Why a signed fetch of a person's things is refused; null: it may be served. */
export type FetchRefusal = 'suspended_domain' | 'domain_blocked_by_owner' | 'blocked' | null;

/**
 * The policy's word on a signed fetch (secure mode, AUTHORIZED_FETCH): may the actor that signed
 * a GET read what belongs to `ownerId` (a post, the outbox, the followers)? Not when the
 * instance suspended the signer's domain, not when the owner blocked that domain for themselves,
 * and not when a block stands between the owner and the signer (either way, as our own API
 * hides both sides). The signer is named by its actor URI; it may be a server's instance actor
 * we never stored, in which case only the domain rules can apply.
 */
export function createFetchPolicy(db: Kysely<Database>) {
  const domains = domainBlocksRepository(db);

  async function refusal(ownerId: string, signerUri: string): Promise<FetchRefusal> {
    let host: string;
    try {
      host = new URL(signerUri).host;
    } catch {
      return 'suspended_domain';
    }
    const [instanceBlock, personalBlock, signer] = await Promise.all([
      domains.instanceBlockCovering(host),
      domains.accountBlocksHost(ownerId, host),
      db.selectFrom('accounts').select('id').where('uri', '=', signerUri).executeTakeFirst(),
    ]);
    if (instanceBlock?.severity === 'suspend') return 'suspended_domain';
    if (personalBlock) return 'domain_blocked_by_owner';
    if (signer && (await blockedAmong(db, ownerId, [signer.id])).has(signer.id)) return 'blocked';
    return null;
  }

  return {
    refusal,
    async mayServe(ownerId: string, signerUri: string): Promise<boolean> {
      return (await refusal(ownerId, signerUri)) === null;
    },
  };
}

export type FetchPolicy = ReturnType<typeof createFetchPolicy>;
