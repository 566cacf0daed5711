import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Mastodon 4.3's grouped notifications: "Max, Zoé and 1 other favourited your post".

let t: TestApp;
let lea: Person;
const fans: Person[] = [];
beforeAll(async () => {
  t = await createTestApp();
  lea = await person(t, 'lea');
  for (const name of ['max', 'zoe', 'sam']) fans.push(await person(t, name));
});
afterAll(() => t.close());

describe('v2 grouped notifications', () => {
  it('groups favourites of a post and follows, leaves mentions alone, and says who once', async () => {
    const mine = (await post(t, lea, 'Bonjour')).body.id;
    for (const fan of fans) await call(t, fan, 'POST', `/api/v1/statuses/${mine}/favourite`);
    for (const fan of fans.slice(0, 2)) await follow(t, fan, lea);
    const [max, zoe, sam] = fans as [Person, Person, Person];
    const mention = (await post(t, max, '@lea coucou')).body.id;
    await t.jobs.runDueJobs();

    const answer = await call(t, lea, 'GET', '/api/v2/notifications');
    expect(answer.status).toBe(200);
    const groups = answer.body.notification_groups as Array<{
      group_key: string;
      type: string;
      notifications_count: number;
      sample_account_ids: string[];
      status_id: string | null;
    }>;
    const byType = new Map(groups.map((g) => [g.type, g]));
    expect(byType.get('favourite')).toMatchObject({
      group_key: `favourite-${mine}`,
      notifications_count: 3,
      status_id: mine,
    });
    expect(new Set(byType.get('favourite')?.sample_account_ids)).toEqual(
      new Set([max.id, zoe.id, sam.id]),
    );
    expect(byType.get('follow')?.notifications_count).toBe(2);
    expect(byType.get('mention')).toMatchObject({ notifications_count: 1, status_id: mention });
    expect(byType.get('mention')?.group_key).toMatch(/^ungrouped-\d+$/);
    // Accounts and statuses come once each, beside the groups.
    expect(answer.body.accounts.map((a: { id: string }) => a.id).sort()).toEqual(
      [max.id, zoe.id, sam.id].sort(),
    );
    expect(answer.body.statuses.map((s: { id: string }) => s.id).sort()).toEqual(
      [mine, mention].sort(),
    );

    // Ungrouped on request: one group per favourite.
    const apart = await call(t, lea, 'GET', '/api/v2/notifications?grouped_types[]=follow');
    expect(
      apart.body.notification_groups.filter((g: { type: string }) => g.type === 'favourite'),
    ).toHaveLength(3);

    // A blocked sender leaves the groups and the accounts.
    await block(t, lea, sam);
    const after = await call(t, lea, 'GET', '/api/v2/notifications?types[]=favourite');
    expect(after.body.notification_groups).toHaveLength(1);
    expect(after.body.notification_groups[0].notifications_count).toBe(2);
    expect(after.body.accounts.map((a: { id: string }) => a.id)).not.toContain(sam.id);
    expect((await call(t, null, 'GET', '/api/v2/notifications')).status).toBe(401);
  });
});
