/**
 * THE builder of every local URI: actors, their collections, posts and the activities about them.
 * Everything that names something of this instance to the outside world comes from here, so a URI
 * is never derived by cutting another one apart, and Fedify's routes (federation.module.ts) and the
 * URIs stored in the database always agree.
 *
 * Paths follow Mastodon's layout (`/users/name`, `/users/name/statuses/id`), which remote servers
 * and people recognise, and which the accounts and posts tables have stored from the start.
 */

/** The actor identifier of the instance itself (signs fetches made for nobody in particular). */
export const INSTANCE_ACTOR_IDENTIFIER = 'instance.actor';

/** Which key of an actor a key id names: RSA for HTTP Signatures, Ed25519 for Object Integrity Proofs. */
export type KeyKind = 'rsa' | 'ed25519';

export interface LocalUris {
  /** The origin (`https://empathie.example`), no trailing slash. */
  readonly origin: string;
  actor(username: string): string;
  /** The human page of a profile (`/@name`), the actor's `url`. */
  profile(username: string): string;
  inbox(username: string): string;
  outbox(username: string): string;
  followers(username: string): string;
  following(username: string): string;
  /** The pinned posts (Mastodon's `toot:featured`), at Mastodon's path. */
  featured(username: string): string;
  sharedInbox(): string;
  /** A post (a Note), and its page for people. */
  status(username: string, postId: string): string;
  statusUrl(username: string, postId: string): string;
  /** The `Create` (or `Update`, with a version) of a post. */
  statusActivity(username: string, postId: string): string;
  /** A share (`Announce`): its id is the share's own post id, as Mastodon does. */
  share(username: string, shareId: string): string;
  /** A favourite (`Like`), by the favourite's own id. */
  like(username: string, favouriteId: string): string;
  /** A follow (`Follow`), by the relation's own id. */
  follow(username: string, followId: string): string;
  /** Any other activity of an actor (Undo, Accept, Reject, Delete, Block, Flag…) by a fresh id. */
  activity(username: string, activityId: string): string;
  /** A local person's vote in a remote poll (a `Note` per choice, as Mastodon writes it). */
  vote(username: string, pollId: string, choice: number): string;
  instanceActor(): string;
  /**
   * A call to action or a spotlight as Empathie's own structured object (`empathie:` context,
   * empathie-objects/): the same URI is the call's web page for a browser (content negotiation).
   */
  call(callId: string): string;
  spotlight(spotlightId: string): string;
  /** The key id Fedify gives an actor's key: the first key is `#main-key`, as Mastodon expects. */
  keyId(username: string, kind: KeyKind): string;
  /** Whether a URI belongs to this instance (same origin), without trusting its path. */
  isLocal(uri: string): boolean;
}

/**
 * Builds the local URIs of the instance at `publicUrl`. Usernames are `[a-z0-9_]` (account
 * rules), ids are digits: both are encoded anyway, since a URI must never be built from raw input.
 *
 * @example localUris('https://e.example').status('alice', '1') // 'https://e.example/users/alice/statuses/1'
 */
export function localUris(publicUrl: string): LocalUris {
  const origin = new URL(publicUrl).origin;
  const actor = (username: string) => `${origin}/users/${encodeURIComponent(username)}`;
  const status = (username: string, postId: string) =>
    `${actor(username)}/statuses/${encodeURIComponent(postId)}`;
  return {
    origin,
    actor,
    profile: (username) => `${origin}/@${encodeURIComponent(username)}`,
    inbox: (username) => `${actor(username)}/inbox`,
    outbox: (username) => `${actor(username)}/outbox`,
    followers: (username) => `${actor(username)}/followers`,
    following: (username) => `${actor(username)}/following`,
    featured: (username) => `${actor(username)}/collections/featured`,
    sharedInbox: () => `${origin}/inbox`,
    status,
    statusUrl: (username, postId) =>
      `${origin}/@${encodeURIComponent(username)}/${encodeURIComponent(postId)}`,
    statusActivity: (username, postId) => `${status(username, postId)}/activity`,
    share: (username, shareId) => `${status(username, shareId)}/activity`,
    like: (username, favouriteId) => `${actor(username)}#likes/${encodeURIComponent(favouriteId)}`,
    follow: (username, followId) => `${actor(username)}#follows/${encodeURIComponent(followId)}`,
    activity: (username, activityId) =>
      `${actor(username)}#activities/${encodeURIComponent(activityId)}`,
    vote: (username, pollId, choice) =>
      `${actor(username)}#votes/${encodeURIComponent(pollId)}-${Math.trunc(choice)}`,
    instanceActor: () => actor(INSTANCE_ACTOR_IDENTIFIER),
    call: (callId) => `${origin}/calls/${encodeURIComponent(callId)}`,
    spotlight: (spotlightId) => `${origin}/spotlights/${encodeURIComponent(spotlightId)}`,
    keyId: (username, kind) => `${actor(username)}#${kind === 'rsa' ? 'main-key' : 'key-2'}`,
    isLocal: (uri) => {
      try {
        return new URL(uri).origin === origin;
      } catch {
        return false;
      }
    },
  };
}
