import type { Kysely } from 'kysely';
import { appendLog } from '../allies/allies.repository.ts';
import type { PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { DossierActor } from './dossier-access.ts';
import { buildDossierExport } from './dossier-export.ts';
import type { DossierKeyService } from './dossier-key.service.ts';
import { findAccount, readSnapshotSource } from './dossier-snapshot.repository.ts';
import { buildSnapshot, type DossierSnapshot, personOf } from './dossier-snapshot.ts';
import {
  type DossierItemRow,
  type DossierWithCount,
  deleteDossier,
  deleteDossiersOf,
  deleteItem,
  findDossier,
  findItem,
  insertDossier,
  insertItem,
  listDossiers,
  listItems,
  MAX_ITEMS,
  touchDossier,
} from './dossiers.repository.ts';
import { canonicalJson } from './verify/canonical-json.ts';
import { canonicalHash, DOSSIER_FORMAT } from './verify/dossier-format.ts';

export interface DossierItem {
  row: DossierItemRow;
  snapshot: DossierSnapshot;
}

export type CollectOutcome =
  | { kind: 'collected'; item: DossierItem; created: boolean }
  | { kind: 'dossier_not_found' }
  | { kind: 'status_not_found' }
  | { kind: 'dossier_full' };

export type RemovalOutcome = { kind: 'removed' } | { kind: 'not_found' } | { kind: 'forbidden' };

export type ExportOutcome =
  | { kind: 'exported'; fileName: string; zip: Uint8Array }
  | { kind: 'not_found' };

export type DossiersService = ReturnType<typeof createDossiersService>;

/**
 * Evidence dossiers (ADR 0013). Every method takes the actor (the person, or their ally) that
 * `dossierActor` resolved, and reaches only that person's dossiers. A post is collected only if
 * the person may see it, and is then frozen: the snapshot is what a later export signs.
 */
export function createDossiersService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  keys: DossierKeyService;
  publicUrl: string;
  domain: string;
}) {
  const { db, clock, ids, keys } = deps;

  const itemsOf = async (dossierId: string, actor: DossierActor): Promise<DossierItem[]> =>
    (await listItems(db, dossierId, { withDirect: actor.seesDirect })).map((row) => ({
      row,
      snapshot: JSON.parse(row.snapshot) as DossierSnapshot,
    }));

  /** What an ally does in a dossier goes to the log the person reads, like every ally action. */
  const logForOwner = async (
    actor: DossierActor,
    action: 'dossier_collect' | 'dossier_export' | 'dossier_remove',
    targetAccountId: string | null,
  ) => {
    if (actor.kind !== 'ally') return;
    await appendLog(db, {
      id: ids(),
      owner_id: actor.ownerId,
      actor_id: actor.actorId,
      action,
      target_account_id: targetAccountId,
      held_id: null,
      created_at: clock.now().toISOString(),
    });
  };

  return {
    async create(actor: DossierActor, title: string): Promise<DossierWithCount> {
      const now = clock.now().toISOString();
      const row = { id: ids(), account_id: actor.ownerId, title, created_at: now, updated_at: now };
      await insertDossier(db, row);
      return { ...row, item_count: 0 };
    },

    list(actor: DossierActor, page: PageParams): Promise<DossierWithCount[]> {
      return listDossiers(db, actor.ownerId, page);
    },

    async show(
      actor: DossierActor,
      id: string,
    ): Promise<{ dossier: DossierWithCount; items: DossierItem[] } | null> {
      const dossier = await findDossier(db, id, actor.ownerId);
      if (!dossier) return null;
      return { dossier, items: await itemsOf(id, actor) };
    },

    /** Only the person deletes a whole dossier; an ally may not undo their evidence. */
    async remove(actor: DossierActor, id: string): Promise<RemovalOutcome> {
      const dossier = await findDossier(db, id, actor.ownerId);
      if (!dossier) return { kind: 'not_found' };
      if (actor.kind !== 'owner') return { kind: 'forbidden' };
      await deleteDossier(db, id);
      return { kind: 'removed' };
    },

    async collect(
      actor: DossierActor,
      dossierId: string,
      statusId: string,
    ): Promise<CollectOutcome> {
      const dossier = await findDossier(db, dossierId, actor.ownerId);
      if (!dossier) return { kind: 'dossier_not_found' };
      // As the person sees it: their reply chain, their blocks, their direct messages.
      const source = await readSnapshotSource(db, statusId, actor.ownerId);
      if (!source) return { kind: 'status_not_found' };
      // An ally without "direct" never reads a direct message, so cannot collect one either.
      if (source.post.visibility === 'direct' && !actor.seesDirect) {
        return { kind: 'status_not_found' };
      }
      if (dossier.item_count >= MAX_ITEMS) return { kind: 'dossier_full' };
      const collector = await findAccount(db, actor.actorId);
      if (!collector) return { kind: 'dossier_not_found' };
      const now = clock.now().toISOString();
      const itemId = ids();
      const snapshot = buildSnapshot(source, {
        itemId,
        collectedAt: now,
        collectedBy: collector,
        localDomain: deps.domain,
      });
      const stored = await insertItem(db, {
        id: itemId,
        dossier_id: dossierId,
        status_id: source.post.id,
        visibility: source.post.visibility,
        collected_by: actor.actorId,
        collected_at: now,
        snapshot: canonicalJson(snapshot),
        sha256: await canonicalHash(snapshot),
      });
      if (stored.created) {
        await touchDossier(db, dossierId, now);
        await logForOwner(actor, 'dossier_collect', source.author.id);
      }
      const item = {
        row: stored.row,
        snapshot: JSON.parse(stored.row.snapshot) as DossierSnapshot,
      };
      return { kind: 'collected', item, created: stored.created };
    },

    /** The person removes any item; an ally only the ones they collected themselves. */
    async removeItem(
      actor: DossierActor,
      dossierId: string,
      itemId: string,
    ): Promise<RemovalOutcome> {
      const dossier = await findDossier(db, dossierId, actor.ownerId);
      if (!dossier) return { kind: 'not_found' };
      const item = await findItem(db, dossierId, itemId);
      if (!item || (item.visibility === 'direct' && !actor.seesDirect))
        return { kind: 'not_found' };
      if (actor.kind !== 'owner' && item.collected_by !== actor.actorId)
        return { kind: 'forbidden' };
      await deleteItem(db, itemId);
      await touchDossier(db, dossierId, clock.now().toISOString());
      await logForOwner(actor, 'dossier_remove', null);
      return { kind: 'removed' };
    },

    async export(actor: DossierActor, dossierId: string, timeZone: string): Promise<ExportOutcome> {
      const dossier = await findDossier(db, dossierId, actor.ownerId);
      if (!dossier) return { kind: 'not_found' };
      const [owner, exporter, items, keyRef] = await Promise.all([
        findAccount(db, actor.ownerId),
        findAccount(db, actor.actorId),
        itemsOf(dossierId, actor),
        keys.keyRef(),
      ]);
      if (!owner || !exporter) return { kind: 'not_found' };
      const now = clock.now();
      const { zip } = await buildDossierExport({
        header: {
          format: DOSSIER_FORMAT,
          dossier_id: dossier.id,
          title: dossier.title,
          owner: personOf(owner, deps.domain),
          exported_by: personOf(exporter, deps.domain),
          instance: deps.publicUrl,
          exported_at: now.toISOString(),
          time_zone: timeZone,
          item_count: items.length,
          signing_key: keyRef,
        },
        items: items.map((i) => ({ snapshot: i.snapshot, storedSha256: i.row.sha256 })),
        sign: (message) => keys.sign(message),
      });
      await logForOwner(actor, 'dossier_export', null);
      const day = now.toISOString().slice(0, 10);
      return { kind: 'exported', fileName: `empathie-dossier-${dossier.id}-${day}.zip`, zip };
    },

    /** The person left: their dossiers go with them (the evidence was theirs to keep). */
    forgetOwner(ownerId: string): Promise<void> {
      return deleteDossiersOf(db, ownerId);
    },
  };
}
