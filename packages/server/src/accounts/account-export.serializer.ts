import type { ArchiveData, OwnPost, RelatedAccount } from './account-export.repository.ts';

/**
 * The personal data archive, in the shape of Mastodon's (so tools that read one read the other):
 * `actor.json` (an ActivityPub Person), `outbox.json` (an OrderedCollection of Create and
 * Announce activities), `likes.json`, and Mastodon's CSV exports. Empathie's own data
 * (relationships as JSON, settings, drafts, held posts, coach history) sits beside them.
 */

const AS_CONTEXT = 'https://www.w3.org/ns/activitystreams';
const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';

export interface ArchiveContext {
  publicUrl: string;
  /** This instance's domain, for the `user@domain` addresses of local accounts. */
  domain: string;
  exportedAt: string;
}

function acct(account: { username: string; domain: string | null }, ctx: ArchiveContext): string {
  return `${account.username}@${account.domain ?? ctx.domain}`;
}

/** Audience of a post, as ActivityPub addresses it (what Mastodon writes in its outbox). */
function audience(post: OwnPost, actorUri: string): { to: string[]; cc: string[] } {
  const followers = `${actorUri}/followers`;
  const mentioned = post.mentions.map((m) => m.uri);
  switch (post.visibility) {
    case 'public':
      return { to: [PUBLIC], cc: [followers, ...mentioned] };
    case 'unlisted':
      return { to: [followers], cc: [PUBLIC, ...mentioned] };
    case 'private':
      return { to: [followers], cc: mentioned };
    case 'direct':
      return { to: mentioned, cc: [] };
  }
}

function activity(post: OwnPost, actorUri: string, ctx: ArchiveContext) {
  const { to, cc } = audience(post, actorUri);
  if (post.reblog_of_id) {
    return {
      id: `${post.uri}/activity`,
      type: 'Announce',
      actor: actorUri,
      published: post.created_at,
      to,
      cc,
      object: post.reblog_of_uri,
    };
  }
  return {
    id: `${post.uri}/activity`,
    type: 'Create',
    actor: actorUri,
    published: post.created_at,
    to,
    cc,
    object: {
      id: post.uri,
      type: 'Note',
      attributedTo: actorUri,
      url: post.url,
      published: post.created_at,
      updated: post.edited_at ?? undefined,
      inReplyTo: post.in_reply_to_uri,
      summary: post.spoiler_text === '' ? null : post.spoiler_text,
      sensitive: post.sensitive === 1,
      content: post.content_html,
      contentMap: post.language ? { [post.language]: post.content_html } : undefined,
      // What the person typed, before rendering: the part worth re-importing.
      source: { content: post.text, mediaType: 'text/plain' },
      to,
      cc,
      tag: [
        ...post.mentions.map((m) => ({ type: 'Mention', href: m.uri, name: `@${acct(m, ctx)}` })),
        ...post.tags.map((name) => ({
          type: 'Hashtag',
          href: `${ctx.publicUrl}/tags/${encodeURIComponent(name)}`,
          name: `#${name}`,
        })),
      ],
    },
  };
}

function collection(id: string, items: unknown[]) {
  return {
    '@context': AS_CONTEXT,
    id,
    type: 'OrderedCollection',
    totalItems: items.length,
    orderedItems: items,
  };
}

