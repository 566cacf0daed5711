import { randomUUID } from 'node:crypto';
import type { Context } from '@fedify/fedify';
import { remotePollsFor } from '../../polls/polls.module.ts';
import type { TestApp } from '../../posts/people.fixture.ts';
import { createIdGenerator } from '../../shared/ids.ts';
import { insertAccountRow } from '../../testing/account-row.fixture.ts';
import { createOutboundRecorder } from '../outbound-events.ts';
import { localUris } from '../uri.ts';
import { followHandlers } from './follows.handlers.ts';
import type { IncomingDeps } from './incoming-note.ts';
import { postHandlers } from './posts.handlers.ts';

/** A remote person as the remote-accounts service would have stored them. */
export interface RemotePerson {
  id: string;
  username: string;
  domain: string;
  uri: string;
}

let counter = 0;

/**
 * Stores a public post of a remote account through the posts service, as the inbox would once a
 * Note arrived; `n` numbers it under the author's URI. Returns the post's id.
 */
export async function remotePublicPost(
  t: TestApp,
  author: { id: string; uri: string },
  text: string,
  n = 1,
): Promise<string> {
  const uri = `${author.uri}/statuses/${n}`;
  const stored = await t.posts.createRemote(author.id, {
    uri,
    url: uri,
    text,
    contentHtml: `<p>${text}</p>`,
    spoilerText: '',
    sensitive: false,
    visibility: 'public',
    language: null,
    inReplyToId: null,
    mentionIds: [],
    tags: [],
    publishedAt: t.clock.now().toISOString(),
  });
  if (!stored.ok) throw new Error('remote post not stored');
  return stored.value.id;
}

/** Stores a remote account (and its profile row) directly, as resolution would. */
export async function remotePerson(
  t: TestApp,
  username: string,
  domain = 'remote.example',
): Promise<RemotePerson> {
  counter += 1;
  const id = String(
    200_000_000_000_000_000n + BigInt(counter * 1000 + Math.floor(Math.random() * 999)),
  );
  const uri = `https://${domain}/users/${username}`;
  const now = t.clock.now().toISOString();
  await insertAccountRow(t.database.db, id, username, now, {
    domain,
    uri,
    url: `https://${domain}/@${username}`,
    display_name: username,
    inbox_url: `${uri}/inbox`,
    shared_inbox_url: `https://${domain}/inbox`,
  });
  await t.database.db
    .insertInto('remote_profiles')
    .values({
      account_id: id,
      avatar_url: null,
      header_url: null,
      fields_json: '[]',
      followers_url: `${uri}/followers`,
      following_url: `${uri}/following`,
      outbox_url: `${uri}/outbox`,
      featured_url: null,
      public_key_id: `${uri}#main-key`,
      fetched_at: now,
    })
    .execute();
  return { id, username, domain, uri };
}

/** A Fedify context that never reaches the network: only what an activity embeds is read. */
export const offlineContext = {
  documentLoader: async (url: string) => {
    throw new Error(`offline test: no fetch of ${url}`);
  },
} as unknown as Context<void>;

/** The inbox handlers on a test app's own services, called without HTTP or signatures. */
export function inboxOf(t: TestApp, options: Pick<IncomingDeps, 'fetchEmpathieDocument'> = {}) {
  const db = t.database.db;
  const incoming: IncomingDeps = {
    db,
    logger: { debug() {}, info() {}, warn() {}, error() {} } as unknown as IncomingDeps['logger'],
    now: () => t.clock.now(),
    ...options,
    conversation: {
      posts: t.posts,
      interactions: t.interactions,
      relationships: t.relationships,
      outbound: createOutboundRecorder({ clock: t.clock, ids: () => randomUUID() }),
      polls: remotePollsFor({
        db,
        clock: t.clock,
        ids: createIdGenerator(() => t.clock.now().getTime()),
        jobs: t.jobs,
      }),
      resolveActor: async (uri) =>
        (await db.selectFrom('accounts').select('id').where('uri', '=', uri).executeTakeFirst()) ??
        null,
    },
  };
  const uris = localUris('http://empathie.test');
  return { follows: followHandlers(incoming, uris), posts: postHandlers(incoming), uris };
}
