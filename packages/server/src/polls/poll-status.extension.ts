import { type MastodonPoll, serializePoll } from '../api/mastodon/poll.serializer.ts';
import type { ExtensibleStatus, StatusExtension } from '../gentle/status-extension.ts';
import type { Clock } from '../shared/clock.ts';
import type { PollsRepository } from './polls.repository.ts';

/**
 * Sets `poll` on every status of a page (and on the post a share carries), with the viewer's
 * `voted` and `own_votes`: three queries per page whatever its size. The presenter only passes
 * statuses the viewer may see, so a poll is never shown beside a post it could not be read with.
 */
export function pollStatusExtension(repo: PollsRepository, clock: Clock): StatusExtension {
  return async (statuses, viewerId) => {
    const all = statuses.flatMap((s) => (s.reblog ? [s, s.reblog] : [s]));
    if (all.length === 0) return;
    const { polls, options } = await repo.ofPosts([...new Set(all.map((s) => s.id))]);
    if (polls.length === 0) return;
    const choices = viewerId
      ? await repo.choicesOf(
          viewerId,
          polls.map((p) => p.id),
        )
      : new Map<string, number[]>();
    const now = clock.now();
    const byPost = new Map(polls.map((p) => [p.post_id, p]));
    for (const status of all as Array<ExtensibleStatus & { poll?: MastodonPoll | null }>) {
      const poll = byPost.get(status.id);
      if (!poll) continue;
      const own = options.filter((o) => o.poll_id === poll.id);
      const viewer = viewerId ? { id: viewerId, choices: choices.get(poll.id) } : null;
      status.poll = serializePoll(poll, own, viewer, now);
    }
  };
}
