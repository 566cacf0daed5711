import type { Kysely } from 'kysely';
import { type SerializerContext, serializeAccount } from '../../api/mastodon/account.serializer.ts';
import type { Database } from '../../db/schema.ts';
import type { ExtensibleStatus, StatusExtension } from '../../gentle/status-extension.ts';
import { findAccountsByIds } from '../../posts/posts.repository.ts';
import { remoteObjectsOf } from './empathie-objects.repository.ts';
import type { RemoteEmpathieObject } from './empathie-vocabulary.ts';

type RemoteCall = Extract<RemoteEmpathieObject, { kind: 'call' }>;

/**
 * Adds `empathie.call` or `empathie.spotlight` to the remote statuses of a page that carry
 * another Empathie's call to action or spotlight, in the shape a local one has (calls.present.ts,
 * spotlights.routes.ts), marked `remote: true` with `origin_url`, the page on its own server.
 * Joining or accepting happens there: nobody joins a remote call from here (not supported across
 * servers yet), so `joined_by_me`, `organised_by_me` and `accepted` are always false. Two reads
 * per page (the objects, the accounts they name), none when the page has no remote status.
 */
export function remoteEmpathieStatusExtension(
  db: Kysely<Database>,
  ctx: SerializerContext,
): StatusExtension {
  return async (statuses) => {
    const all: ExtensibleStatus[] = statuses.flatMap((s) => (s.reblog ? [s, s.reblog] : [s]));
    const objects = await remoteObjectsOf(db, [...new Set(all.map((s) => s.id))]);
    if (objects.size === 0) return;
    const valuedUris = [...objects.values()].flatMap((o) =>
      o.kind === 'spotlight' ? [o.valued] : [],
    );
    const authorIds = all.filter((s) => objects.has(s.id)).map((s) => s.account.id);
    const [authors, valued] = await Promise.all([
      findAccountsByIds(db, [...new Set(authorIds)]),
      valuedUris.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('accounts')
            .selectAll()
            .where('uri', 'in', [...new Set(valuedUris)])
            .where('deleted_at', 'is', null)
            .execute(),
    ]);
    const authorById = new Map(authors.map((a) => [a.id, a]));
    const valuedByUri = new Map(valued.map((a) => [a.uri, a]));
    for (const s of all) {
      const object = objects.get(s.id);
      const author = authorById.get(s.account.id);
      if (!object || !author) continue;
      const origin = new URL(object.url).host;
      if (object.kind === 'call') {
        const call = { ...callJson(s.id, object), organisers: [serializeAccount(author, ctx)] };
        s.empathie = { ...s.empathie, call: { ...call, origin } } as typeof s.empathie;
        continue;
      }
      const subject = valuedByUri.get(object.valued);
      if (!subject) continue; // whom it values is unknown here: the post shows as its text
      const spotlight = {
        id: s.id,
        status_id: s.id,
        text: object.reason,
        created_at: object.published ?? '',
        accepted: false,
        author: serializeAccount(author, ctx),
        account: serializeAccount(subject, ctx),
        remote: true,
        origin_url: object.url,
        origin,
      };
      s.empathie = { ...s.empathie, spotlight } as typeof s.empathie;
    }
  };
}

/** A remote call in the shape of a local one (calls.present.ts `CallJson`), marked remote. */
function callJson(statusId: string, call: RemoteCall) {
  return {
    // The status id: a remote call has no id of ours, and its page is on its own server.
    id: statusId,
    status_id: statusId,
    title: call.title,
    description: call.why,
    skills: call.skills,
    volunteers_count: call.participantCount,
    deadline: call.deadline,
    flash_at: null,
    place: call.place,
    state: call.status,
    outcome: call.outcome,
    created_at: call.published ?? '',
    closed_at: null,
    joined_by_me: false,
    organised_by_me: false,
    my_participation: null,
    remote: true,
    origin_url: call.url,
  };
}
