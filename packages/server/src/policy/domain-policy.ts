import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { domainBlocksRepository } from './domain-blocks.repository.ts';

/**
 * The policy's answers about other servers: may we deliver to this host, may activities from it
 * come in, and may a person hear from it. Suspension refuses both ways; silence keeps the
 * domain's posts out of public timelines only (`domain-blocks.sql.ts`).
 */
export function createDomainPolicy(db: Kysely<Database>) {
  const repo = domainBlocksRepository(db);

  async function severityFor(host: string) {
    return (await repo.instanceBlockCovering(host))?.severity ?? null;
  }

  return {
    severityFor,
    /** Nothing is delivered to a suspended domain. */
    async mayDeliverTo(host: string): Promise<boolean> {
      return (await severityFor(host)) !== 'suspend';
    },
    /** Activities from a suspended domain are refused on arrival. */
    async acceptsActivitiesFrom(host: string): Promise<boolean> {
      return (await severityFor(host)) !== 'suspend';
    },
    /** Reports from a domain the admins chose to ignore reports from are not filed. */
    async acceptsReportsFrom(host: string): Promise<boolean> {
      const block = await repo.instanceBlockCovering(host);
      return !block || (block.severity !== 'suspend' && block.reject_reports === 0);
    },
    /**
     * Whether images from `host` may be stored and shown: not from a suspended domain, nor from
     * one whose block says `reject_media` (attachments dropped, avatars and headers default).
     */
    async acceptsMediaFrom(host: string): Promise<boolean> {
      const block = await repo.instanceBlockCovering(host);
      return !block || (block.severity !== 'suspend' && block.reject_media === 0);
    },
    /** Whether `accountId` blocked the domain of `host` for themselves. */
    blockedByPerson: (accountId: string, host: string) => repo.accountBlocksHost(accountId, host),
  };
}

export type DomainPolicy = ReturnType<typeof createDomainPolicy>;
