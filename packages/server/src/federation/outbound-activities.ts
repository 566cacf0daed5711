import {
  Accept,
  type Activity,
  Announce,
  Block,
  Create,
  Delete,
  Follow,
  Like,
  PUBLIC_COLLECTION,
  type Recipient,
  Reject,
  Tombstone,
  Undo,
  Update,
} from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import type { Visibility } from '../db/schema.ts';
import { addressingOf, type NoteSource } from './objects/note.ts';
import { postObjectOf } from './objects/question.ts';
import type { LocalUris } from './uri.ts';

/** An account as the bridge addresses it; `domain` null for ours. */
export interface AccountRef {
  id: string;
  username: string;
  domain: string | null;
  uri: string;
  inboxUrl: string | null;
  sharedInboxUrl: string | null;
}

/**
 * What the bridge sends for one event: from which local actor, the activity, whether it goes to
 * the actor's followers (Fedify expands the collection: remote followers only), and which other
 * remote actors it is sent to directly. Built without any network, so the mapping and its
 * addressing are unit-tested on Fedify's own vocabulary objects.
 */
export interface Outgoing {
  sender: string;
  activity: Activity;
  toFollowers: boolean;
  recipients: Recipient[];
}

export function recipientOf(account: AccountRef): Recipient {
  return {
    id: new URL(account.uri),
    inboxId: account.inboxUrl ? new URL(account.inboxUrl) : null,
    endpoints: account.sharedInboxUrl ? { sharedInbox: new URL(account.sharedInboxUrl) } : null,
  };
}

/** Remote accounts only, each once: local people learn through their own instance. */
export function remoteRecipients(accounts: AccountRef[]): Recipient[] {
  const seen = new Set<string>();
  const list: Recipient[] = [];
  for (const a of accounts) {
    if (a.domain === null || seen.has(a.uri)) continue;
    seen.add(a.uri);
    list.push(recipientOf(a));
  }
  return list;
}

/** `Create` or `Update` of a local post; `audience` is who it names or answers. */
export function postActivity(
  kind: 'create' | 'update',
  source: NoteSource,
  audience: AccountRef[],
  uris: LocalUris,
  activityId: string,
): Outgoing {
  // A post with a poll travels as a Question (Mastodon's polls), any other as a Note.
  const note = postObjectOf(source, uris);
  const author = source.authorUsername;
  const actor = new URL(uris.actor(author));
  const addressing = { tos: note.toIds, ccs: note.ccIds };
  const activity =
    kind === 'create'
      ? new Create({
          id: new URL(uris.statusActivity(author, source.id)),
          actor,
          object: note,
          published: Temporal.Instant.from(source.createdAt),
          ...addressing,
        })
      : new Update({
          id: new URL(uris.activity(author, activityId)),
          actor,
          object: note,
          updated: Temporal.Instant.from(source.editedAt ?? source.createdAt),
          ...addressing,
        });
  return {
    sender: author,
    activity,
    toFollowers: source.visibility !== 'direct',
    recipients: remoteRecipients(audience),
  };
}

/** `Delete` of a local post: everyone who could have it is told, with a Tombstone. */
export function deleteActivity(
  author: string,
  postUri: string,
  visibility: Visibility,
  audience: AccountRef[],
  uris: LocalUris,
  activityId: string,
): Outgoing {
  const { to, cc } = addressingOf(
    visibility,
    new URL(uris.followers(author)),
    audience.map((a) => new URL(a.uri)),
  );
  return {
    sender: author,
    activity: new Delete({
      id: new URL(uris.activity(author, activityId)),
      actor: new URL(uris.actor(author)),
      object: new Tombstone({ id: new URL(postUri) }),
      tos: to,
      ccs: cc,
    }),
    toFollowers: visibility !== 'direct',
    recipients: remoteRecipients(audience),
  };
}

