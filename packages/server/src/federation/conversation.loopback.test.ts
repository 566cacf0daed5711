import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../media/media-test-images.ts';
import {
  type Instance,
  type InstancePerson,
  type Instances,
  startInstances,
} from './testing/instances.fixture.ts';

/**
 * CROSS-INSTANCE CONVERSATION TEST (slow: three real server processes on loopback).
 * The conversation both ways between Empathie instances, through the Mastodon API as people's
 * apps use it and real HTTP-signed deliveries between the processes: follow (and a locked
 * account's request), post, reply, mention, like, share, edit, delete, followers-only kept from a
 * third instance, a hurtful remote reply folded, a remote pile-on raising the shield, block.
 * Each step waits (polling) for the delivery, never for a fixed time.
 */
let net: Instances;
let one: Instance;
let two: Instance;
let three: Instance;
let alice: InstancePerson; // on one
let bob: InstancePerson; // on two, follows alice
let carl: InstancePerson; // on two, locked
let dave: InstancePerson; // on three, follows nobody
let erin: InstancePerson; // on three, follows alice

const HURTFUL = 'you are a pathetic idiot, nobody wants you here';

beforeAll(async () => {
  net = await startInstances(3);
  [one, two, three] = net.instances as [Instance, Instance, Instance];
  alice = await one.signUp('alice');
  bob = await two.signUp('bob');
  carl = await two.signUp('carl');
  dave = await three.signUp('dave');
  erin = await three.signUp('erin');
  await api(two, carl, 'PATCH', '/api/v1/accounts/update_credentials', { locked: true });
}, 240_000);
afterAll(() => net?.stop(), 30_000);

async function api(
  on: Instance,
  who: InstancePerson | null,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await on.call(method, path, who?.token, body);
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: JSON of the Mastodon API, checked by each test
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, body: json };
}

