import type { InboxListenerSetters } from '@fedify/fedify';
import type { FederationDeps } from '../federation.deps.ts';

/**
 * Registers the handlers of incoming activities (Follow, Create, Undo…) on the inbox listeners
 * that federation.module.ts set up once (`/users/{identifier}/inbox` and the shared `/inbox`).
 * Left empty on purpose until the inbox handlers are written here: with no listener, Fedify
 * accepts a signed activity and ignores it.
 */
export function registerInboxHandlers(
  _listeners: InboxListenerSetters<void>,
  _deps: FederationDeps,
): void {}
