import type { Context } from '@fedify/fedify';
import type { FederationDeps } from './federation.deps.ts';
import { storeNote } from './inbox/incoming-note.ts';
import { remoteCollectionsRepository } from './remote-collections.repository.ts';
import { remoteCollectionsReader } from './remote-collections.ts';
import { INSTANCE_ACTOR_IDENTIFIER } from './uri.ts';

/**
 * The reader of remote collections, on this instance's database and Fedify context: fetches are
 * signed by the instance actor, pinned posts are stored through the inbox's own Note path (same
 * checks as a Note that arrives), as the ancestors of a reply are.
 */
export function createRemoteCollectionsReader(deps: FederationDeps, context: () => Context<void>) {
  const { conversation, clock, logger } = deps;
  const db = deps.database.db;
  return remoteCollectionsReader({
    repo: remoteCollectionsRepository(db),
    clock,
    ids: deps.ids,
    logger,
    allowPrivateAddress: deps.config.allowPrivateAddress,
    documentLoader: () => context().getDocumentLoader({ identifier: INSTANCE_ACTOR_IDENTIFIER }),
    contextLoader: () => context().contextLoader,
    storeNote: conversation
      ? async (note, actorUri) => {
          const outcome = await storeNote(
            { db, logger, conversation, now: () => clock.now() },
            context(),
            note,
            actorUri,
            { depth: 0, ancestor: true },
          );
          return outcome.kind === 'stored' ? outcome.postId : null;
        }
      : null,
  });
}
