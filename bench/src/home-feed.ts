import type { SeedPlan } from './seed-plan.ts';

/** Whether `a` follows `b`: a binary search in `a`'s sorted following list. */
export function follows(plan: SeedPlan, a: number, b: number): boolean {
  let lo = plan.followingStart[a] as number;
  let hi = (plan.followingStart[a + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = plan.following[mid] as number;
    if (v === b) return true;
    if (v < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The posts that the server's fan-out on write (timelines/home-feed.service.ts) would have put
 * in account `a`'s home feed, oldest first: its own posts, and the posts of the accounts it
 * follows (public, unlisted and followers-only alike), except replies to a third account that
 * `a` does not follow.
 */
export function homeFeedOf(plan: SeedPlan, a: number): Int32Array {
  const own = plan.postsOf.subarray(plan.postsOfStart[a], plan.postsOfStart[a + 1]);
  const feed: number[] = Array.from(own);
  for (let k = plan.followingStart[a] as number; k < (plan.followingStart[a + 1] as number); k++) {
    const author = plan.following[k] as number;
    for (
      let i = plan.postsOfStart[author] as number;
      i < (plan.postsOfStart[author + 1] as number);
      i++
    ) {
      const post = plan.postsOf[i] as number;
      const parent = plan.postReplyTo[post] as number;
      if (parent >= 0) {
        const answered = plan.postAuthor[parent] as number;
        if (answered !== author && !follows(plan, a, answered)) continue;
      }
      feed.push(post);
    }
  }
  return Int32Array.from(feed).sort();
}
