import type { Viewer } from '../http/auth.ts';
import type { Db } from './calls.repository.ts';

/** Who may publish a call to action: everyone, moderators and admins, or admins only. */
export type CallPublishers = 'everyone' | 'moderators' | 'admins';

const KEY = 'calls.publishers';

export async function readCallSettings(db: Db): Promise<{ publishers: CallPublishers }> {
  const row = await db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', KEY)
    .executeTakeFirst();
  const value = row?.value;
  return { publishers: value === 'moderators' || value === 'admins' ? value : 'everyone' };
}

export async function writeCallSettings(db: Db, publishers: CallPublishers): Promise<void> {
  await db
    .insertInto('instance_settings')
    .values({ key: KEY, value: publishers })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: publishers }))
    .execute();
}

export function mayPublishCalls(
  settings: { publishers: CallPublishers },
  role: Viewer['role'],
): boolean {
  switch (settings.publishers) {
    case 'everyone':
      return true;
    case 'moderators':
      return role === 'admin' || role === 'moderator';
    case 'admins':
      return role === 'admin';
  }
}
