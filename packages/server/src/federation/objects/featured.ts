import type { AuthorizePredicate, Note } from '@fedify/fedify';
import type { EmpathieFederation, FederationDeps } from '../federation.deps.ts';
import { featuredPostIds } from './featured.repository.ts';
import { loadNoteSource } from './note.repository.ts';
import { noteOf } from './note.ts';

/**
 * Serves a local person's pinned posts as Mastodon's `featured` collection
 * (`/users/{identifier}/collections/featured`, the actor's `toot:featured`): one
 * OrderedCollection with the Notes inline, most recently pinned first, as Mastodon serves it.
 * Only public and unlisted posts are listed (featured.repository.ts); a pin on a followers-only
 * post stays on our own profile and never leaves the server. Who may read the collection is
 * the rule every other collection follows (`authorize`).
 */
export function registerFeaturedDispatcher(
  federation: EmpathieFederation,
  deps: FederationDeps,
  authorize: AuthorizePredicate<void>,
): void {
  const db = deps.database.db;
  federation
    .setFeaturedDispatcher('/users/{identifier}/collections/featured', async (_ctx, identifier) => {
      const ids = await featuredPostIds(db, identifier);
      if (!ids) return null;
      const items: Note[] = [];
      for (const postId of ids) {
        const source = await loadNoteSource(db, postId, deps.uris, deps.config.domain);
        if (source) items.push(noteOf(source, deps.uris));
      }
      return { items };
    })
    .authorize(authorize);
}