/** Polls `probe` until it returns a value (not undefined/false), or fails after `ms`. */
async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  ms = 15_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not within ${ms} ms\n--- one:\n${one.output().slice(-3000)}\n--- two:\n${two.output().slice(-3000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Finds a remote person from an instance, as an app's search does; their local id there. */
async function resolve(on: Instance, who: InstancePerson, target: InstancePerson): Promise<string> {
  const r = await api(
    on,
    who,
    'GET',
    `/api/v2/search?q=${encodeURIComponent(`@${target.acct}`)}&resolve=true`,
  );
  expect(r.status).toBe(200);
  const found = r.body.accounts.find((a: { acct: string }) => a.acct === target.acct);
  expect(found, `search for ${target.acct}`).toBeDefined();
  return found.id;
}

async function homeStatus(on: Instance, who: InstancePerson, text: string) {
  const home = await api(on, who, 'GET', '/api/v1/timelines/home?limit=40');
  return home.body.find((s: { content: string }) => s.content.includes(text));
}

async function notification(on: Instance, who: InstancePerson, type: string, accountAcct: string) {
  const list = await api(on, who, 'GET', '/api/v1/notifications?limit=80');
  return list.body.find(
    (n: { type: string; account: { acct: string } }) =>
      n.type === type && n.account.acct === accountAcct,
  );
}

let aliceOnTwo: string;
let postOnOne: string;
let postOnTwo: string;

describe('the conversation across Empathie instances (cross-instance, slow)', () => {
  it('follows a remote person: their server accepts, and posts then reach home', async () => {
    aliceOnTwo = await resolve(two, bob, alice);
    const followed = await api(two, bob, 'POST', `/api/v1/accounts/${aliceOnTwo}/follow`);
    expect(followed.status).toBe(200);
    await eventually('Accept reaches two', async () => {
      const rel = await api(two, bob, 'GET', `/api/v1/accounts/relationships?id[]=${aliceOnTwo}`);
      return rel.body[0]?.following === true;
    });
    // Alice learns of her new follower on her own instance.
    await eventually('follow notification on one', () =>
      notification(one, alice, 'follow', bob.acct),
    );

    const started = Date.now();
    const posted = await api(one, alice, 'POST', '/api/v1/statuses', {
      status: 'Bonjour du premier serveur',
    });
    expect(posted.status).toBe(200);
    postOnOne = posted.body.id;
    const seen = await eventually(
      'post reaches bob’s home',
      () => homeStatus(two, bob, 'Bonjour du premier'),
      10_000,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(seen.account.acct).toBe(alice.acct);
    postOnTwo = seen.id;
  }, 60_000);

  it('carries a call to action as a call to another Empathie, closed there when it closes', async () => {
    const title = 'Volunteers to translate our guide';
    const created = await api(one, alice, 'POST', '/api/empathie/v1/calls', {
      title,
      description: 'Into Spanish and Arabic, before the school year.',
      skills: [{ name: 'Translation', wanted: 4 }],
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      visibility: 'public',
    });
    expect(created.status).toBe(200);
    const seen = await eventually('the call reaches two with its structured form', async () => {
      const status = await homeStatus(two, bob, title);
      return status?.empathie?.call ? status : undefined;
    });
    expect(seen.empathie.call).toMatchObject({
      title,
      skills: [{ name: 'Translation', wanted: 4, joined: 0 }],
      state: 'open',
      remote: true,
      origin_url: `${one.origin}/calls/${created.body.id}`,
    });
    const closed = await api(
      one,
      alice,
      'POST',
      `/api/empathie/v1/calls/${created.body.id}/close`,
      {
        outcome: 'Both translations are online.',
      },
    );
    expect(closed.status).toBe(200);
    await eventually('two reads the call again once it closes', async () => {
      const status = await homeStatus(two, bob, title);
      return status?.empathie?.call?.state === 'closed';
    });
  });

  it('shows an image post with its alt text on the other side, served by its image proxy', async () => {
    const form = new FormData();
    const bytes = await png(60, 40);
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'a.png', { type: 'image/png' }));
    form.set('description', 'Un héron dans les roseaux');
    const uploaded = await fetch(`${one.origin}/api/v1/media`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${alice.token}` },
    });
    expect(uploaded.status).toBe(200);
    const media = (await uploaded.json()) as { id: string };
    await api(one, alice, 'POST', '/api/v1/statuses', {
      status: 'Vu ce matin',
      media_ids: [media.id],
    });
    const seen = await eventually('image post reaches bob', () =>
      homeStatus(two, bob, 'Vu ce matin'),
    );
    const [image] = seen.media_attachments;
    expect(image).toMatchObject({ type: 'image', description: 'Un héron dans les roseaux' });
    expect(image.remote_url.startsWith(`${one.origin}/media/`)).toBe(true);
    expect(image.url.startsWith(`${two.origin}/media/proxy/`)).toBe(true);
    const file = await fetch(image.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
  }, 30_000);

  it('asks a locked remote account, and follows once its owner accepts', async () => {
    const carlOnOne = await resolve(one, alice, carl);
    const asked = await api(one, alice, 'POST', `/api/v1/accounts/${carlOnOne}/follow`);
    expect(asked.body).toMatchObject({ following: false, requested: true });
    const request = await eventually('request reaches carl', async () => {
      const list = await api(two, carl, 'GET', '/api/v1/follow_requests');
      return list.body.find((a: { acct: string }) => a.acct === alice.acct);
    });
    await api(two, carl, 'POST', `/api/v1/follow_requests/${request.id}/authorize`);
    await eventually('Accept reaches one', async () => {
      const rel = await api(one, alice, 'GET', `/api/v1/accounts/relationships?id[]=${carlOnOne}`);
      return rel.body[0]?.following === true;
    });
  }, 60_000);

  it('carries a reply back into the thread, and a mention, a like and a share to their owner', async () => {
    const reply = await api(two, bob, 'POST', '/api/v1/statuses', {
      status: `@${alice.acct} Bonjour à toi aussi`,
      in_reply_to_id: postOnTwo,
    });
    expect(reply.status).toBe(200);
    await eventually('reply in alice’s thread', async () => {
      const context = await api(one, alice, 'GET', `/api/v1/statuses/${postOnOne}/context`);
      return context.body.descendants?.find((s: { content: string }) =>
        s.content.includes('aussi'),
      );
    });
    await api(two, bob, 'POST', '/api/v1/statuses', { status: `Une pensée pour @${alice.acct}` });
    await api(two, bob, 'POST', `/api/v1/statuses/${postOnTwo}/favourite`);
    await api(two, bob, 'POST', `/api/v1/statuses/${postOnTwo}/reblog`);
    await eventually('mention', async () => {
      const list = await api(one, alice, 'GET', '/api/v1/notifications?limit=80');
      return list.body.find(
        (n: { type: string; status?: { content: string } }) =>
          n.type === 'mention' && n.status?.content.includes('Une pensée'),
      );
    });
    await eventually('favourite', () => notification(one, alice, 'favourite', bob.acct));
    await eventually('reblog', () => notification(one, alice, 'reblog', bob.acct));
    const counted = await api(one, alice, 'GET', `/api/v1/statuses/${postOnOne}`);
    expect(counted.body).toMatchObject({ favourites_count: 1, reblogs_count: 1 });
  }, 60_000);

  it('carries a poll as a Question, and counts a vote sent from the other side', async () => {
    const asked = await api(one, alice, 'POST', '/api/v1/statuses', {
      status: 'Thé ou café ?',
      poll: { options: ['Thé', 'Café'], expires_in: 3600 },
    });
    expect(asked.status).toBe(200);
    const seen = await eventually('poll reaches bob’s home', async () => {
      const s = await homeStatus(two, bob, 'Thé ou café');
      return s?.poll ? s : undefined;
    });
    expect(seen.poll.options.map((o: { title: string }) => o.title)).toEqual(['Thé', 'Café']);
    const voted = await api(two, bob, 'POST', `/api/v1/polls/${seen.poll.id}/votes`, {
      choices: [1],
    });
    expect(voted.status).toBe(200);
    const counted = await eventually('vote counted on one', async () => {
      const s = await api(one, alice, 'GET', `/api/v1/statuses/${asked.body.id}`);
      return s.body.poll?.voters_count === 1 ? s.body : undefined;
    });
    expect(counted.poll.options[1].votes_count).toBe(1);
    // The vote is no reply on either side.
    expect(counted.replies_count).toBe(0);
  }, 30_000);

  it('applies an edit and a deletion on the other side', async () => {
    await api(one, alice, 'PUT', `/api/v1/statuses/${postOnOne}`, { status: 'Bonjour, corrigé' });
    await eventually('edit on two', async () => {
      const s = await api(two, bob, 'GET', `/api/v1/statuses/${postOnTwo}`);
      return s.body.content?.includes('corrigé') && s.body.edited_at !== null;
    });
    await api(one, alice, 'DELETE', `/api/v1/statuses/${postOnOne}`);
    await eventually('deletion on two', async () => {
      const s = await api(two, bob, 'GET', `/api/v1/statuses/${postOnTwo}`);
      return s.status === 404;
    });
  }, 60_000);

  it('keeps a followers-only post from a third instance that is not addressed', async () => {
    await resolve(three, dave, alice);
    const secret = await api(one, alice, 'POST', '/api/v1/statuses', {
      status: 'Seulement pour qui me suit',
      visibility: 'private',
    });
    await eventually('followers-only reaches bob', () => homeStatus(two, bob, 'Seulement pour'));
    const note = await fetch(`${one.origin}/users/alice/statuses/${secret.body.id}`, {
      headers: { accept: 'application/activity+json' },
    });
    expect(note.status).toBe(404);
    const looked = await api(
      three,
      dave,
      'GET',
      `/api/v2/search?q=${encodeURIComponent(`${one.origin}/users/alice/statuses/${secret.body.id}`)}&resolve=true`,
    );
    expect(looked.body.statuses ?? []).toEqual([]);
    expect(await homeStatus(three, dave, 'Seulement pour')).toBeUndefined();
    const stored = await api(three, dave, 'GET', '/api/v1/timelines/public?limit=40');
    expect(JSON.stringify(stored.body)).not.toContain('Seulement pour');
  }, 60_000);

  it('folds a hurtful remote reply for the person it answers', async () => {
    const root = await api(one, alice, 'POST', '/api/v1/statuses', {
      status: 'Mon premier dessin, soyez doux',
    });
    const onTwo = await eventually('post on two', () => homeStatus(two, bob, 'premier dessin'));
    await api(two, bob, 'POST', '/api/v1/statuses', {
      status: `@${alice.acct} ${HURTFUL}`,
      in_reply_to_id: onTwo.id,
    });
    const n = await eventually('reply notification', async () => {
      const list = await api(one, alice, 'GET', '/api/v1/notifications?limit=80');
      return list.body.find(
        (x: { status?: { content: string; in_reply_to_id: string } }) =>
          x.status?.in_reply_to_id === root.body.id && x.status?.content.includes('pathetic'),
      );
    });
    expect(n.status.empathie.folded).toBe(true);
  }, 60_000);

  it('raises the shield when remote strangers pile on', async () => {
    const erinSees = await resolve(three, erin, alice);
    await api(three, erin, 'POST', `/api/v1/accounts/${erinSees}/follow`);
    await eventually('erin follows', async () => {
      const rel = await api(three, erin, 'GET', `/api/v1/accounts/relationships?id[]=${erinSees}`);
      return rel.body[0]?.following === true;
    });
    const root = await api(one, alice, 'POST', '/api/v1/statuses', {
      status: 'Ma photo de vacances',
    });
    const onTwo = await eventually('on two', () => homeStatus(two, bob, 'photo de vacances'));
    const onThree = await eventually('on three', () =>
      homeStatus(three, erin, 'photo de vacances'),
    );
    const insults = [
      'shut up you stupid clown',
      'you are a pathetic idiot',
      'ferme-la espèce de nulle',
    ];
    // A pack on two other servers, signing up and replying at once, as a pile-on does.
    const names = [0, 1, 2, 3, 4, 5, 6, 7];
    const pack: Array<[Instance, InstancePerson, string]> = [
      ...(await Promise.all(names.map((i) => two.signUp(`troll${i}`)))).map(
        (p) => [two, p, onTwo.id] as [Instance, InstancePerson, string],
      ),
      ...(await Promise.all(names.map((i) => three.signUp(`meute${i}`)))).map(
        (p) => [three, p, onThree.id] as [Instance, InstancePerson, string],
      ),
    ];
    const t0 = Date.now();
    console.info(`pile-on: ${pack.length} signed up`);
    const replies = await Promise.all(
      pack.map(([on, who, id], i) =>
        api(on, who, 'POST', '/api/v1/statuses', {
          status: `@${alice.acct} ${insults[i % insults.length]}`,
          in_reply_to_id: id,
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(pack.map(() => 200));
    console.info(`pile-on: replies posted in ${Date.now() - t0} ms`);
    await eventually(
      'shield on',
      async () => (await api(one, alice, 'GET', '/api/empathie/v1/shield')).body.active === true,
      30_000,
    );
    console.info(`pile-on: shield on ${Date.now() - t0} ms after the first reply`);
    expect(root.status).toBe(200);
  }, 120_000);

  it('a block reaches the blocked person’s server and ends their follow', async () => {
    const bobOnOne = await resolve(one, alice, bob);
    await api(one, alice, 'POST', `/api/v1/accounts/${bobOnOne}/block`);
    await eventually('follow cut on two', async () => {
      const rel = await api(two, bob, 'GET', `/api/v1/accounts/relationships?id[]=${aliceOnTwo}`);
      return rel.body[0] === undefined || rel.body[0].following === false;
    });
  }, 60_000);
});
