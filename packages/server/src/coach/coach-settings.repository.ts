import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Stored coach settings; `null` is "not set here". */
export interface StoredCoachSettings {
  coachEnabled: boolean | null;
  sensitivity: string | null;
  coolDownMinutes: number | null;
  undoSeconds: number | null;
}

export type CoachSettingsChanges = Partial<StoredCoachSettings>;

// Instance defaults share the admin's key-value table with the other instance settings.
const KEYS = {
  coachEnabled: 'coach_enabled',
  sensitivity: 'coach_sensitivity',
  coolDownMinutes: 'coach_cool_down_minutes',
  undoSeconds: 'coach_undo_seconds',
} as const satisfies Record<keyof StoredCoachSettings, string>;

const toInt = (value: string | undefined): number | null => {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) ? n : null;
};

export async function readInstanceCoachDefaults(
  db: Kysely<Database>,
): Promise<StoredCoachSettings> {
  const rows = await db
    .selectFrom('instance_settings')
    .selectAll()
    .where('key', 'in', Object.values(KEYS))
    .execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const enabled = stored.get(KEYS.coachEnabled);
  return {
    coachEnabled: enabled === undefined ? null : enabled === 'true',
    sensitivity: stored.get(KEYS.sensitivity) ?? null,
    coolDownMinutes: toInt(stored.get(KEYS.coolDownMinutes)),
    undoSeconds: toInt(stored.get(KEYS.undoSeconds)),
  };
}

export async function writeInstanceCoachDefaults(
  db: Kysely<Database>,
  changes: CoachSettingsChanges,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      const key = KEYS[name as keyof StoredCoachSettings];
      if (value === null) {
        await trx.deleteFrom('instance_settings').where('key', '=', key).execute();
        continue;
      }
      await trx
        .insertInto('instance_settings')
        .values({ key, value: String(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(value) }))
        .execute();
    }
  });
}

export async function readPersonalCoachSettings(
  db: Kysely<Database>,
  accountId: string,
): Promise<StoredCoachSettings> {
  const row = await db
    .selectFrom('coach_settings')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return {
    coachEnabled: row?.coach_enabled == null ? null : Number(row.coach_enabled) === 1,
    sensitivity: row?.sensitivity ?? null,
    coolDownMinutes: row?.cool_down_minutes == null ? null : Number(row.cool_down_minutes),
    undoSeconds: row?.undo_seconds == null ? null : Number(row.undo_seconds),
  };
}

/** Personal settings of many people at once (gentle reading of a page of notifications). */
export async function readSensitivities(
  db: Kysely<Database>,
  accountIds: string[],
): Promise<Map<string, string | null>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('coach_settings')
    .select(['account_id', 'sensitivity'])
    .where('account_id', 'in', accountIds)
    .execute();
  return new Map(rows.map((r) => [r.account_id, r.sensitivity]));
}

export async function writePersonalCoachSettings(
  db: Kysely<Database>,
  accountId: string,
  changes: CoachSettingsChanges,
  now: string,
): Promise<void> {
  const columns: {
    coach_enabled?: number | null;
    sensitivity?: string | null;
    cool_down_minutes?: number | null;
    undo_seconds?: number | null;
  } = {};
  if (changes.coachEnabled !== undefined)
    columns.coach_enabled = changes.coachEnabled === null ? null : changes.coachEnabled ? 1 : 0;
  if (changes.sensitivity !== undefined) columns.sensitivity = changes.sensitivity;
  if (changes.coolDownMinutes !== undefined) columns.cool_down_minutes = changes.coolDownMinutes;
  if (changes.undoSeconds !== undefined) columns.undo_seconds = changes.undoSeconds;
  await db
    .insertInto('coach_settings')
    .values({
      account_id: accountId,
      coach_enabled: null,
      sensitivity: null,
      cool_down_minutes: null,
      undo_seconds: null,
      ...columns,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...columns, updated_at: now }))
    .execute();
}
