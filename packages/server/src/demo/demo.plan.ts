import { composePost, composeReply } from './demo.composer.ts';
import { DEMO_PEOPLE } from './demo.people.ts';
import { type DemoRandom, demoRandom } from './demo.random.ts';
import type { DemoPerson, Lang } from './demo.types.ts';

type Visibility = 'public' | 'unlisted' | 'private';

/** One thing a demo person does, `at` milliseconds after the demo's first day began. */
export type DemoEvent =
  | { kind: 'join'; at: number; person: number }
  | { kind: 'follow'; at: number; person: number; target: number }
  | { kind: 'authorize'; at: number; person: number; requester: number }
  | {
      kind: 'post';
      at: number;
      person: number;
      /** Index of this post among the plan's posts, for replies, favourites and shares. */
      ref: number;
      text: string;
      spoilerText: string;
      visibility: Visibility;
      language: Lang;
      replyTo: number | null;
    }
  | { kind: 'favourite'; at: number; person: number; post: number }
  | { kind: 'reblog'; at: number; person: number; post: number };

export interface DemoPlan {
  people: readonly DemoPerson[];
  events: DemoEvent[];
  counts: { people: number; follows: number; pending: number; posts: number; replies: number };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_SPAN_DAYS = 28;
const TOP_LEVEL_POSTS = 300;

function sharesTopic(a: DemoPerson, b: DemoPerson): boolean {
  return a.topics.some((t) => b.topics.includes(t));
}

function sharesLanguage(a: DemoPerson, b: DemoPerson): boolean {
  return a.languages.some((l) => b.languages.includes(l));
}

/** Who follows whom: everyone follows the association; affinity of language and topics does the rest. */
function followGraph(random: DemoRandom, people: readonly DemoPerson[]): boolean[][] {
  return people.map((a, i) =>
    people.map((b, j) => {
      if (i === j) return false;
      if (j === 0) return true;
      let p = sharesLanguage(a, b) ? 0.55 : 0.15;
      if (sharesTopic(a, b)) p += 0.25;
      return random.chance(p);
    }),
  );
}

/** A time in waking hours (8:00–22:00 of the demo's day), so the network looks lived in. */
function wakingTime(random: DemoRandom, day: number): number {
  return day * DAY + random.int(8 * HOUR, 22 * HOUR);
}

/**
 * The whole demo community as a timed script, decided up front from a fixed seed: the same
 * community every time, and every event happens after what it depends on.
 */
export function planDemo(seed = 2026): DemoPlan {
  const random = demoRandom(seed);
  const people = DEMO_PEOPLE;
  const end = DEMO_SPAN_DAYS * DAY - HOUR;
  const clamp = (t: number) => Math.min(t, end);
  const events: DemoEvent[] = [];
  people.forEach((_, person) => {
    events.push({ kind: 'join', at: person * 2 * HOUR + random.int(0, HOUR), person });
  });
  // Follows settle during the second day, before anyone posts: followers-only posts then
  // reach the people they are meant for.
  const follows = followGraph(random, people);
  const following = (i: number, j: number) => follows[i]?.[j] === true && !people[j]?.locked;
  const followsAccepted: boolean[][] = people.map((_, i) => people.map((__, j) => following(i, j)));
  let followCount = 0;
  let pending = 0;
  const requests: { person: number; target: number; at: number }[] = [];
  follows.forEach((row, person) => {
    row.forEach((yes, target) => {
      if (!yes) return;
      const at = DAY + random.int(0, 20 * HOUR);
      events.push({ kind: 'follow', at, person, target });
      followCount++;
      if (people[target]?.locked) requests.push({ person, target, at });
    });
  });
  // The locked account accepts its requests, except the latest: a request left pending.
  requests.sort((a, b) => a.at - b.at);
  requests.forEach((r, k) => {
    if (k === requests.length - 1) {
      pending++;
      return;
    }
    events.push({ kind: 'authorize', at: r.at + HOUR, person: r.target, requester: r.person });
    (followsAccepted[r.person] as boolean[])[r.target] = true;
  });
  const canSee = (viewer: number, author: number, visibility: Visibility) =>
    viewer === author || visibility !== 'private' || followsAccepted[viewer]?.[author] === true;

  const totalActivity = people.reduce((sum, p) => sum + p.activity, 0);
  const seen = people.map(() => new Set<string>());
  let ref = 0;
  let replies = 0;
  const react = (post: number, author: number, at: number, visibility: Visibility) => {
    // Favourites come from people who can see the post; shares only of public posts.
    people.forEach((_, viewer) => {
      if (viewer === author || !canSee(viewer, author, visibility)) return;
      const p = followsAccepted[viewer]?.[author] ? 0.35 : 0.08;
      if (random.chance(p)) {
        events.push({
          kind: 'favourite',
          at: clamp(at + random.int(HOUR / 6, DAY)),
          person: viewer,
          post,
        });
      }
      if (visibility === 'public' && followsAccepted[viewer]?.[author] && random.chance(0.04)) {
        events.push({
          kind: 'reblog',
          at: clamp(at + random.int(HOUR / 4, DAY)),
          person: viewer,
          post,
        });
      }
    });
  };

  people.forEach((person, author) => {
    const count = Math.round((TOP_LEVEL_POSTS * person.activity) / totalActivity);
    const friends = people
      .map((p, j) => (followsAccepted[author]?.[j] && j !== 0 ? p.username : null))
      .filter((u): u is string => u !== null);
    for (let k = 0; k < count; k++) {
      const at = wakingTime(random, 2 + Math.floor((k * (DEMO_SPAN_DAYS - 2)) / count));
      const language: Lang = random.chance(0.7)
        ? (person.languages[0] as Lang)
        : random.pick(person.languages);
      const topic = random.pick(person.topics);
      const friend = friends.length > 0 && random.chance(0.2) ? random.pick(friends) : null;
      const composed = composePost(random, language, topic, friend, seen[author] as Set<string>);
      const v = random.next();
      const visibility: Visibility = person.locked
        ? v < 0.5
          ? 'private'
          : 'public'
        : v < 0.1
          ? 'private'
          : v < 0.14
            ? 'unlisted'
            : 'public';
      const post = ref++;
      events.push({
        kind: 'post',
        at,
        person: author,
        ref: post,
        ...composed,
        visibility,
        language,
        replyTo: null,
      });
      react(post, author, at, visibility);
      if (!random.chance(0.3)) continue;
      // A short thread: one or two answers, and sometimes the author answers back.
      const answerers = people
        .map((_, j) => j)
        .filter(
          (j) => j !== author && canSee(j, author, visibility) && followsAccepted[j]?.[author],
        );
      for (let r = 0, n = random.int(1, 2); r < n && answerers.length > 0; r++) {
        const replier = random.pick(answerers);
        const replyLang = people[replier]?.languages.includes(language)
          ? language
          : (people[replier]?.languages[0] as Lang);
        const replyAt = clamp(at + random.int(HOUR / 6, 8 * HOUR));
        const reply = ref++;
        replies++;
        events.push({
          kind: 'post',
          at: replyAt,
          person: replier,
          ref: reply,
          spoilerText: composed.spoilerText,
          text: composeReply(random, replyLang, person.username, false),
          visibility,
          language: replyLang,
          replyTo: post,
        });
        react(reply, replier, replyAt, visibility);
        if (!random.chance(0.5) || !canSee(author, replier, visibility)) continue;
        const back = ref++;
        replies++;
        const backAt = clamp(replyAt + random.int(HOUR / 12, 4 * HOUR));
        events.push({
          kind: 'post',
          at: backAt,
          person: author,
          ref: back,
          spoilerText: composed.spoilerText,
          text: composeReply(random, replyLang, people[replier]?.username ?? '', true),
          visibility,
          language: replyLang,
          replyTo: reply,
        });
      }
    }
  });
  // Stable by time; at equal times the original order keeps a post before what depends on it.
  const ordered = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  return {
    people,
    events: ordered.map((o) => o.e),
    counts: { people: people.length, follows: followCount, pending, posts: ref, replies },
  };
}
