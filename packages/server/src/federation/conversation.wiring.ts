import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import type { FederationHandle } from './federation.module.ts';
import type { ConversationServices } from './inbox/inbox.deps.ts';
import { createOutboundBridge, registerOutboundBridge } from './outbound-bridge.ts';
import type { LocalUris } from './uri.ts';

/**
 * Starts the one outbound bridge on the durable job queue: from here on, every change recorded
 * by a service (outbound-events.ts) is turned into an activity and handed to Fedify.
 */
export function wireOutboundBridge(deps: {
  db: Kysely<Database>;
  ids: IdGenerator;
  logger: Logger;
  uris: LocalUris;
  localDomain: string;
  jobs: Pick<JobQueue, 'register'>;
  federation: () => FederationHandle;
}): void {
  const bridge = createOutboundBridge({
    db: deps.db,
    ids: deps.ids,
    logger: deps.logger,
    uris: deps.uris,
    localDomain: deps.localDomain,
    context: () => deps.federation().context(),
    storedKeys: (accountId) => deps.federation().storedKeyPairs(accountId),
  });
  registerOutboundBridge(deps.jobs, bridge);
}

export type { ConversationServices };
