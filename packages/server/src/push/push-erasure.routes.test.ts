import { createECDH } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../accounts/test-helpers.ts';
import { call, follow, type Person } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Leaving Empathie takes the push subscriptions (and the tokens they hold) at once, and the
// erasure at the end of the grace period takes what the person did with announcements,
// suggestions and endorsements, on both sides.

let t: Awaited<ReturnType<typeof createTestApp>>;
let keeper: Person;
let leaving: Person;
let friend: Person;
const DAY = 24 * 3600 * 1000;

async function member(username: string): Promise<Person> {
  const { token, id } = await signUp(t.app, username);
  return { id, username, token };
}

const rows = (table: 'push_subscriptions' | 'endorsements' | 'suggestion_dismissals') =>
  t.database.db
    .selectFrom(table)
    .selectAll()
    .where((eb) =>
      table === 'push_subscriptions'
        ? eb('account_id', '=', leaving.id)
        : eb.or([eb('account_id', '=', leaving.id), eb('target_account_id', '=', leaving.id)]),
    )
    .execute();

beforeAll(async () => {
  t = await createTestApp({ allowPrivateAddress: true });
  keeper = await member('keeper');
  leaving = await member('leaving');
  friend = await member('friend');
});
afterAll(() => t.close());

describe('deleting an account', () => {
  it('drops its push subscriptions at once and its discovery traces at erasure', async () => {
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    const subscribed = await call(t, leaving, 'POST', '/api/v1/push/subscription', {
      subscription: {
        endpoint: 'https://push.example.net/abc',
        keys: { p256dh: ua.getPublicKey().toString('base64url'), auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
      },
    });
    expect(subscribed.status).toBe(200);
    await follow(t, leaving, friend);
    await follow(t, friend, leaving);
    expect((await call(t, leaving, 'POST', `/api/v1/accounts/${friend.id}/pin`)).status).toBe(200);
    await call(t, leaving, 'DELETE', `/api/v1/suggestions/${keeper.id}`);
    await call(t, friend, 'DELETE', `/api/v1/suggestions/${leaving.id}`);

    const deleted = await call(t, leaving, 'POST', '/api/empathie/v1/account/deletion', {
      password: 'a long password for leaving',
    });
    expect(deleted.status).toBe(202);
    expect(await rows('push_subscriptions')).toEqual([]);

    t.clock.advance(31 * DAY);
    await t.jobs.runDueJobs();
    expect(await rows('endorsements')).toEqual([]);
    expect(await rows('suggestion_dismissals')).toEqual([]);
  });
});
