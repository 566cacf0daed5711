import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visibility } from '../db/schema.ts';
import { createTestApp } from '../testing/test-app.ts';
import { block, call, follow, type Person, person, post, type TestApp } from './people.fixture.ts';

/**
 * Who sees what: every visibility × every relationship to the author × every endpoint that can
 * return a post. Each test compares a whole row of the matrix, so a failure shows exactly which
 * relationship saw (or missed) what.
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
type Row = Record<Relation, boolean | number>;

/** The rule itself, written out independently of the code under test. */
function canSee(v: Visibility, r: Relation): boolean {
  if (r === 'blockedByAuthor' || r === 'blockingAuthor') return false;
  if (v === 'public' || v === 'unlisted') return true;
  if (r === 'author' || r === 'mentioned') return true;
  return v === 'private' && r === 'follower';
}

const row = (f: (r: Relation) => boolean | number): Row =>
  Object.fromEntries(RELATIONS.map((r) => [r, f(r)])) as Row;

describe('authorization matrix', () => {
  let t: TestApp;
  const people = {} as Record<Exclude<Relation, 'signedOut'>, Person>;
  const viewer = (r: Relation) => (r === 'signedOut' ? null : people[r]);
  let root: string;
  const posts = {} as Record<Visibility, string>;

  beforeAll(async () => {
    t = await createTestApp();
    for (const r of RELATIONS) if (r !== 'signedOut') people[r] = await person(t, r.toLowerCase());
    await follow(t, people.follower, people.author);
    // Both "blocked" people followed the author before the block: the block must end that.
    await follow(t, people.blockedByAuthor, people.author);
    await follow(t, people.blockingAuthor, people.author);
    await block(t, people.author, people.blockedByAuthor);
    await block(t, people.blockingAuthor, people.author);
    root = (await post(t, people.author, 'Un fil public')).body.id;
    for (const v of VISIBILITIES) {
      // The blocked people are named too: a block must stop the mention (no row, no notification).
      const text = `@mentioned @blockedbyauthor @blockingauthor mot${v} #tag${v}`;
      const r = await post(t, people.author, text, { visibility: v, in_reply_to_id: root });
      expect(r.body).toMatchObject({ visibility: v });
      posts[v] = r.body.id;
    }
  });
  afterAll(() => t.close());

  const contains = async (r: Relation, path: string, id: string, pick = (b: unknown) => b) => {
    const res = await call(t, viewer(r), 'GET', path);
    if (res.status !== 200) return false;
    return (pick(res.body) as Array<{ id: string }>).some((s) => s.id === id);
  };

  for (const v of VISIBILITIES) {
    describe(`a ${v} post`, () => {
      const expected = row((r) => canSee(v, r));

      it('by id: 200 if visible, else 404', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS) {
          const res = await call(t, viewer(r), 'GET', `/api/v1/statuses/${posts[v]}`);
          actual[r] = res.status;
        }
        expect(actual).toEqual(row((r) => (canSee(v, r) ? 200 : 404)));
      });

      it('thread context', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS) {
          actual[r] = await contains(
            r,
            `/api/v1/statuses/${root}/context`,
            posts[v],
            (b) => (b as { descendants: unknown }).descendants,
          );
        }
        expect(actual).toEqual(expected);
      });

      it('account statuses', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS) {
          actual[r] = await contains(r, `/api/v1/accounts/${people.author.id}/statuses`, posts[v]);
        }
        expect(actual).toEqual(expected);
      });

      it('home timeline: author, followers (not direct), the mentioned (direct only)', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS)
          actual[r] = await contains(r, '/api/v1/timelines/home', posts[v]);
        expect(actual).toEqual(
          row(
            (r) =>
              r === 'author' ||
              (r === 'follower' && v !== 'direct') ||
              (r === 'mentioned' && v === 'direct'),
          ),
        );
      });

      it('public, local and tag timelines: public posts only', async () => {
        const onlyPublic = row((r) => v === 'public' && canSee(v, r));
        for (const path of [
          '/api/v1/timelines/public',
          '/api/v1/timelines/public?local=true',
          `/api/v1/timelines/tag/tag${v}`,
        ]) {
          const actual = {} as Row;
          for (const r of RELATIONS) actual[r] = await contains(r, path, posts[v]);
          expect({ path, ...actual }).toEqual({ path, ...onlyPublic });
        }
      });

      it('search', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS) {
          actual[r] = await contains(
            r,
            `/api/v2/search?type=statuses&q=mot${v}`,
            posts[v],
            (b) => (b as { statuses: unknown }).statuses,
          );
        }
        expect(actual).toEqual(expected);
      });

      it('notifications: only the mentioned person, never a blocked one', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS) {
          const res = await call(t, viewer(r), 'GET', '/api/v1/notifications');
          actual[r] =
            res.status === 200 &&
            (res.body as Array<{ status: { id: string } | null }>).some(
              (n) => n.status?.id === posts[v],
            );
        }
        expect(actual).toEqual(row((r) => r === 'mentioned'));
        const mentionRows = await t.database.db
          .selectFrom('mentions')
          .select('account_id')
          .where('post_id', '=', posts[v])
          .execute();
        expect(mentionRows.map((m) => m.account_id)).toEqual([people.mentioned.id]);
      });

      it('favourited_by: 200 if visible, else 404', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS) {
          actual[r] = (
            await call(t, viewer(r), 'GET', `/api/v1/statuses/${posts[v]}/favourited_by`)
          ).status;
        }
        expect(actual).toEqual(row((r) => (canSee(v, r) ? 200 : 404)));
      });

      it('bookmarks and the favourites list: kept and listed only by those who see it', async () => {
        const kept = {} as Row;
        const listed = {} as Row;
        for (const r of RELATIONS) {
          const who = viewer(r);
          kept[r] = (await call(t, who, 'POST', `/api/v1/statuses/${posts[v]}/bookmark`)).status;
          await call(t, who, 'POST', `/api/v1/statuses/${posts[v]}/favourite`);
          listed[r] =
            (await contains(r, '/api/v1/bookmarks', posts[v])) &&
            (await contains(r, '/api/v1/favourites', posts[v]));
        }
        expect(kept).toEqual(row((r) => (r === 'signedOut' ? 401 : canSee(v, r) ? 200 : 404)));
        expect(listed).toEqual(row((r) => r !== 'signedOut' && canSee(v, r)));
      });

      it('a list timeline: the follower who lists the author sees only what they may see', async () => {
        const list = await call(t, people.follower, 'POST', '/api/v1/lists', {
          title: `Liste ${v}`,
          replies_policy: 'followed',
        });
        await call(t, people.follower, 'POST', `/api/v1/lists/${list.body.id}/accounts`, {
          account_ids: [people.author.id],
        });
        const listed = await contains(
          'follower',
          `/api/v1/timelines/list/${list.body.id}`,
          posts[v],
        );
        expect(listed).toBe(canSee(v, 'follower'));
        // Nobody else can read that list, whatever it holds.
        for (const r of RELATIONS.filter((x) => x !== 'follower')) {
          const res = await call(t, viewer(r), 'GET', `/api/v1/timelines/list/${list.body.id}`);
          expect({ r, status: res.status }).toEqual({ r, status: r === 'signedOut' ? 401 : 404 });
        }
      });

      it('pinned to the profile: shown with ?pinned=true only to those who see it', async () => {
        const pinned = await call(t, people.author, 'POST', `/api/v1/statuses/${posts[v]}/pin`);
        // A direct message is never pinned to a profile.
        expect(pinned.status).toBe(v === 'direct' ? 422 : 200);
        const actual = {} as Row;
        for (const r of RELATIONS) {
          actual[r] = await contains(
            r,
            `/api/v1/accounts/${people.author.id}/statuses?pinned=true`,
            posts[v],
          );
        }
        expect(actual).toEqual(row((r) => v !== 'direct' && canSee(v, r)));
        // Only the author may pin it: anyone else who sees it is refused.
        const other = await call(t, people.mentioned, 'POST', `/api/v1/statuses/${posts[v]}/pin`);
        expect(other.status).toBe(422);
      });

      it('sharing: only public and unlisted posts, only by those who see them', async () => {
        const actual = {} as Row;
        for (const r of RELATIONS) {
          const who = viewer(r);
          const res = await call(t, who, 'POST', `/api/v1/statuses/${posts[v]}/reblog`);
          actual[r] = res.status;
          if (res.status === 200)
            await call(t, who, 'POST', `/api/v1/statuses/${posts[v]}/unreblog`);
        }
        const shareable = v === 'public' || v === 'unlisted';
        expect(actual).toEqual(
          row((r) => (r === 'signedOut' ? 401 : !canSee(v, r) ? 404 : shareable ? 200 : 403)),
        );
      });
    });
  }
});
