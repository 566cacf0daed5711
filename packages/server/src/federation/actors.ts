import {
  type Actor,
  Application,
  type Context,
  Endpoints,
  Image,
  Person,
  PropertyValue,
  Service,
} from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import type { AccountRow } from '../api/mastodon/account.serializer.ts';
import { DEFAULT_AVATAR_PATH, DEFAULT_HEADER_PATH } from '../api/mastodon/account.serializer.ts';
import { plainTextToHtml } from '../api/mastodon/text-html.ts';
import { INSTANCE_ACTOR_IDENTIFIER, type LocalUris } from './uri.ts';

/** The name of the profile field that carries a person's intention, in both languages. */
export const INTENTION_FIELD_NAME = 'Intention';

/** Fedify's view of an actor's keys, as `ctx.getActorKeyPairs` returns them. */
type ActorKeys = Awaited<ReturnType<Context<void>['getActorKeyPairs']>>;

/**
 * A local account as an ActivityPub actor: a Person, or a Service for an automated account (so
 * remote servers label it a bot as we do). The intention travels twice: as a profile field any
 * server shows, and as `empathie:intention` (added by `withEmpathieExtension`) for Empathie peers.
 */
export function localActor(row: AccountRow, uris: LocalUris, keys: ActorKeys): Actor {
  const ActorClass = row.bot === 1 ? Service : Person;
  const attachments =
    row.intention.trim() === ''
      ? []
      : [
          new PropertyValue({
            name: INTENTION_FIELD_NAME,
            value: plainTextToHtml(row.intention),
          }),
        ];
  return new ActorClass({
    id: new URL(uris.actor(row.username)),
    preferredUsername: row.username,
    name: row.display_name,
    summary: plainTextToHtml(row.note),
    url: new URL(uris.profile(row.username)),
    inbox: new URL(uris.inbox(row.username)),
    outbox: new URL(uris.outbox(row.username)),
    followers: new URL(uris.followers(row.username)),
    following: new URL(uris.following(row.username)),
    featured: new URL(uris.featured(row.username)),
    endpoints: new Endpoints({ sharedInbox: new URL(uris.sharedInbox()) }),
    publicKey: keys[0]?.cryptographicKey ?? null,
    assertionMethods: keys.map((k) => k.multikey),
    icon: new Image({
      url: new URL(`${uris.origin}${DEFAULT_AVATAR_PATH}`),
      mediaType: 'image/svg+xml',
    }),
    image: new Image({
      url: new URL(`${uris.origin}${DEFAULT_HEADER_PATH}`),
      mediaType: 'image/svg+xml',
    }),
    discoverable: row.discoverable === 1,
    indexable: row.discoverable === 1,
    manuallyApprovesFollowers: row.locked === 1,
    published: Temporal.Instant.from(row.created_at),
    attachments,
  });
}

/**
 * The instance itself as an actor (an Application, as Mastodon's instance actor): it signs the
 * fetches made for nobody in particular, such as resolving a remote account for a search.
 */
export function instanceActor(uris: LocalUris, keys: ActorKeys, domain: string): Actor {
  return new Application({
    id: new URL(uris.instanceActor()),
    preferredUsername: INSTANCE_ACTOR_IDENTIFIER,
    name: domain,
    inbox: new URL(uris.inbox(INSTANCE_ACTOR_IDENTIFIER)),
    outbox: new URL(uris.outbox(INSTANCE_ACTOR_IDENTIFIER)),
    endpoints: new Endpoints({ sharedInbox: new URL(uris.sharedInbox()) }),
    url: new URL(uris.origin),
    publicKey: keys[0]?.cryptographicKey ?? null,
    assertionMethods: keys.map((k) => k.multikey),
    manuallyApprovesFollowers: true,
    discoverable: false,
    indexable: false,
  });
}
