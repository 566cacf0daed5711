import { Activity, type Actor, Note, type RequestContext } from '@fedify/fedify';
import type { EmpathieFederation, FederationDeps } from '../federation.deps.ts';
import type { FetchGate } from '../fetch-gate.ts';
import { announceActivity, postActivity } from '../outbound-activities.ts';
import { loadNoteSource } from './note.repository.ts';
import {
  authorOf,
  fetcherMay,
  outboxPage,
  outboxSize,
  type ServedPost,
  servedPost,
} from './objects.repository.ts';
import { postObjectOf } from './question.ts';

const OUTBOX_PAGE = 20;

/**
 * Serves this instance's posts to other servers: each Note (`/users/{identifier}/statuses/{id}`),
 * the activity that published it (`…/activity`: the Create of a post, the Announce of a share),
 * and the outbox. The rule is the one our own API keeps: public and unlisted for anyone; a
 * followers-only post only to a signed request from a follower of the author; a direct post only
 * to a signed request from someone it names; anything else is not found (404, never 401: the
 * answer must not tell that a post exists). In secure mode (AUTHORIZED_FETCH) every post and the
 * outbox need a signed request, from a signer the author's blocks allow (fetch-gate.ts).
 */
export function registerObjectDispatchers(
  federation: EmpathieFederation,
  deps: FederationDeps,
  gate: FetchGate,
): void {
  const db = deps.database.db;
  const { uris } = deps;

  /** The post the path names, if the signed requester (if any) may read it. */
  async function readable(
    ctx: RequestContext<void>,
    identifier: string,
    id: string,
  ): Promise<ServedPost | undefined> {
    const post = await servedPost(db, identifier, id);
    if (!post) return undefined;
    const open = post.visibility === 'public' || post.visibility === 'unlisted';
    // Secure mode (AUTHORIZED_FETCH): even public posts only to a server that signs its request.
    if (open && !deps.config.authorizedFetch) return post;
    let owner: Actor | null = null;
    try {
      owner = await ctx.getSignedKeyOwner();
    } catch {
      owner = null;
    }
    if (!owner?.id) return undefined;
    // A signer the author blocked, or from a domain the author or the instance shut out.
    if (!(await gate.mayServe(post.account_id, owner.id.href))) return undefined;
    if (open) return post;
    return (await fetcherMay(db, post, owner.id.href)) ? post : undefined;
  }

  federation.setObjectDispatcher(
    Note,
    '/users/{identifier}/statuses/{id}',
    async (ctx, { identifier, id }) => {
      const post = await readable(ctx, identifier, id);
      if (!post || post.reblog_of_id) return null;
      const source = await loadNoteSource(db, post.id, uris, deps.config.domain);
      // A post with a poll is served as its Question: Fedify serialises whatever object the
      // dispatcher answers, the Note class only names the route.
      return source ? (postObjectOf(source, uris) as Note) : null;
    },
  );

  federation.setObjectDispatcher(
    Activity,
    '/users/{identifier}/statuses/{id}/activity',
    async (ctx, { identifier, id }) => {
      const post = await readable(ctx, identifier, id);
      if (!post) return null;
      if (post.reblog_of_id) {
        const original = await authorOf(db, post.reblog_of_id);
        if (!original) return null;
        return announceActivity(
          identifier,
          { id: post.id, visibility: post.visibility, createdAt: post.created_at },
          original,
          uris,
          null,
        ).activity;
      }
      const source = await loadNoteSource(db, post.id, uris, deps.config.domain);
      return source ? postActivity('create', source, [], uris, '').activity : null;
    },
  );

  // The outbox lists what anyone may read (public and unlisted posts), newest first.
  federation
    .setOutboxDispatcher('/users/{identifier}/outbox', async (_ctx, identifier, cursor) => {
      if (cursor === null) return { items: [] };
      const page = await outboxPage(db, identifier, cursor || null, OUTBOX_PAGE);
      if (!page) return null;
      const items: Activity[] = [];
      for (const postId of page) {
        const source = await loadNoteSource(db, postId, uris, deps.config.domain);
        if (source) items.push(postActivity('create', source, [], uris, '').activity);
      }
      return {
        items,
        nextCursor: page.length === OUTBOX_PAGE ? (page.at(-1) ?? null) : null,
      };
    })
    .setCounter((_ctx, identifier) => outboxSize(db, identifier))
    .setFirstCursor(() => '')
    .authorize((ctx, identifier, _key, owner) => gate.collection(ctx, identifier, owner));
}
