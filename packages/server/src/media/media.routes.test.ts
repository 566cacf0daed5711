import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../accounts/test-helpers.ts';
import { call, follow, type Person, post, type Reply } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { hasGpsPointer, phonePhoto, png, SVG } from './media-test-images.ts';

// An image travels with its description from the upload to every reader allowed to see the
// post, and to nobody else; its files leave with the post, the account, or after a day unused.

let t: Awaited<ReturnType<typeof createTestApp>>;
let ana: Person;
let bob: Person;
let eve: Person;

const DAY = 24 * 60 * 60_000;

async function member(username: string): Promise<Person> {
  const { token, id } = await signUp(t.app, username);
  return { id, username, token };
}

async function upload(
  who: Person | null,
  bytes: Uint8Array,
  fields: Record<string, string> = {},
  path = '/api/v2/media',
  type = 'image/jpeg',
): Promise<Reply> {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'photo.jpg', { type }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (who) headers.authorization = `Bearer ${who.token}`;
  const response = await t.app.request(path, { method: 'POST', body: form, headers });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** The file behind a public media URL, fetched from the app as a reader's browser would. */
function fetchFile(url: string) {
  return t.app.request(new URL(url).pathname);
}

async function uploaded(who: Person, description = 'A red square on a white wall') {
  const reply = await upload(who, await png(80, 60), { description });
  expect(reply.status).toBe(200);
  return reply.body as { id: string; url: string; preview_url: string };
}

beforeAll(async () => {
  t = await createTestApp();
  ana = await member('anamedia');
  bob = await member('bobmedia');
  eve = await member('evemedia');
  await follow(t, bob, ana);
});
afterAll(() => t.close());

describe('uploading an image', () => {
  it('answers Mastodon’s MediaAttachment, upright, described, without its GPS position', async () => {
    const reply = await upload(ana, await phonePhoto(300, 150), {
      description: 'Our allotment at dawn',
      focus: '0.5,-0.25',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      type: 'image',
      description: 'Our allotment at dawn',
      remote_url: null,
      meta: {
        original: { width: 150, height: 300, size: '150x300', aspect: 0.5 },
        small: { width: 150, height: 300 },
        focus: { x: 0.5, y: -0.25 },
      },
    });
    expect(reply.body.id).toMatch(/^\d+$/);
    expect(reply.body.blurhash).toEqual(expect.any(String));
    // Random, unguessable names: 128 bits, nothing of the account or the post.
    expect(reply.body.url).toMatch(/^http:\/\/empathie\.test\/media\/[A-Za-z0-9_-]{22}\.jpg$/);
    expect(reply.body.preview_url).not.toBe(reply.body.url);

    const file = await fetchFile(reply.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(file.headers.get('cache-control')).toContain('max-age=31536000');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(hasGpsPointer(bytes.subarray(0, 2000))).toBe(false);
    expect(bytes.includes(Buffer.from('SecretCam'))).toBe(false);
  });

  it('takes the v1 route too, and images larger than the 1 MiB of other requests', async () => {
    const noise = Buffer.alloc(900 * 900 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const heavy = await sharp(noise, { raw: { width: 900, height: 900, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    expect(heavy.length).toBeGreaterThan(1024 * 1024);
    const reply = await upload(ana, heavy, {}, '/api/v1/media');
    expect(reply.status).toBe(200);
    expect(reply.body.description).toBeNull();
    // Everywhere else the limit stays 1 MiB.
    const big = await call(t, ana, 'POST', '/api/v1/statuses', { status: 'x'.repeat(1_100_000) });
    expect(big.status).toBe(413);
  });

  it('refuses SVG, animations, and what is not an image, with a clear 422', async () => {
    const svg = await upload(ana, SVG, {}, '/api/v2/media', 'image/svg+xml');
    expect(svg.status).toBe(422);
    expect(svg.body.error).toBe('validation_failed');
    expect(svg.body.details.reason).toBe('unsupported_media_type');
    expect(svg.body.error_description).toContain('SVG');
    // Named .jpg and typed image/jpeg, but an SVG all the same: the bytes decide.
    expect((await upload(ana, SVG)).body.details.reason).toBe('unsupported_media_type');
    const text = await upload(ana, Buffer.from('just some words, long enough'));
    expect(text.status).toBe(422);
    expect((await upload(ana, Buffer.alloc(17 * 1024 * 1024))).status).toBe(413);
  });

  it('refuses a description over 1,500 characters and a focus outside [-1, 1]', async () => {
    const image = await png();
    expect((await upload(ana, image, { description: 'a'.repeat(1501) })).status).toBe(422);
    expect((await upload(ana, image, { focus: '2,0' })).status).toBe(422);
    expect((await upload(ana, image, { focus: 'left' })).status).toBe(422);
    expect((await upload(ana, image, { description: 'a'.repeat(1500) })).status).toBe(200);
    expect((await upload(null, image)).status).toBe(401);
  });

  it('answers 202 with a null url while processing, then 206 and 200 as Mastodon does', async () => {
    const started = await t.media.upload(ana.id, { bytes: await phonePhoto(2400, 1800) }, 0);
    if (!started.ok) throw new Error(started.error.kind);
    expect(started.value.state).toBe('processing');
    const id = started.value.id;
    // Still processing: it cannot go on a post yet.
    const early = await post(t, ana, '', { media_ids: [id] });
    expect(early.status).toBe(422);
    expect(early.body.details.reason).toBe('still_processing');
    let reply = await call(t, ana, 'GET', `/api/v1/media/${id}`);
    for (let i = 0; i < 100 && reply.status === 206; i++) {
      expect(reply.body.url).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 50));
      reply = await call(t, ana, 'GET', `/api/v1/media/${id}`);
    }
    expect(reply.status).toBe(200);
    expect(reply.body.url).toEqual(expect.any(String));
  });
});

describe('describing and attaching: the owner only', () => {
  it('lets the owner describe an image and refuses everyone else as if it did not exist', async () => {
    const image = await uploaded(ana);
    const described = await call(t, ana, 'PUT', `/api/v1/media/${image.id}`, {
      description: 'A red square, slightly tilted',
      focus: '0,1',
    });
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({
      description: 'A red square, slightly tilted',
      meta: { focus: { x: 0, y: 1 } },
    });
    expect((await call(t, ana, 'GET', `/api/v1/media/${image.id}`)).body.description).toBe(
      'A red square, slightly tilted',
    );
    for (const who of [bob, eve]) {
      expect((await call(t, who, 'GET', `/api/v1/media/${image.id}`)).status).toBe(404);
      const changed = await call(t, who, 'PUT', `/api/v1/media/${image.id}`, { description: 'x' });
      expect(changed.status).toBe(404);
    }
    expect((await call(t, null, 'GET', `/api/v1/media/${image.id}`)).status).toBe(401);
    expect((await call(t, ana, 'GET', `/api/v1/media/${image.id}`)).body.description).toBe(
      'A red square, slightly tilted',
    );
  });

  it('attaches up to four of one’s own free images; a post may be images alone', async () => {
    const images = [await uploaded(ana, 'one'), await uploaded(ana, 'two')];
    const created = await post(t, ana, '', { media_ids: images.map((m) => m.id) });
    expect(created.status).toBe(200);
    expect(created.body.content).toBe('');
    expect(
      created.body.media_attachments.map((m: { id: string; description: string }) => [
        m.id,
        m.description,
      ]),
    ).toEqual([
      [images[0]?.id, 'one'],
      [images[1]?.id, 'two'],
    ]);
    // Already on a post: not for a second one.
    const again = await post(t, ana, 'again', { media_ids: [images[0]?.id] });
    expect(again.status).toBe(422);
    expect(again.body.details.field).toBe('media_ids');
    // Someone else's image cannot be attached, even by its id.
    const bobs = await uploaded(bob);
    expect((await post(t, ana, 'mine now', { media_ids: [bobs.id] })).status).toBe(422);
    // Five is one too many; empty text without images is still empty.
    const five = await Promise.all([1, 2, 3, 4, 5].map(() => uploaded(ana)));
    expect((await post(t, ana, 'five', { media_ids: five.map((m) => m.id) })).status).toBe(422);
    expect((await post(t, ana, '', {})).status).toBe(422);
    // Form encoding, as most Mastodon apps send it.
    const form = new URLSearchParams();
    form.append('status', 'four by form');
    for (const m of five.slice(0, 4)) form.append('media_ids[]', m.id);
    const byForm = await t.app.request('/api/v1/statuses', {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${ana.token}` },
    });
    expect(byForm.status).toBe(200);
    const byFormBody = (await byForm.json()) as { media_attachments: unknown[] };
    expect(byFormBody.media_attachments).toHaveLength(4);
  });

  it('refuses images on a scheduled post rather than dropping them', async () => {
    const image = await uploaded(ana);
    const scheduled = await post(t, ana, 'later', {
      media_ids: [image.id],
      scheduled_at: new Date(t.clock.now().getTime() + DAY).toISOString(),
    });
    expect(scheduled.status).toBe(422);
  });
});

describe('timelines and the instance', () => {
  it('answers only_media with the posts that carry images', async () => {
    const image = await uploaded(eve, 'A heron by the canal');
    const pictured = await post(t, eve, 'Look #heron', { media_ids: [image.id] });
    const plain = await post(t, eve, 'Words only #heron');
    for (const path of [
      '/api/v1/timelines/public?only_media=true',
      '/api/v1/timelines/tag/heron?only_media=true',
      `/api/v1/accounts/${eve.id}/statuses?only_media=true`,
    ]) {
      const ids = (await call(t, null, 'GET', path)).body.map((s: { id: string }) => s.id);
      expect(ids, path).toContain(pictured.body.id);
      expect(ids, path).not.toContain(plain.body.id);
    }
  });

  it('tells apps its media limits', async () => {
    const instance = await call(t, null, 'GET', '/api/v2/instance');
    expect(instance.body.configuration.statuses.max_media_attachments).toBe(4);
    expect(instance.body.configuration.media_attachments).toMatchObject({
      supported_mime_types: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
      image_size_limit: 16 * 1024 * 1024,
      description_limit: 1500,
    });
  });
});

describe('who sees the images of a followers-only post', () => {
  it('shows them to followers and to no outsider, through any status path', async () => {
    const image = await uploaded(ana, 'Our kitchen, private');
    const created = await post(t, ana, 'Only for my followers #kitchen', {
      visibility: 'private',
      media_ids: [image.id],
    });
    expect(created.status).toBe(200);
    const id = created.body.id;
    const seenByBob = await call(t, bob, 'GET', `/api/v1/statuses/${id}`);
    expect(seenByBob.body.media_attachments[0].description).toBe('Our kitchen, private');

    const key = new URL(image.url).pathname.split('/').pop() ?? 'missing';
    const paths = [
      `/api/v1/statuses/${id}`,
      `/api/v1/statuses?id[]=${id}`,
      `/api/v1/statuses/${id}/context`,
      `/api/v1/accounts/${ana.id}/statuses`,
      `/api/v1/accounts/${ana.id}/statuses?only_media=true`,
      '/api/v1/timelines/public',
      '/api/v1/timelines/public?local=true',
      '/api/v1/timelines/tag/kitchen',
      '/api/v1/timelines/home',
      '/api/v2/search?q=kitchen&type=statuses',
    ];
    for (const who of [eve, null]) {
      for (const path of paths) {
        const reply = await call(t, who, 'GET', path);
        const text = JSON.stringify(reply.body);
        expect(text, `${who?.username ?? 'anonymous'} ${path}`).not.toContain(key);
        expect(text).not.toContain('Our kitchen, private');
      }
    }
    // Outsiders cannot read it by the media id either.
    expect((await call(t, eve, 'GET', `/api/v1/media/${image.id}`)).status).toBe(404);
  });
});

describe('editing and deleting', () => {
  it('changes descriptions and the set of images on an edit; dropped files are deleted', async () => {
    const first = await uploaded(ana, 'first');
    const second = await uploaded(ana, 'second');
    const created = await post(t, ana, 'Two views', { media_ids: [first.id] });
    const id = created.body.id;
    const edited = await call(t, ana, 'PUT', `/api/v1/statuses/${id}`, {
      status: 'Two views, described',
      media_ids: [second.id],
      media_attributes: [{ id: second.id, description: 'second, better described' }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.media_attachments.map((m: { id: string }) => m.id)).toEqual([second.id]);
    expect(edited.body.media_attachments[0].description).toBe('second, better described');
    await t.jobs.runDueJobs();
    expect((await fetchFile(first.url)).status).toBe(404);
    expect((await fetchFile(second.url)).status).toBe(200);
    // Someone else cannot edit the post, nor slip their image into it.
    const bobs = await uploaded(bob);
    expect(
      (await call(t, bob, 'PUT', `/api/v1/statuses/${id}`, { media_ids: [bobs.id] })).status,
    ).toBe(404);
    expect(
      (await call(t, ana, 'PUT', `/api/v1/statuses/${id}`, { media_ids: [bobs.id] })).status,
    ).toBe(422);
    // Removing the last image of a post without text leaves it empty: refused.
    const alone = await post(t, ana, '', { media_ids: [(await uploaded(ana)).id] });
    expect(
      (await call(t, ana, 'PUT', `/api/v1/statuses/${alone.body.id}`, { media_ids: [] })).status,
    ).toBe(422);
  });

  it('deletes the files with the post', async () => {
    const image = await uploaded(ana);
    const created = await post(t, ana, 'Soon gone', { media_ids: [image.id] });
    expect((await fetchFile(image.url)).status).toBe(200);
    expect((await call(t, ana, 'DELETE', `/api/v1/statuses/${created.body.id}`)).status).toBe(200);
    await t.jobs.runDueJobs();
    expect((await fetchFile(image.url)).status).toBe(404);
    expect((await fetchFile(image.preview_url)).status).toBe(404);
  });

  it('deletes an upload no post took after 24 hours, and keeps the attached ones', async () => {
    const unused = await uploaded(ana);
    const used = await uploaded(ana);
    await post(t, ana, 'Kept', { media_ids: [used.id] });
    t.clock.advance(DAY - 60_000);
    await t.jobs.runDueJobs();
    expect((await fetchFile(unused.url)).status).toBe(200);
    t.clock.advance(2 * 60_000);
    await t.jobs.runDueJobs();
    expect((await fetchFile(unused.url)).status).toBe(404);
    expect((await call(t, ana, 'GET', `/api/v1/media/${unused.id}`)).status).toBe(404);
    expect((await fetchFile(used.url)).status).toBe(200);
  });
});

describe('a person’s own images', () => {
  it('are in their data export, and leave with their account', async () => {
    const cleo = await member('cleomedia');
    const image = await uploaded(cleo, 'Cleo’s cat');
    await post(t, cleo, 'My cat', { media_ids: [image.id] });
    const archive = await t.app.request('/api/empathie/v1/account/export', {
      headers: { authorization: `Bearer ${cleo.token}` },
    });
    expect(archive.status).toBe(200);
    const files = unzipSync(new Uint8Array(await archive.arrayBuffer()));
    const listed = JSON.parse(Buffer.from(files['media/media.json'] ?? []).toString('utf8'));
    expect(listed).toEqual([expect.objectContaining({ description: 'Cleo’s cat' })]);
    expect(files[listed[0].file]?.length).toBeGreaterThan(0);

    const deleted = await call(t, cleo, 'POST', '/api/empathie/v1/account/deletion', {
      password: 'a long password for cleomedia',
    });
    expect(deleted.status).toBe(202);
    t.clock.advance(31 * DAY);
    await t.jobs.runDueJobs();
    await t.jobs.runDueJobs();
    expect((await fetchFile(image.url)).status).toBe(404);
  });
});
