import type { Kysely } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type {
  AccountDomainBlockTable,
  DomainBlockSeverity,
  InstanceDomainBlockTable,
} from '../federation/delivery.tables.ts';

/**
 * The rows of domain blocks: the instance's (admins: silence, suspend) and each person's own.
 * The policy module alone holds this SQL (a scan in `policy.paths.test.ts` keeps it so): the
 * admin and personal routes keep the rows through here, every decision reads them through
 * `domain-policy.ts` or the predicates of `domain-blocks.sql.ts`.
 */
export type InstanceDomainBlockRow = InstanceDomainBlockTable;
export type { DomainBlockSeverity };

/**
 * The domain itself and every parent of its host name, most specific first: a block of
 * `example.com` covers `social.example.com` (as Mastodon's does); `localhost:4002` covers itself
 * and `localhost` (an instance's domain is its host and port).
 */
export function domainCandidates(host: string): string[] {
  const lower = host.toLowerCase();
  const colon = lower.lastIndexOf(':');
  const name = colon > -1 && !lower.includes(']') ? lower.slice(0, colon) : lower;
  const parts = name.split('.');
  const parents = parts.map((_, i) => parts.slice(i).join('.')).filter((d) => d.length > 0);
  return [...new Set([lower, ...parents])];
}

export function domainBlocksRepository(db: Kysely<Database>) {
  return {
    /** The instance's most specific block covering `host`, if any. */
    async instanceBlockCovering(host: string): Promise<InstanceDomainBlockRow | undefined> {
      const candidates = domainCandidates(host);
      const rows = await db
        .selectFrom('instance_domain_blocks')
        .selectAll()
        .where('domain', 'in', candidates)
        .execute();
      return rows.sort((a, b) => b.domain.length - a.domain.length)[0];
    },

    async listInstanceBlocks(page: PageParams): Promise<InstanceDomainBlockRow[]> {
      const q = db.selectFrom('instance_domain_blocks').selectAll();
      return finishPage(await applyPage(q, 'id', page).execute(), page);
    },

    findInstanceBlock(id: string): Promise<InstanceDomainBlockRow | undefined> {
      return db
        .selectFrom('instance_domain_blocks')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
    },

    findInstanceBlockByDomain(domain: string): Promise<InstanceDomainBlockRow | undefined> {
      return db
        .selectFrom('instance_domain_blocks')
        .selectAll()
        .where('domain', '=', domain)
        .executeTakeFirst();
    },

    async insertInstanceBlock(row: InstanceDomainBlockRow): Promise<void> {
      await db.insertInto('instance_domain_blocks').values(row).execute();
    },

    async updateInstanceBlock(
      id: string,
      patch: Partial<Omit<InstanceDomainBlockRow, 'id' | 'domain' | 'created_at'>>,
    ): Promise<void> {
      await db.updateTable('instance_domain_blocks').set(patch).where('id', '=', id).execute();
    },

    async deleteInstanceBlock(id: string): Promise<void> {
      await db.deleteFrom('instance_domain_blocks').where('id', '=', id).execute();
    },

    /** A person's blocked domains, newest first (Mastodon pages them by the block's id). */
    async listAccountBlocks(
      accountId: string,
      page: PageParams,
    ): Promise<AccountDomainBlockTable[]> {
      const q = db
        .selectFrom('account_domain_blocks')
        .selectAll()
        .where('account_id', '=', accountId);
      return finishPage(await applyPage(q, 'id', page).execute(), page);
    },

    async insertAccountBlock(row: AccountDomainBlockTable): Promise<void> {
      await db
        .insertInto('account_domain_blocks')
        .values(row)
        .onConflict((oc) => oc.columns(['account_id', 'domain']).doNothing())
        .execute();
    },

    async deleteAccountBlock(accountId: string, domain: string): Promise<void> {
      await db
        .deleteFrom('account_domain_blocks')
        .where('account_id', '=', accountId)
        .where('domain', '=', domain)
        .execute();
    },

    /** Whether `accountId` blocks a domain covering `host`. */
    async accountBlocksHost(accountId: string, host: string): Promise<boolean> {
      const row = await db
        .selectFrom('account_domain_blocks')
        .select('id')
        .where('account_id', '=', accountId)
        .where('domain', 'in', domainCandidates(host))
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type DomainBlocksRepository = ReturnType<typeof domainBlocksRepository>;
