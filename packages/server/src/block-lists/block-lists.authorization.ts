import type { Db } from './block-lists.repository.ts';

/**
 * THE rule for changing a person's block lists (create, rename, delete, add or remove
 * accounts, import): today only the owner. Allies with the `block_lists` permission will be
 * admitted here, and nowhere else, so every route asks this one function.
 */
export async function mayManageBlockLists(
  _db: Db,
  actorId: string,
  ownerId: string,
): Promise<boolean> {
  return actorId === ownerId;
}

/** Who may read a list and subscribe to it: anyone signed in for a public list, else its managers. */
export async function mayReadBlockList(
  db: Db,
  actorId: string,
  list: { account_id: string; visibility: 'public' | 'private' },
): Promise<boolean> {
  return list.visibility === 'public' || mayManageBlockLists(db, actorId, list.account_id);
}
