import type { RemotePollsService } from '../../polls/remote-polls.service.ts';
import type { InteractionsService } from '../../posts/interactions.service.ts';
import type { PostsService } from '../../posts/posts.service.ts';
import type { RelationshipsService } from '../../relationships/relationships.service.ts';
import type { OutboundRecorder } from '../outbound-events.ts';

/**
 * The services the inbox hands incoming activities to: the same ones our own API calls, so a
 * remote post, like, share or follow goes through the same rules, counters, notifications and
 * `post.created` pipeline (tone, gentle reading, the shield) as a local one. Filled by the
 * composition root (app.ts) into `FederationDeps.conversation`.
 */
export interface ConversationServices {
  posts: PostsService;
  interactions: InteractionsService;
  relationships: RelationshipsService;
  outbound: OutboundRecorder;
  /**
   * The stored remote account of an actor URI, fetched and stored (or refreshed when `refresh`)
   * by the remote-accounts service; null when it cannot be had (gone, refused, not an actor).
   */
  resolveActor(uri: string, options?: { refresh?: boolean }): Promise<{ id: string } | null>;
  /** Polls across servers (polls/remote-polls.service.ts); none: Questions arrive without polls. */
  polls?: Pick<RemotePollsService, 'sync' | 'voteFromRemote'>;
  /** A remote account is gone: its images' rows and cached files go (media/remote-media). */
  forgetRemoteMedia?(accountId: string): Promise<void>;
}
