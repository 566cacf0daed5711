import { type Random, seededRandom, shuffled } from './random.ts';

/**
 * The shape of a seeded instance, decided before anything is written: who follows whom, who
 * posts what and when, which post answers which. Integer arrays (compressed adjacency lists)
 * keep a million posts and ten million feed entries within a few hundred MiB.
 */
export interface SeedPlan {
  accounts: number;
  /** `following[followingStart[a] .. followingStart[a+1])` are the accounts `a` follows. */
  followingStart: Int32Array;
  following: Int32Array;
  followersCount: Int32Array;
  posts: number;
  /** Creation time of each post in ms; increasing with the index, so ids sort like indexes. */
  postTime: Float64Array;
  postAuthor: Int32Array;
  /** Index of the post answered, or -1. */
  postReplyTo: Int32Array;
  /** 0 public, 1 unlisted, 2 private (followers-only). */
  postVisibility: Uint8Array;
  repliesCount: Int32Array;
  /** `postsOf[postsOfStart[a] .. postsOfStart[a+1])`: the posts of account `a`, oldest first. */
  postsOfStart: Int32Array;
  postsOf: Int32Array;
  accountTime: Float64Array;
}

const DAY = 24 * 60 * 60 * 1000;

export interface PlanSizes {
  accounts: number;
  posts: number;
  follows: number;
  seed: number;
  /** The newest post's time; the rest spread over the 60 days before it. */
  now: number;
}

function followGraph(random: Random, n: number, averageFollows: number) {
  const lists: Int32Array[] = [];
  const followersCount = new Int32Array(n);
  let total = 0;
  for (let a = 0; a < n; a++) {
    // Most people follow a handful of accounts, a few follow hundreds (exponential spread).
    const want = Math.min(n - 1, Math.round(-Math.log(1 - random()) * averageFollows));
    const chosen = new Set<number>();
    let guard = want * 4 + 8;
    while (chosen.size < want && guard-- > 0) {
      // Preferential skew: low indexes are the popular accounts of the instance.
      const target = Math.floor(n * random() ** 2);
      if (target !== a) chosen.add(target);
    }
    const list = Int32Array.from(chosen).sort();
    for (const t of list) followersCount[t] = (followersCount[t] as number) + 1;
    lists.push(list);
    total += list.length;
  }
  const followingStart = new Int32Array(n + 1);
  const following = new Int32Array(total);
  let at = 0;
  for (let a = 0; a < n; a++) {
    followingStart[a] = at;
    following.set(lists[a] as Int32Array, at);
    at += (lists[a] as Int32Array).length;
  }
  followingStart[n] = at;
  return { followingStart, following, followersCount };
}

export function planInstance(sizes: PlanSizes): SeedPlan {
  const random = seededRandom(sizes.seed);
  const n = sizes.accounts;
  const graph = followGraph(random, n, sizes.follows);
  // How active someone is does not depend on how followed they are: a separate ranking.
  const activity = shuffled(random, n);
  const posts = sizes.posts;
  const postTime = new Float64Array(posts);
  const postAuthor = new Int32Array(posts);
  const postReplyTo = new Int32Array(posts);
  const postVisibility = new Uint8Array(posts);
  const repliesCount = new Int32Array(posts);
  const start = sizes.now - 60 * DAY;
  const step = (60 * DAY) / Math.max(1, posts);
  const perAuthor = new Int32Array(n);
  for (let i = 0; i < posts; i++) {
    postTime[i] = Math.floor(start + i * step);
    const author = activity[Math.floor(n * random() ** 1.5)] as number;
    postAuthor[i] = author;
    perAuthor[author] = (perAuthor[author] as number) + 1;
    const replies = i > 0 && random() < 0.15;
    const parent = replies ? Math.max(0, i - 1 - Math.floor(random() * 2000)) : -1;
    postReplyTo[i] = parent;
    if (parent >= 0) repliesCount[parent] = (repliesCount[parent] as number) + 1;
    const v = random();
    postVisibility[i] = v < 0.85 ? 0 : v < 0.93 ? 1 : 2;
  }
  const postsOfStart = new Int32Array(n + 1);
  for (let a = 0; a < n; a++)
    postsOfStart[a + 1] = (postsOfStart[a] as number) + (perAuthor[a] as number);
  const fill = postsOfStart.slice(0, n);
  const postsOf = new Int32Array(posts);
  for (let i = 0; i < posts; i++) {
    const a = postAuthor[i] as number;
    postsOf[fill[a] as number] = i;
    fill[a] = (fill[a] as number) + 1;
  }
  const accountTime = new Float64Array(n);
  for (let a = 0; a < n; a++) accountTime[a] = Math.floor(start - DAY + (a * DAY) / n);
  return {
    accounts: n,
    ...graph,
    posts,
    postTime,
    postAuthor,
    postReplyTo,
    postVisibility,
    repliesCount,
    postsOfStart,
    postsOf,
    accountTime,
  };
}
