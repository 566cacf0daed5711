import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visibility } from '../db/schema.ts';
import {
  block,
  call,
  follow,
  type Person,
  person,
  post,
  type TestApp,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * Who reads and votes in a poll: every visibility × every relationship to the author, for the
 * poll alone, the poll's status, votes, and the direct conversations and followed tags that
 * could carry the post elsewhere. Written like `posts/authorization-matrix.test.ts`.
 */
const VISIBILITIES: Visibility[] = ['public', 'unlisted', 'private', 'direct'];
const RELATIONS = [
  'author',
  'follower',
  'mentioned',
  'stranger',
  'signedOut',
  'blockedByAuthor',
  'blockingAuthor',
] as const;
type Relation = (typeof RELATIONS)[number];
type Row = Record<Relation, number | boolean>;

/** The rule itself, written out independently of the code under test. */
function canSee(v: Visibility, r: Relation): boolean {
  if (r === 'blockedByAuthor' || r === 'blockingAuthor') return false;
  if (v === 'public' || v === 'unlisted') return true;
  if (r === 'author' || r === 'mentioned') return true;
  return v === 'private' && r === 'follower';
}
const row = (f: (r: Relation) => number | boolean): Row =>
  Object.fromEntries(RELATIONS.map((r) => [r, f(r)])) as Row;

describe('poll authorization matrix', () => {
  let t: TestApp;
  const people = {} as Record<Exclude<Relation, 'signedOut'>, Person>;
  const viewer = (r: Relation) => (r === 'signedOut' ? null : people[r]);
  const polls = {} as Record<Visibility, { post: string; poll: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    for (const r of RELATIONS) if (r !== 'signedOut') people[r] = await person(t, r.toLowerCase());
    await follow(t, people.follower, people.author);
    await follow(t, people.blockedByAuthor, people.author);
    await follow(t, people.blockingAuthor, people.author);
    await block(t, people.author, people.blockedByAuthor);
    await block(t, people.blockingAuthor, people.author);
    // Everyone but the author follows the tag: only the public post may reach them that way.
    for (const r of RELATIONS) {
      if (r !== 'signedOut' && r !== 'author') {
        await call(t, people[r], 'POST', '/api/v1/tags/sondagematrice/follow');
      }
    }
    for (const v of VISIBILITIES) {
      const text = `@mentioned @blockedbyauthor @blockingauthor sondage ${v} #sondagematrice`;
      const r = await post(t, people.author, text, {
        visibility: v,
        poll: { options: ['oui', 'non'], expires_in: 3600 },
      });
      expect(r.status).toBe(200);
      polls[v] = { post: r.body.id, poll: r.body.poll.id };
    }
  });
  afterAll(() => t.close());

  for (const v of VISIBILITIES) {
    describe(`a poll on a ${v} post`, () => {
      it('is read alone and with its status by those who may see the post (else 404)', async () => {
        const alone = {} as Row;
        const withStatus = {} as Row;
        for (const r of RELATIONS) {
          alone[r] = (await call(t, viewer(r), 'GET', `/api/v1/polls/${polls[v].poll}`)).status;
          const s = await call(t, viewer(r), 'GET', `/api/v1/statuses/${polls[v].post}`);
          withStatus[r] = s.status === 200 && s.body.poll?.id === polls[v].poll;
        }
        expect(alone).toEqual(row((r) => (canSee(v, r) ? 200 : 404)));
        expect(withStatus).toEqual(row((r) => canSee(v, r)));
      });

      it('takes votes only from those who may see it (the author excepted)', async () => {
        const votes = {} as Row;
        for (const r of RELATIONS) {
          const res = await call(t, viewer(r), 'POST', `/api/v1/polls/${polls[v].poll}/votes`, {
            choices: [0],
          });
          votes[r] = res.status;
        }
        expect(votes).toEqual(
          row((r) => {
            if (r === 'signedOut') return 401;
            if (!canSee(v, r)) return 404;
            return r === 'author' ? 422 : 200;
          }),
        );
        const counted = await call(t, people.author, 'GET', `/api/v1/polls/${polls[v].poll}`);
        const voters = RELATIONS.filter((r) => r !== 'author' && r !== 'signedOut' && canSee(v, r));
        expect(counted.body.voters_count).toBe(voters.length);
      });

      it('reaches a home through a followed tag only when public, and a conversation only when direct', async () => {
        const inHome = {} as Row;
        const inConversations = {} as Row;
        for (const r of RELATIONS) {
          if (r === 'signedOut') {
            inHome[r] = false;
            inConversations[r] = false;
            continue;
          }
          const home = await call(t, people[r], 'GET', '/api/v1/timelines/home?limit=40');
          inHome[r] = home.body.some((s: { id: string }) => s.id === polls[v].post);
          const convs = await call(t, people[r], 'GET', '/api/v1/conversations');
          inConversations[r] = convs.body.some(
            (c: { last_status: { id: string } }) => c.last_status.id === polls[v].post,
          );
        }
        // Home: the author, followers who may see it, and tag followers for public posts.
        expect(inHome).toEqual(
          row((r) => {
            if (r === 'signedOut' || !canSee(v, r)) return false;
            if (r === 'author' || r === 'follower') return true;
            if (v === 'direct') return r === 'mentioned';
            return v === 'public';
          }),
        );
        expect(inConversations).toEqual(
          row((r) => v === 'direct' && (r === 'author' || r === 'mentioned')),
        );
      });
    });
  }
});
