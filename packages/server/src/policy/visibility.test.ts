import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import type { Visibility } from '../db/schema.ts';
import { insertAccountRow } from '../testing/account-row.fixture.ts';
import { freshDatabase } from '../testing/test-app.ts';
import { canBeShared, canSee, visibleTo } from './visibility.ts';

const VISIBILITIES: Visibility[] = ['public', 'unlisted', 'private', 'direct'];
const NOW = '2026-11-01T10:00:00.000Z';

describe('visibility rule', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await freshDatabase();
  });
  afterAll(() => h.close());

  const account = (id: string) => insertAccountRow(h.db, id, `u${id}`, NOW);

  it('the SQL predicate and the pure function agree on every case', async () => {
    let n = 0;
    const cases: string[] = [];
    for (const visibility of VISIBILITIES) {
      for (const follows of [false, true]) {
        for (const mentioned of [false, true]) {
          for (const block of ['none', 'authorBlocks', 'viewerBlocks'] as const) {
            for (const who of ['viewer', 'author', 'signedOut'] as const) {
              n += 1;
              const author = `${n}1`;
              const viewer = `${n}2`;
              await account(author);
              await account(viewer);
              const relation = (table: 'follows' | 'blocks', a: string, b: string) =>
                h.db
                  .insertInto(table)
                  .values({ id: `${a}${b}`, account_id: a, target_account_id: b, created_at: NOW })
                  .execute();
              if (follows) await relation('follows', viewer, author);
              if (block === 'authorBlocks') await relation('blocks', author, viewer);
              if (block === 'viewerBlocks') await relation('blocks', viewer, author);
              const postId = `${n}9`;
              await h.db
                .insertInto('posts')
                .values({
                  id: postId,
                  account_id: author,
                  uri: `https://e.test/p/${postId}`,
                  url: `https://e.test/p/${postId}`,
                  text: 'x',
                  content_html: '<p>x</p>',
                  spoiler_text: '',
                  sensitive: 0,
                  visibility,
                  language: null,
                  in_reply_to_id: null,
                  in_reply_to_account_id: null,
                  reblog_of_id: null,
                  thread_root_id: null,
                  local: 1,
                  replies_count: 0,
                  reblogs_count: 0,
                  favourites_count: 0,
                  created_at: NOW,
                  edited_at: null,
                })
                .execute();
              if (mentioned) {
                await h.db
                  .insertInto('mentions')
                  .values({ post_id: postId, account_id: viewer })
                  .execute();
              }
              const viewerId = who === 'signedOut' ? null : who === 'author' ? author : viewer;
              const sqlSees =
                (await h.db
                  .selectFrom('posts as p')
                  .select('p.id')
                  .where('p.id', '=', postId)
                  .where(visibleTo(viewerId, 'p'))
                  .executeTakeFirst()) !== undefined;
              const pureSees = canSee(
                { account_id: author, visibility },
                {
                  viewerId,
                  follows: who === 'viewer' && follows,
                  mentioned: who === 'viewer' && mentioned,
                  blocked: who === 'viewer' && block !== 'none',
                },
              );
              expect({ visibility, follows, mentioned, block, who, sees: sqlSees }).toEqual({
                visibility,
                follows,
                mentioned,
                block,
                who,
                sees: pureSees,
              });
              if (pureSees) cases.push(`${visibility}/${who}`);
            }
          }
        }
      }
    }
    // Spot checks of the rule itself, so both implementations cannot be wrong together.
    expect(
      canSee(
        { account_id: 'a', visibility: 'private' },
        { viewerId: 'v', follows: true, mentioned: false, blocked: false },
      ),
    ).toBe(true);
    expect(
      canSee(
        { account_id: 'a', visibility: 'direct' },
        { viewerId: 'v', follows: true, mentioned: false, blocked: false },
      ),
    ).toBe(false);
    expect(
      canSee(
        { account_id: 'a', visibility: 'public' },
        { viewerId: 'v', follows: false, mentioned: false, blocked: true },
      ),
    ).toBe(false);
    expect(
      canSee(
        { account_id: 'a', visibility: 'unlisted' },
        { viewerId: null, follows: false, mentioned: false, blocked: false },
      ),
    ).toBe(true);
    expect(cases).toContain('direct/author');
    expect(cases).not.toContain('direct/signedOut');
  });

  it('only public and unlisted posts can be shared', () => {
    expect(VISIBILITIES.filter(canBeShared)).toEqual(['public', 'unlisted']);
  });
});
