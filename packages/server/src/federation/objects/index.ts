import type { EmpathieFederation, FederationDeps } from '../federation.deps.ts';

/**
 * Registers the dispatchers of local objects (Notes, the activities about them, the outbox
 * collection). Left empty on purpose until they are written here: until then such URIs answer
 * 404 and remote servers only learn of posts through delivered activities.
 */
export function registerObjectDispatchers(
  _federation: EmpathieFederation,
  _deps: FederationDeps,
): void {}
