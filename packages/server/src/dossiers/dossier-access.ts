import type { Kysely } from 'kysely';
import { allyMay } from '../allies/ally-permissions.ts';
import type { Database } from '../db/schema.ts';

/**
 * Who is acting on a person's dossiers: the person themselves, or an ally holding the
 * "dossier" permission. An ally reads direct messages only with the "direct" permission too.
 */
export type DossierActor =
  | { kind: 'owner'; ownerId: string; actorId: string; seesDirect: true }
  | { kind: 'ally'; ownerId: string; actorId: string; seesDirect: boolean };

/**
 * `forId` absent (or the viewer's own id): the viewer's own dossiers. Otherwise the viewer must
 * be an active ally of `forId` with "dossier", checked on every request so a revoked ally
 * loses access at once; `null` when not (answered 404, so the person's dossiers stay unseen).
 */
export async function dossierActor(
  db: Kysely<Database>,
  viewerId: string,
  forId: string | undefined,
): Promise<DossierActor | null> {
  if (forId === undefined || forId === viewerId) {
    return { kind: 'owner', ownerId: viewerId, actorId: viewerId, seesDirect: true };
  }
  const query = { ownerId: forId, allyId: viewerId };
  if (!(await allyMay(db, { ...query, permission: 'dossier' }))) return null;
  const seesDirect = await allyMay(db, { ...query, permission: 'direct' });
  return { kind: 'ally', ownerId: forId, actorId: viewerId, seesDirect };
}
