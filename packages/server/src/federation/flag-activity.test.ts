import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { createTestApp, testConfig } from '../testing/test-app.ts';
import { createOutboundBridge } from './outbound-bridge.ts';
import { OUTBOUND_QUEUE, type OutboundEvent } from './outbound-events.ts';
import { localUris } from './uri.ts';

let t: TestApp;
let reporter: Person;
let neighbour: Person;
let remote: Person;
let remotePostId: string;
const REMOTE = 'https://remote.example/users/troll';

beforeAll(async () => {
  t = await createTestApp();
  reporter = await person(t, 'reporter');
  neighbour = await person(t, 'neighbour');
  remote = await person(t, 'troll');
  remotePostId = (await post(t, remote, 'Un message blessant')).body.id;
  // As federation stores a remote account and its post.
  await t.database.db
    .updateTable('accounts')
    .set({
      domain: 'remote.example',
      uri: REMOTE,
      inbox_url: `${REMOTE}/inbox`,
      shared_inbox_url: 'https://remote.example/inbox',
    })
    .where('id', '=', remote.id)
    .execute();
  await t.database.db
    .updateTable('posts')
    .set({ local: 0, uri: `${REMOTE}/statuses/1` })
    .where('id', '=', remotePostId)
    .execute();
});
afterAll(() => t.close());

async function forwardedEvents(): Promise<OutboundEvent[]> {
  const rows = await t.database.db
    .selectFrom('jobs')
    .select('payload')
    .where('queue', '=', OUTBOUND_QUEUE)
    .execute();
  return rows
    .map((r) => JSON.parse(r.payload) as OutboundEvent)
    .filter((e) => e.type === 'report.forwarded');
}

describe('a report forwarded to the reported account’s server', () => {
  it('is recorded with the report only when the reporter asks and the account is remote', async () => {
    const kept = await call(t, reporter, 'POST', '/api/v1/reports', {
      account_id: remote.id,
      status_ids: [remotePostId],
      comment: 'Harcèlement',
    });
    expect(kept.status).toBe(200);
    const local = await call(t, reporter, 'POST', '/api/v1/reports', {
      account_id: neighbour.id,
      forward: true,
    });
    expect(local.status).toBe(200);
    expect(await forwardedEvents()).toEqual([]);
    const forwarded = await call(t, reporter, 'POST', '/api/v1/reports', {
      account_id: remote.id,
      status_ids: [remotePostId],
      comment: 'Harcèlement répété',
      forward: true,
    });
    expect(forwarded.status).toBe(200);
    expect(await forwardedEvents()).toEqual([
      { type: 'report.forwarded', reportId: forwarded.body.id },
    ]);
  });

  it('becomes a Flag from the instance actor, naming the account and the posts, never the reporter', async () => {
    const [event] = await forwardedEvents();
    const uris = localUris(testConfig().publicUrl);
    const bridge = createOutboundBridge({
      db: t.database.db,
      ids: createIdGenerator(),
      logger: createLogger('silent'),
      uris,
      localDomain: new URL(testConfig().publicUrl).host,
      context: () => {
        throw new Error('no network in this test');
      },
    });
    const outgoing = await bridge.outgoingFor(event as OutboundEvent);
    expect(outgoing?.sender).toBe('instance.actor');
    const json = (await outgoing?.activity.toJsonLd({ format: 'compact' })) as Record<
      string,
      unknown
    >;
    expect(json.type).toBe('Flag');
    expect(json.actor).toBe(uris.instanceActor());
    expect(json.object).toEqual([REMOTE, `${REMOTE}/statuses/1`]);
    expect(json.content).toBe('Harcèlement répété');
    expect(JSON.stringify(json)).not.toContain('reporter');
    expect(outgoing?.recipients.map((r) => r.id?.href)).toEqual([REMOTE]);
  });
});
