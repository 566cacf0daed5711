import type { Kysely } from 'kysely';
import '../../calls/calls.tables.ts';
import '../../circles/circles.tables.ts';
import type { Database } from '../../db/schema.ts';
import { visibleTo } from '../../policy/visibility.ts';
import type { LocalUris } from '../uri.ts';
import './empathie-objects.tables.ts';
import {
  type CallDocumentSource,
  type EmpathieObjectRef,
  linkParagraph,
  type RemoteEmpathieObject,
  type SpotlightDocumentSource,
} from './empathie-vocabulary.ts';

type Db = Kysely<Database>;

/**
 * The call or spotlight a local post carries, as its Note names it (a Link and a readable link
 * to the page), or null for any other post. Two primary-key-indexed reads by status id.
 */
export async function empathieRefOfPost(
  db: Db,
  postId: string,
  uris: LocalUris,
): Promise<EmpathieObjectRef | null> {
  const call = await db
    .selectFrom('calls')
    .select('id')
    .where('status_id', '=', postId)
    .executeTakeFirst();
  if (call) {
    const uri = uris.call(call.id);
    return { kind: 'call', uri, linkHtml: linkParagraph(uri, uri) };
  }
  const spotlight = await db
    .selectFrom('spotlights as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select(['s.id', 'a.username', 'a.domain', 'a.url', 'a.uri'])
    .where('s.status_id', '=', postId)
    .executeTakeFirst();
  if (spotlight) {
    // The person valued, linked (not mentioned: a link notifies nobody and changes no addressing).
    const local = spotlight.domain === null;
    const page = local ? uris.profile(spotlight.username) : (spotlight.url ?? spotlight.uri);
    const handle = `@${spotlight.username}@${spotlight.domain ?? new URL(uris.origin).host}`;
    return {
      kind: 'spotlight',
      uri: uris.spotlight(spotlight.id),
      linkHtml: linkParagraph(page, `✨ ${handle}`),
    };
  }
  return null;
}

/**
 * A local call whose post anyone may read (public or unlisted, author live, not moderated
 * away), with what its document says; undefined for any other (private calls are not served).
 */
export async function servedCall(
  db: Db,
  callId: string,
  uris: LocalUris,
): Promise<(CallDocumentSource & { authorId: string; visibility: string }) | undefined> {
  const row = await db
    .selectFrom('calls as c')
    .innerJoin('posts as p', 'p.id', 'c.status_id')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .select([
      'c.id',
      'c.title',
      'c.description',
      'c.deadline',
      'c.place',
      'c.state',
      'c.outcome',
      'c.created_at',
      'p.id as post_id',
      'p.account_id',
      'p.visibility',
      'a.username',
    ])
    .where('c.id', '=', callId)
    .where('p.local', '=', 1)
    .where('a.domain', 'is', null)
    .where(visibleTo(null, 'p'))
    .executeTakeFirst();
  if (!row) return undefined;
  const [skills, joined, volunteers] = await Promise.all([
    db
      .selectFrom('call_skills')
      .select(['name', 'name_key', 'wanted'])
      .where('call_id', '=', row.id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('call_volunteer_skills')
      .select(['name_key', (eb) => eb.fn.countAll<number>().as('n')])
      .where('call_id', '=', row.id)
      .groupBy('name_key')
      .execute(),
    db
      .selectFrom('call_volunteers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('call_id', '=', row.id)
      .executeTakeFirst(),
  ]);
  const joinedBy = new Map(joined.map((j) => [j.name_key, Number(j.n)]));
  return {
    authorId: row.account_id,
    visibility: row.visibility,
    uri: uris.call(row.id),
    noteUri: uris.status(row.username, row.post_id),
    authorUri: uris.actor(row.username),
    title: row.title,
    why: row.description,
    skills: skills.map((s) => ({
      name: s.name,
      wanted: s.wanted,
      joined: joinedBy.get(s.name_key) ?? 0,
    })),
    participantCount: Number(volunteers?.n ?? 0),
    deadline: row.deadline,
    place: row.place,
    state: row.state,
    outcome: row.outcome,
    createdAt: row.created_at,
  };
}

/** A local spotlight whose post anyone may read, as its document says it; else undefined. */
export async function servedSpotlight(
  db: Db,
  spotlightId: string,
  uris: LocalUris,
): Promise<(SpotlightDocumentSource & { authorId: string }) | undefined> {
  const row = await db
    .selectFrom('spotlights as s')
    .innerJoin('posts as p', 'p.id', 's.status_id')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .innerJoin('accounts as v', 'v.id', 's.account_id')
    .select([
      's.id',
      's.text',
      's.created_at',
      'p.id as post_id',
      'p.account_id',
      'a.username',
      'v.username as valued_username',
      'v.domain as valued_domain',
      'v.uri as valued_uri',
    ])
    .where('s.id', '=', spotlightId)
    .where('p.local', '=', 1)
    .where('a.domain', 'is', null)
    .where('v.deleted_at', 'is', null)
    .where(visibleTo(null, 'p'))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    authorId: row.account_id,
    uri: uris.spotlight(row.id),
    noteUri: uris.status(row.username, row.post_id),
    authorUri: uris.actor(row.username),
    valuedUri: row.valued_domain === null ? uris.actor(row.valued_username) : row.valued_uri,
    reason: row.text,
    createdAt: row.created_at,
  };
}

// --- Remote objects kept beside remote posts ----------------------------------------------

/** Stores (or replaces, on an Update of the Note) the structured form of a remote post. */
export async function upsertRemoteObject(
  db: Db,
  postId: string,
  object: RemoteEmpathieObject,
  now: string,
): Promise<void> {
  const values = {
    post_id: postId,
    kind: object.kind,
    object_uri: object.id,
    data_json: JSON.stringify(object),
    fetched_at: now,
  };
  await db
    .insertInto('remote_empathie_objects')
    .values(values)
    .onConflict((oc) =>
      oc.column('post_id').doUpdateSet({
        kind: values.kind,
        object_uri: values.object_uri,
        data_json: values.data_json,
        fetched_at: values.fetched_at,
      }),
    )
    .execute();
}

/** Forgets the structured form of a remote post (its Note no longer names one). */
export async function deleteRemoteObject(db: Db, postId: string): Promise<void> {
  await db.deleteFrom('remote_empathie_objects').where('post_id', '=', postId).execute();
}

/** The structured forms of the remote posts of a page, by post id. */
export async function remoteObjectsOf(
  db: Db,
  postIds: string[],
): Promise<Map<string, RemoteEmpathieObject>> {
  if (postIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('remote_empathie_objects')
    .select(['post_id', 'data_json'])
    .where('post_id', 'in', postIds)
    .execute();
  return new Map(rows.map((r) => [r.post_id, JSON.parse(r.data_json) as RemoteEmpathieObject]));
}
