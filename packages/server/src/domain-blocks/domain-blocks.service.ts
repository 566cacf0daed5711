import type { Kysely } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { type OutboundRecorder, recordNothing } from '../federation/outbound-events.ts';
import { appendAudit } from '../moderation/audit.repository.ts';
import {
  type DomainBlockSeverity,
  type DomainBlocksRepository,
  domainBlocksRepository,
  type InstanceDomainBlockRow,
} from '../policy/domain-blocks.repository.ts';
import { severDomain } from '../relationships/domain-severance.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';

export type DomainBlockError =
  | { kind: 'invalid_domain' }
  | { kind: 'own_domain' }
  | { kind: 'not_found' }
  | { kind: 'exists'; existing: InstanceDomainBlockRow };

/**
 * A domain as people type it (`Example.COM`, `https://example.com/`, `localhost:4002`) made into
 * the host we store and match: lower case, punycode, port kept, nothing else. Null when it is no
 * host name at all.
 */
export function normaliseDomain(input: string): string | null {
  const bare = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/\.$/, '');
  if (bare.length === 0 || bare.length > 253 || /[\s@*?#\\]/.test(bare)) return null;
  let host: string;
  try {
    host = new URL(`http://${bare}`).host;
  } catch {
    return null;
  }
  // URL drops `:80`, the default port of `http`: an instance on port 80 of https keeps it.
  if (bare.endsWith(':80') && !host.endsWith(':80')) host += ':80';
  return HOST.test(host) ? host : null;
}

/** Labels of letters, digits, `-` and `_` (punycode already), or a bracketed IPv6; a port. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(\.[a-z0-9_-]+)*)(:\d{1,5})?$/;

export interface InstanceBlockInput {
  severity?: DomainBlockSeverity | undefined;
  reject_media?: boolean | undefined;
  reject_reports?: boolean | undefined;
  private_comment?: string | null | undefined;
  public_comment?: string | null | undefined;
  obfuscate?: boolean | undefined;
}

const flag = (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0);

/** Instance domain blocks (admins) and personal ones; decisions are the policy's. */
export function createDomainBlocksService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  /** Our own domain: blocking it would cut the instance off from itself. */
  ownDomain: string;
  repo?: DomainBlocksRepository;
  /** Records what other servers must hear when a person's block cuts their follows. */
  outbound?: OutboundRecorder;
  events?: EventBus;
}) {
  const { db, clock, ids } = deps;
  const repo = deps.repo ?? domainBlocksRepository(db);

  function checked(domain: string): Result<string, DomainBlockError> {
    const normal = normaliseDomain(domain);
    if (!normal) return err({ kind: 'invalid_domain' });
    if (normal === deps.ownDomain.toLowerCase()) return err({ kind: 'own_domain' });
    return ok(normal);
  }

  return {
    listInstance: (page: PageParams) => repo.listInstanceBlocks(page),

    async findInstance(id: string): Promise<Result<InstanceDomainBlockRow, DomainBlockError>> {
      const row = await repo.findInstanceBlock(id);
      return row ? ok(row) : err({ kind: 'not_found' });
    },

    async createInstance(
      adminId: string,
      domain: string,
      input: InstanceBlockInput,
    ): Promise<Result<InstanceDomainBlockRow, DomainBlockError>> {
      const normal = checked(domain);
      if (!normal.ok) return normal;
      const existing = await repo.findInstanceBlockByDomain(normal.value);
      if (existing) return err({ kind: 'exists', existing });
      const now = clock.now().toISOString();
      const row: InstanceDomainBlockRow = {
        id: ids(),
        domain: normal.value,
        severity: input.severity ?? 'silence',
        reject_media: flag(input.reject_media) ?? 0,
        reject_reports: flag(input.reject_reports) ?? 0,
        private_comment: input.private_comment ?? null,
        public_comment: input.public_comment ?? null,
        obfuscate: flag(input.obfuscate) ?? 0,
        created_at: now,
        updated_at: now,
      };
      await repo.insertInstanceBlock(row);
      await appendAudit(db, ids, now, {
        actorId: adminId,
        action: 'domain_block.create',
        targetType: 'domain_block',
        targetId: row.id,
        detail: { domain: row.domain, severity: row.severity },
      });
      return ok(row);
    },

    async updateInstance(
      adminId: string,
      id: string,
      input: InstanceBlockInput,
    ): Promise<Result<InstanceDomainBlockRow, DomainBlockError>> {
      const row = await repo.findInstanceBlock(id);
      if (!row) return err({ kind: 'not_found' });
      const now = clock.now().toISOString();
      const patch = {
        ...(input.severity ? { severity: input.severity } : {}),
        ...(input.reject_media !== undefined ? { reject_media: flag(input.reject_media) } : {}),
        ...(input.reject_reports !== undefined
          ? { reject_reports: flag(input.reject_reports) }
          : {}),
        ...(input.private_comment !== undefined ? { private_comment: input.private_comment } : {}),
        ...(input.public_comment !== undefined ? { public_comment: input.public_comment } : {}),
        ...(input.obfuscate !== undefined ? { obfuscate: flag(input.obfuscate) } : {}),
        updated_at: now,
      };
      await repo.updateInstanceBlock(id, patch);
      await appendAudit(db, ids, now, {
        actorId: adminId,
        action: 'domain_block.update',
        targetType: 'domain_block',
        targetId: id,
        detail: { domain: row.domain, severity: input.severity ?? row.severity },
      });
      return ok({ ...row, ...patch } as InstanceDomainBlockRow);
    },

    async deleteInstance(adminId: string, id: string): Promise<Result<null, DomainBlockError>> {
      const row = await repo.findInstanceBlock(id);
      if (!row) return err({ kind: 'not_found' });
      await repo.deleteInstanceBlock(id);
      await appendAudit(db, ids, clock.now().toISOString(), {
        actorId: adminId,
        action: 'domain_block.delete',
        targetType: 'domain_block',
        targetId: id,
        detail: { domain: row.domain },
      });
      return ok(null);
    },

    listPersonal: (accountId: string, page: PageParams) => repo.listAccountBlocks(accountId, page),

    async blockPersonal(
      accountId: string,
      domain: string,
    ): Promise<Result<null, DomainBlockError>> {
      const normal = checked(domain);
      if (!normal.ok) return normal;
      const row = {
        id: ids(),
        account_id: accountId,
        domain: normal.value,
        created_at: clock.now().toISOString(),
      };
      // The block and what it cuts (followers, requests, follows there) commit together, with
      // the Reject and Undo their servers must hear (relationships/domain-severance.ts).
      const cut = await db.transaction().execute(async (trx) => {
        await domainBlocksRepository(trx).insertAccountBlock(row);
        return severDomain(trx, deps.outbound ?? recordNothing, accountId, normal.value);
      });
      for (const event of cut) await deps.events?.publish(event);
      return ok(null);
    },

    async unblockPersonal(
      accountId: string,
      domain: string,
    ): Promise<Result<null, DomainBlockError>> {
      const normal = normaliseDomain(domain);
      if (!normal) return err({ kind: 'invalid_domain' });
      await repo.deleteAccountBlock(accountId, normal);
      return ok(null);
    },
  };
}

export type DomainBlocksService = ReturnType<typeof createDomainBlocksService>;
