import type { SeedPlan } from './seed-plan.ts';

/**
 * The posts that the server's fan-out on write would have put in account `a`'s home feed: its
 * own posts and those of the accounts it follows (public, unlisted and followers-only alike),
 * oldest first.
 */
export function homeFeedOf(plan: SeedPlan, a: number): Int32Array {
  const authors = [a];
  for (let k = plan.followingStart[a] as number; k < (plan.followingStart[a + 1] as number); k++) {
    authors.push(plan.following[k] as number);
  }
  let size = 0;
  for (const author of authors) {
    size += (plan.postsOfStart[author + 1] as number) - (plan.postsOfStart[author] as number);
  }
  const feed = new Int32Array(size);
  let at = 0;
  for (const author of authors) {
    const from = plan.postsOfStart[author] as number;
    const to = plan.postsOfStart[author + 1] as number;
    feed.set(plan.postsOf.subarray(from, to), at);
    at += to - from;
  }
  return feed.sort();
}