/** One CSV field, quoted when it needs to be (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(header: string[] | null, rows: string[][]): string {
  const lines = header ? [header, ...rows] : rows;
  return lines.map((line) => `${line.map(csvField).join(',')}\n`).join('');
}

function relationships(list: RelatedAccount[], ctx: ArchiveContext) {
  return list.map((r) => ({ id: r.uri, address: acct(r, ctx), since: r.since }));
}

const README = `Empathie — archive de vos données / your data archive

FR
Cette archive contient ce que l'instance garde de vous, dans la forme des archives de Mastodon :
- actor.json : votre profil (une « Person » ActivityPub), avec votre intention ;
- outbox.json : toutes vos publications et partages (activités Create et Announce, ActivityStreams),
  y compris réservées aux abonné·es et directes ; le texte tapé est dans object.source ;
- likes.json : les publications que vous avez aimées (leur adresse seulement) ;
- following.json, followers.json, blocks.json, mutes.json : vos relations ;
- following_accounts.csv, blocked_accounts.csv, muted_accounts.csv : les exports CSV de Mastodon,
  que Mastodon et Empathie savent importer ;
- empathie/account.json : votre compte et vos préférences ; empathie/drafts.json : vos brouillons ;
  empathie/scheduled_statuses.json : vos publications en attente ; empathie/coach.json : vos réglages
  du coach et ce que vous avez choisi quand il vous a proposé une pause ; empathie/defence.json :
  vos filtres, votre politique de notifications, vos listes de blocage et abonnements, vos allié·es
  et votre bouclier.
- media/ : les images que vous avez envoyées, telles qu'elles sont servies (leurs métadonnées,
  comme une position GPS, ont été retirées à l'envoi), et media/media.json : leurs descriptions,
  leurs points focaux et leurs messages.
Vos dossiers de preuves ont leur propre export, signé, depuis chaque dossier : ils contiennent les
publications d'autres personnes, et ne sont donc pas dans cette archive.
Les publications des autres n'y figurent que par leur adresse (celle à laquelle vous répondez, que
vous partagez ou aimez), jamais par leur contenu.
Les listes et les signets n'existent pas encore sur Empathie : l'archive n'en a donc pas.

EN
This archive holds what the instance keeps about you, in the shape of Mastodon's archives:
- actor.json: your profile (an ActivityPub Person), with your intention;
- outbox.json: all your posts and shares (Create and Announce activities, ActivityStreams),
  followers-only and direct ones included; what you typed is in object.source;
- likes.json: the posts you favourited (their address only);
- following.json, followers.json, blocks.json, mutes.json: your relationships;
- following_accounts.csv, blocked_accounts.csv, muted_accounts.csv: Mastodon's CSV exports, which
  Mastodon and Empathie can import;
- empathie/account.json: your account and preferences; empathie/drafts.json: your drafts;
  empathie/scheduled_statuses.json: your posts waiting to be sent; empathie/coach.json: your coach
  settings and what you chose when it offered a pause; empathie/defence.json: your filters,
  notification policy, block lists and subscriptions, allies and shield.
- media/: the images you uploaded, as they are served (their metadata, such as a GPS position,
  was removed at upload), and media/media.json: their descriptions, focal points and posts.
Your evidence dossiers have their own signed export, from each dossier: they hold other people's
posts, so they are not in this archive.
Other people's posts appear only by their address (the one you reply to, share or like), never by
their content.
Lists and bookmarks do not exist on Empathie yet, so the archive has none.
`;

/** The archive's files, by path inside the ZIP. */
export function archiveFiles(data: ArchiveData, ctx: ArchiveContext): Map<string, string> {
  const { account, user } = data;
  const actorUri = account.uri;
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files = new Map<string, string>();
  files.set('README.txt', README);
  files.set(
    'actor.json',
    json({
      '@context': [
        AS_CONTEXT,
        { Empathie: `${ctx.publicUrl}/ns#`, intention: 'Empathie:intention' },
      ],
      id: actorUri,
      type: account.bot === 1 ? 'Service' : 'Person',
      preferredUsername: account.username,
      name: account.display_name,
      summary: account.note,
      intention: account.intention,
      url: account.url,
      published: account.created_at,
      manuallyApprovesFollowers: account.locked === 1,
      discoverable: account.discoverable === 1,
      inbox: `${actorUri}/inbox`,
      outbox: 'outbox.json',
      followers: `${actorUri}/followers`,
      following: `${actorUri}/following`,
      liked: 'likes.json',
    }),
  );
  files.set(
    'outbox.json',
    json(
      collection(
        'outbox.json',
        data.posts.map((p) => activity(p, actorUri, ctx)),
      ),
    ),
  );
  files.set('likes.json', json(collection('likes.json', data.likes)));
  files.set(
    'following.json',
    json(collection('following.json', relationships(data.following, ctx))),
  );
  files.set(
    'followers.json',
    json(collection('followers.json', relationships(data.followers, ctx))),
  );
  files.set('blocks.json', json(collection('blocks.json', relationships(data.blocks, ctx))));
  files.set(
    'mutes.json',
    json(
      collection(
        'mutes.json',
        data.mutes.map((m) => ({
          id: m.uri,
          address: acct(m, ctx),
          since: m.since,
          hide_notifications: m.hide_notifications === 1,
        })),
      ),
    ),
  );
  // Mastodon's own CSV shapes (app/models/export.rb): the same headers, or none for blocks.
  files.set(
    'following_accounts.csv',
    csv(
      ['Account address', 'Show boosts', 'Notify on new posts', 'Languages'],
      data.following.map((f) => [acct(f, ctx), 'true', 'false', '']),
    ),
  );
  files.set(
    'blocked_accounts.csv',
    csv(
      null,
      data.blocks.map((b) => [acct(b, ctx)]),
    ),
  );
  files.set(
    'muted_accounts.csv',
    csv(
      ['Account address', 'Hide notifications'],
      data.mutes.map((m) => [acct(m, ctx), m.hide_notifications === 1 ? 'true' : 'false']),
    ),
  );
  files.set(
    'empathie/account.json',
    json({
      exported_at: ctx.exportedAt,
      address: acct(account, ctx),
      email: user.email,
      role: user.role,
      created_at: user.created_at,
      sign_up_reason: user.sign_up_reason,
      preferences: {
        ui_language: user.ui_language,
        default_visibility: user.default_visibility,
        default_language: user.default_language,
        default_sensitive: user.default_sensitive === 1,
      },
    }),
  );
  files.set('empathie/drafts.json', json(data.drafts));
  files.set('empathie/scheduled_statuses.json', json(data.scheduled));
  files.set(
    'empathie/coach.json',
    json({ settings: data.coachSettings, outcomes: data.coachOutcomes }),
  );
  return files;
}
