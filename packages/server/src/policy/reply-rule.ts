import type { ReplyDecision, ReplyTarget } from './policy.types.ts';

/** What the rule needs to know about the would-be replier and one post. */
export interface ReplierRelation {
  replierId: string;
  /** The post's author follows the replier. */
  followedByAuthor: boolean;
  /** The replier is mentioned in the post. */
  mentioned: boolean;
}

/**
 * The reply rule for one post, pure: its author may always answer in their own thread;
 * `following` admits the people the author follows, `mentioned` the people the post names,
 * `nobody` nobody else. Blocks and visibility are checked before this (a hidden post answers 404).
 */
export function replyRule(post: ReplyTarget, who: ReplierRelation): ReplyDecision {
  if (post.account_id === who.replierId) return { kind: 'allowed' };
  switch (post.reply_policy) {
    case 'everyone':
      return { kind: 'allowed' };
    case 'following':
      return who.followedByAuthor ? { kind: 'allowed' } : refused(post, 'following');
    case 'mentioned':
      return who.mentioned ? { kind: 'allowed' } : refused(post, 'mentioned');
    case 'nobody':
      return refused(post, 'nobody');
  }
}

function refused(post: ReplyTarget, policy: 'following' | 'mentioned' | 'nobody'): ReplyDecision {
  return { kind: 'refused', policy, authorId: post.account_id };
}
