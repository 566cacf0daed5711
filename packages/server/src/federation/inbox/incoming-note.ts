import { type Context, Hashtag, LanguageString, Mention, Note } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RemotePostInput } from '../../posts/posts.service.ts';
import { normaliseTag } from '../../posts/render.ts';
import type { Logger } from '../../shared/logger.ts';
import {
  type EmpathieDocumentFetcher,
  receiveEmpathieObject,
} from '../empathie-objects/remote-empathie-objects.ts';
import { visibilityOf } from '../objects/note.ts';
import type { ConversationServices } from './inbox.deps.ts';
import { accountIdsByUris, concernsUs, followersUrlOf, postByUri } from './inbox.repository.ts';
import { remoteAttachments } from './incoming-media.ts';
import { htmlToText, sanitizeRemoteHtml } from './remote-html.ts';

/** How far up a thread we fetch missing ancestors of a reply, and how many tags we read. */
export const MAX_ANCESTORS = 5;
const MAX_TAGS = 50;

export interface IncomingDeps {
  db: Kysely<Database>;
  logger: Logger;
  conversation: ConversationServices;
  now: () => Date;
  /** Fetches the structured call or spotlight a Note links to (empathie-objects/); none: not read. */
  fetchEmpathieDocument?: EmpathieDocumentFetcher;
}

/** The parts of a remote Note that do not depend on its thread: content, language, tags. */
export async function noteContent(
  note: Note,
  ctx: Context<void>,
  db: Kysely<Database>,
): Promise<
  Pick<
    RemotePostInput,
    | 'text'
    | 'contentHtml'
    | 'spoilerText'
    | 'sensitive'
    | 'language'
    | 'mentionIds'
    | 'tags'
    | 'media'
  >
> {
  const contents = note.contents;
  const plain = contents.find((c) => !(c instanceof LanguageString)) ?? contents[0] ?? '';
  const tagged = contents.find((c): c is LanguageString => c instanceof LanguageString);
  const html = sanitizeRemoteHtml(String(plain));
  const summary = note.summary ? htmlToText(String(note.summary)) : '';
  const mentionUris: string[] = [];
  const tags: Array<{ name: string; display: string }> = [];
  let read = 0;
  for await (const tag of note.getTags({ documentLoader: ctx.documentLoader })) {
    read += 1;
    if (read > MAX_TAGS) break;
    if (tag instanceof Mention && tag.href) mentionUris.push(tag.href.href);
    else if (tag instanceof Hashtag && tag.name) {
      const display = String(tag.name).replace(/^#/, '');
      if (/^[\p{L}\p{N}_]+$/u.test(display)) tags.push({ name: normaliseTag(display), display });
    }
  }
  return {
    text: htmlToText(html),
    contentHtml: html,
    spoilerText: summary,
    sensitive: note.sensitive ?? false,
    language: tagged ? tagged.language.compact() : null,
    mentionIds: await accountIdsByUris(db, mentionUris),
    tags,
    // Images by address only (incoming-media.ts); the image proxy fetches them when viewed.
    media: await remoteAttachments(note),
  };
}

export type StoreOutcome =
  | { kind: 'stored'; postId: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'refused'; reason: string };

/**
 * Stores a remote Note (the object of a Create, or an ancestor fetched for a reply) through the
 * posts service under its remote author. The Note must be its author's: same origin as the actor
 * and attributed to them, or it is ignored (a server cannot speak for another). A reply to a post
 * we lack is stored after its ancestors, fetched up to MAX_ANCESTORS levels; beyond, it stands
 * alone. A post nobody here follows or is named in is not stored, unless it is an ancestor.
 */
export async function storeNote(
  deps: IncomingDeps,
  ctx: Context<void>,
  note: Note,
  actorUri: string,
  options: { depth: number; ancestor: boolean },
): Promise<StoreOutcome> {
  const { db, conversation } = deps;
  const id = note.id?.href;
  if (!id) return { kind: 'ignored', reason: 'no id' };
  if (new URL(id).origin !== new URL(actorUri).origin) {
    return { kind: 'ignored', reason: 'note from another origin than its actor' };
  }
  if (note.attributionId?.href !== actorUri) {
    return { kind: 'ignored', reason: 'note attributed to someone else' };
  }
  const seen = await postByUri(db, id);
  if (seen) return { kind: 'stored', postId: seen.id };
  const author = await conversation.resolveActor(actorUri);
  if (!author) return { kind: 'ignored', reason: 'author cannot be resolved' };
  const followersUri = await followersUrlOf(db, author.id);

  let inReplyToId: string | null = null;
  const parentUri = note.replyTargetId?.href;
  if (parentUri) {
    inReplyToId = (await postByUri(db, parentUri))?.id ?? null;
    if (!inReplyToId && options.depth < MAX_ANCESTORS) {
      inReplyToId = await fetchAncestor(deps, ctx, note, options.depth + 1);
    }
  }
  const content = await noteContent(note, ctx, db);
  if (!options.ancestor && !inReplyToId && !(await concernsUs(db, author.id, content.mentionIds))) {
    return { kind: 'ignored', reason: 'nobody here follows or is named' };
  }
  const stored = await conversation.posts.createRemote(author.id, {
    ...content,
    uri: id,
    url: note.url instanceof URL ? note.url.href : id,
    visibility: visibilityOf(note.toIds, note.ccIds, followersUri),
    inReplyToId,
    publishedAt: note.published?.toString() ?? deps.now().toISOString(),
  });
  if (stored.ok) {
    // Another Empathie's call to action or spotlight: its structured form, beside the post.
    await receiveEmpathieObject(deps, ctx, note, stored.value.id);
    return { kind: 'stored', postId: stored.value.id };
  }
  switch (stored.error.kind) {
    case 'reply_refused': {
      // Not dropped in silence: the replier's server hears a Reject, as GoToSocial sends one.
      // An ancestor fetched for a thread is not the sender's act: nothing to answer.
      const refusedBy = stored.error.author.id;
      if (!options.ancestor && inReplyToId) {
        const parentId = inReplyToId;
        await db.transaction().execute((trx) =>
          conversation.outbound(trx, {
            type: 'reply.rejected',
            authorId: refusedBy,
            replierId: author.id,
            replyUri: id,
            parentId,
          }),
        );
      }
      return { kind: 'refused', reason: `reply policy ${stored.error.policy}` };
    }
    default:
      return { kind: 'refused', reason: stored.error.kind };
  }
}

/** Fetches and stores the post a reply answers; its id, or null if it cannot be had. */
async function fetchAncestor(
  deps: IncomingDeps,
  ctx: Context<void>,
  note: Note,
  depth: number,
): Promise<string | null> {
  try {
    const parent = await note.getReplyTarget({ documentLoader: ctx.documentLoader });
    if (!(parent instanceof Note) || !parent.attributionId) return null;
    const outcome = await storeNote(deps, ctx, parent, parent.attributionId.href, {
      depth,
      ancestor: true,
    });
    return outcome.kind === 'stored' ? outcome.postId : null;
  } catch (error) {
    deps.logger.info('ancestor not fetched', { error: String(error) });
    return null;
  }
}