/** `Like` of a post, sent to its (remote) author; `undo` wraps it to take it back. */
export function likeActivity(
  liker: string,
  favouriteId: string,
  post: { uri: string; author: AccountRef },
  uris: LocalUris,
  undo: { activityId: string } | null,
): Outgoing {
  const actor = new URL(uris.actor(liker));
  const like = new Like({
    id: new URL(uris.like(liker, favouriteId)),
    actor,
    object: new URL(post.uri),
    to: new URL(post.author.uri),
  });
  return {
    sender: liker,
    activity: undo
      ? new Undo({
          id: new URL(uris.activity(liker, undo.activityId)),
          actor,
          object: like,
          to: new URL(post.author.uri),
        })
      : like,
    toFollowers: false,
    recipients: remoteRecipients([post.author]),
  };
}

/**
 * `Announce` of a post (a share), addressed as Mastodon does (public: to Public, cc the original
 * author and the sharer's followers; unlisted: to followers, cc Public and the author).
 */
export function announceActivity(
  sharer: string,
  share: { id: string; visibility: Visibility; createdAt: string },
  original: { uri: string; author: AccountRef },
  uris: LocalUris,
  undo: { activityId: string } | null,
): Outgoing {
  const actor = new URL(uris.actor(sharer));
  const followers = new URL(uris.followers(sharer));
  const authorUri = new URL(original.author.uri);
  const addressing =
    share.visibility === 'unlisted'
      ? { tos: [followers], ccs: [PUBLIC_COLLECTION, authorUri] }
      : { tos: [PUBLIC_COLLECTION], ccs: [authorUri, followers] };
  const announce = new Announce({
    id: new URL(uris.share(sharer, share.id)),
    actor,
    object: new URL(original.uri),
    published: Temporal.Instant.from(share.createdAt),
    ...addressing,
  });
  return {
    sender: sharer,
    activity: undo
      ? new Undo({
          id: new URL(uris.activity(sharer, undo.activityId)),
          actor,
          object: announce,
          ...addressing,
        })
      : announce,
    toFollowers: true,
    recipients: remoteRecipients([original.author]),
  };
}

/** `Follow` of a remote account (its id names the request), or its `Undo`. */
export function followActivity(
  follower: string,
  relationId: string | null,
  target: AccountRef,
  uris: LocalUris,
  undo: { activityId: string } | null,
): Outgoing {
  const actor = new URL(uris.actor(follower));
  const follow = new Follow({
    id: relationId ? new URL(uris.follow(follower, relationId)) : null,
    actor,
    object: new URL(target.uri),
  });
  return {
    sender: follower,
    activity: undo
      ? new Undo({ id: new URL(uris.activity(follower, undo.activityId)), actor, object: follow })
      : follow,
    toFollowers: false,
    recipients: remoteRecipients([target]),
  };
}

/** A local account's answer to a remote follower: `Accept` or `Reject` of their Follow. */
export function followAnswer(
  answer: 'accept' | 'reject',
  target: string,
  follower: AccountRef,
  followUri: string | undefined,
  uris: LocalUris,
  activityId: string,
): Outgoing {
  const actor = new URL(uris.actor(target));
  const follow = new Follow({
    id: followUri ? new URL(followUri) : null,
    actor: new URL(follower.uri),
    object: actor,
  });
  const values = {
    id: new URL(uris.activity(target, activityId)),
    actor,
    object: follow,
    to: new URL(follower.uri),
  };
  return {
    sender: target,
    activity: answer === 'accept' ? new Accept(values) : new Reject(values),
    toFollowers: false,
    recipients: remoteRecipients([follower]),
  };
}

/** `Block` of a remote account, or its `Undo`: Mastodon hides the blocker from the blocked. */
export function blockActivity(
  blocker: string,
  target: AccountRef,
  uris: LocalUris,
  ids: { block: string; undo: string | null },
): Outgoing {
  const actor = new URL(uris.actor(blocker));
  const block = new Block({
    id: new URL(uris.activity(blocker, ids.block)),
    actor,
    object: new URL(target.uri),
  });
  return {
    sender: blocker,
    activity: ids.undo
      ? new Undo({ id: new URL(uris.activity(blocker, ids.undo)), actor, object: block })
      : block,
    toFollowers: false,
    recipients: remoteRecipients([target]),
  };
}
