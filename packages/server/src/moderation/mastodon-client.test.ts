import { createRestAPIClient } from 'masto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Existing Mastodon admin tools must work unchanged: this drives the admin routes with `masto`,
// a Mastodon client library, its requests answered in-process by the app.
let t: TestApp;
let admin: Person;
let member: Person;
let troll: Person;
let trollPost: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await person(t, 'admin', { role: 'admin' });
  member = await person(t, 'member');
  troll = await person(t, 'troll');
  trollPost = (await post(t, troll, 'Du spam, encore du spam.')).body.id;
  vi.stubGlobal('fetch', (input: Request) => t.app.request(input));
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await t.close();
});

const client = (who: Person) =>
  createRestAPIClient({ url: 'http://empathie.test', accessToken: who.token });

describe('a Mastodon client library', () => {
  it('files a report, then moderates it through the admin API', async () => {
    const report = await client(member).v1.reports.create({
      accountId: troll.id,
      statusIds: [trollPost],
      comment: 'spam',
      category: 'spam',
    });
    expect(report.id).toMatch(/^\d+$/);

    const moderator = client(admin);
    const open = await moderator.v1.admin.reports.list({ resolved: false });
    expect(open.map((r) => r.id)).toContain(report.id);
    const fetched = await moderator.v1.admin.reports.$select(report.id).fetch();
    expect(fetched.targetAccount.username).toBe('troll');
    expect(fetched.statuses.map((s) => s.id)).toEqual([trollPost]);

    const assigned = await moderator.v1.admin.reports.$select(report.id).assignToSelf();
    expect(assigned.assignedAccount?.id).toBe(admin.id);

    await moderator.v1.admin.accounts.$select(troll.id).action.create({
      type: 'silence',
      reportId: report.id,
      text: 'Spam répété.',
    });
    const account = await moderator.v1.admin.accounts.$select(troll.id).fetch();
    expect(account.silenced).toBe(true);
    const resolved = await moderator.v1.admin.reports.$select(report.id).fetch();
    expect(resolved.actionTaken).toBe(true);

    const silenced = await moderator.v1.admin.accounts.list({ silenced: true });
    expect(silenced.map((a) => a.id)).toEqual([troll.id]);
    const reopened = await moderator.v1.admin.reports.$select(report.id).reopen();
    expect(reopened.actionTaken).toBe(false);

    const lifted = await moderator.v1.admin.accounts.$select(troll.id).unsilence();
    expect(lifted.silenced).toBe(false);
    expect(await moderator.v1.admin.accounts.list({ silenced: true })).toEqual([]);
  });

  it('is refused the admin API with a member’s token', async () => {
    await expect(client(member).v1.admin.reports.list()).rejects.toMatchObject({ statusCode: 403 });
  });
});
