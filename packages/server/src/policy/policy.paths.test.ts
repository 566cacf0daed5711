import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createEventBus } from '../shared/events.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createTestApp } from '../testing/test-app.ts';
import { createPolicy } from './policy.service.ts';
import type { ReachInput } from './policy.types.ts';

const SRC = join(import.meta.dirname, '..');

/** Source files of the server, without tests and their fixtures. */
function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(name) ? [path] : [];
  });
}

/** Reading or writing the block and mute tables, in Kysely or in raw SQL. */
const RELATION_TABLE =
  /\b(selectFrom|innerJoin|leftJoin|deleteFrom|insertInto|updateTable)\(\s*[`'"](blocks|mutes)\b|\b(from|join)\s+(blocks|mutes)\b/;

/**
 * Who may touch the tables: the policy (which decides), the relationships service (which keeps
 * the rows), block lists (which make them through that service and remember which), the data
 * export of one's own relations, migrations and the demo seeder.
 */
const ALLOWED = [
  'policy/',
  'relationships/',
  'block-lists/',
  'accounts/account-export.repository.ts',
  'accounts/account-erasure.repository.ts',
  'db/migrations/',
  'demo/',
];

describe('one policy module', () => {
  it('is the only place outside the relation keepers that reads blocks and mutes', () => {
    const offenders = sources()
      .map((path) => relative(SRC, path).split('\\').join('/'))
      .filter((path) => !ALLOWED.some((a) => path.startsWith(a)))
      .filter((path) => RELATION_TABLE.test(readFileSync(join(SRC, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a path writing its own block rule', () => {
    expect(RELATION_TABLE.test(".selectFrom('blocks')")).toBe(true);
    expect(RELATION_TABLE.test('select 1 from mutes m where')).toBe(true);
    expect(RELATION_TABLE.test("notBlockedWith(viewerId, 'a.id')")).toBe(false);
  });
});

describe('every path asks the policy', () => {
  let t: TestApp;
  let ana: Person;
  let bea: Person;
  let cy: Person;

  beforeAll(async () => {
    t = await createTestApp();
    ana = await person(t, 'ana');
    bea = await person(t, 'bea');
    cy = await person(t, 'cy');
    await follow(t, ana, bea);
  });
  afterAll(() => t.close());

  it('notifications: the shield hook is asked, and a held message creates nothing', async () => {
    const asked: ReachInput[] = [];
    const policy = createPolicy({
      db: t.database.db,
      clock: t.clock,
      shield: {
        isHeld: async (input) => {
          asked.push(input);
          return input.senderId === cy.id;
        },
      },
    });
    const notifications = createNotificationsService({
      db: t.database.db,
      clock: t.clock,
      ids: createIdGenerator(() => t.clock.now().getTime()),
      events: createEventBus(),
      policy,
    });
    const p = await post(t, cy, '@ana écoute-moi');
    await t.database.db.deleteFrom('notifications').execute();
    expect(await notifications.notify(ana.id, cy.id, 'mention', p.body.id)).toBe(false);
    expect(await notifications.notify(ana.id, bea.id, 'follow', null)).toBe(true);
    expect(asked.map((a) => [a.senderId, a.type])).toEqual([
      [cy.id, 'mention'],
      [bea.id, 'follow'],
    ]);
    const rows = await t.database.db
      .selectFrom('notifications')
      .select('from_account_id')
      .execute();
    expect(rows.map((r) => r.from_account_id)).toEqual([bea.id]);
    // Blocks and self come before the shield: it is not even asked.
    asked.length = 0;
    expect(
      await policy.reach({ recipientId: ana.id, senderId: ana.id, type: 'follow', postId: null }),
    ).toEqual({
      kind: 'drop',
      reason: 'self',
    });
    expect(asked).toEqual([]);
  });

  it('a block made by a block-list subscription is honoured on every path', async () => {
    const hello = await post(t, bea, 'Bonjour #empathie à tous');
    const list = await call(t, cy, 'POST', '/api/empathie/v1/block_lists', { title: 'L' });
    await call(t, cy, 'POST', `/api/empathie/v1/block_lists/${list.body.id}/accounts`, {
      account_ids: [bea.id],
    });
    await call(t, ana, 'POST', `/api/empathie/v1/block_lists/${list.body.id}/subscribe`, {
      action: 'block',
    });
    const ids = (list: Array<{ id: string }>) => list.map((s) => s.id);
    // Timelines, profile, tag, thread, search, by id.
    expect(ids((await call(t, ana, 'GET', '/api/v1/timelines/home')).body)).not.toContain(
      hello.body.id,
    );
    expect(ids((await call(t, ana, 'GET', '/api/v1/timelines/public')).body)).not.toContain(
      hello.body.id,
    );
    expect(ids((await call(t, ana, 'GET', '/api/v1/timelines/tag/empathie')).body)).not.toContain(
      hello.body.id,
    );
    expect(ids((await call(t, ana, 'GET', `/api/v1/accounts/${bea.id}/statuses`)).body)).toEqual(
      [],
    );
    expect((await call(t, ana, 'GET', `/api/v1/statuses/${hello.body.id}`)).status).toBe(404);
    const search = await call(t, ana, 'GET', '/api/v2/search?q=bonjour');
    expect(ids(search.body.statuses)).not.toContain(hello.body.id);
    const people = await call(t, ana, 'GET', '/api/v2/search?q=bea');
    expect(ids(people.body.accounts)).not.toContain(bea.id);
    // Mentions and notifications: bea cannot reach ana by naming her, nor reply to her.
    const mine = await post(t, ana, 'Ma question');
    await post(t, bea, '@ana tu m’entends ?');
    const notes = (await call(t, ana, 'GET', '/api/v1/notifications')).body as Array<{
      account: { id: string };
    }>;
    expect(notes.map((n) => n.account.id)).not.toContain(bea.id);
    expect((await post(t, bea, 'Réponse', { in_reply_to_id: mine.body.id })).status).toBe(404);
    // Unsubscribing restores it.
    await call(t, ana, 'POST', `/api/empathie/v1/block_lists/${list.body.id}/unsubscribe`);
    expect((await call(t, ana, 'GET', `/api/v1/statuses/${hello.body.id}`)).status).toBe(200);
  });
});
