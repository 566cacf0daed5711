import type { Federation } from '@fedify/fedify';
import type { Config } from '../config/config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import type { ConversationServices } from './inbox/inbox.deps.ts';
import type { LocalUris } from './uri.ts';

/**
 * What every part of federation (actors, inbox handlers, object dispatchers, the outbound bridge)
 * is built from. The composition root (app.ts) fills it; the inbox and object registrations
 * receive it, so they take their services from here rather than building their own.
 * Services the inbox needs (posts, relationships, notifications…) are added as optional
 * fields by the module that needs them, wired in app.ts.
 */
export interface FederationDeps {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  events: EventBus;
  uris: LocalUris;
  /** The services incoming activities go through (inbox/); none: the inbox ignores them. */
  conversation?: ConversationServices;
}

/** Our Fedify federation: no per-request context data, everything comes from `FederationDeps`. */
export type EmpathieFederation = Federation<void>;
