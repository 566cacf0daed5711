import type { Kysely } from 'kysely';
import type { Config, RegistrationMode } from '../config/config.ts';
import type { Database } from '../db/schema.ts';

/** What an admin changes at run time; `config` only gives the starting values. */
export interface InstanceSettings {
  registrationMode: RegistrationMode;
  maxPostChars: number;
  /** Whether members (not only admins) may create invite codes. */
  invitesByMembers: boolean;
  /** Whether accounts that post automatically must say so (Mastodon's `bot` flag). */
  botsMustDeclare: boolean;
}

export interface InstanceSettingsStore {
  get(): Promise<InstanceSettings>;
  update(changes: Partial<InstanceSettings>): Promise<InstanceSettings>;
}

const KEYS = {
  registrationMode: 'registration_mode',
  maxPostChars: 'max_post_chars',
  invitesByMembers: 'invites_by_members',
  botsMustDeclare: 'bots_must_declare',
} as const satisfies Record<keyof InstanceSettings, string>;

function encode(settings: Partial<InstanceSettings>): Array<{ key: string; value: string }> {
  return Object.entries(settings)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({ key: KEYS[name as keyof InstanceSettings], value: String(value) }));
}

/** Settings live in the `instance_settings` table, read on every call so all processes agree. */
export function instanceSettingsStore(db: Kysely<Database>, config: Config): InstanceSettingsStore {
  const get = async (): Promise<InstanceSettings> => {
    const rows = await db.selectFrom('instance_settings').selectAll().execute();
    const stored = new Map(rows.map((r) => [r.key, r.value]));
    const mode = stored.get(KEYS.registrationMode);
    const max = Number(stored.get(KEYS.maxPostChars));
    return {
      registrationMode:
        mode === 'open' || mode === 'approval' || mode === 'invite'
          ? mode
          : config.registrationMode,
      maxPostChars: Number.isInteger(max) && max > 0 ? max : config.maxPostChars,
      invitesByMembers: stored.get(KEYS.invitesByMembers) === 'true',
      botsMustDeclare: stored.get(KEYS.botsMustDeclare) === 'true',
    };
  };
  return {
    get,
    async update(changes) {
      const rows = encode(changes);
      if (rows.length > 0) {
        await db.transaction().execute(async (trx) => {
          for (const row of rows) {
            await trx
              .insertInto('instance_settings')
              .values(row)
              .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value }))
              .execute();
          }
        });
      }
      return get();
    },
  };
}
