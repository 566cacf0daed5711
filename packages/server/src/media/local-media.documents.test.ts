import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNoteSource } from '../federation/objects/note.repository.ts';
import { type NoteSource, noteOf } from '../federation/objects/note.ts';
import { localUris } from '../federation/uri.ts';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { png } from './media-test-images.ts';

/** Our own images, as other servers read them in a local post's Note. */
let t: TestApp;
let alice: Person;

beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
});
afterAll(() => t.close());

describe('a local post with images, as other servers read it', () => {
  it('carries each image as a Mastodon-shaped Document with its alt text', async () => {
    const form = new FormData();
    const bytes = await png(80, 60);
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'a.png', { type: 'image/png' }));
    form.set('description', 'Two swans on the canal');
    const uploaded = await t.app.request('/api/v1/media', {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${alice.token}` },
    });
    const medium = (await uploaded.json()) as { id: string; url: string };
    const status = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'Au bord de l’eau',
      media_ids: [medium.id],
    });
    const source = await loadNoteSource(
      t.database.db,
      status.body.id,
      localUris('http://empathie.test'),
      'empathie.test',
    );
    const json = (await noteOf(source as NoteSource, localUris('http://empathie.test')).toJsonLd({
      format: 'compact',
    })) as { attachment: unknown };
    expect(json.attachment).toEqual({
      type: 'Document',
      mediaType: 'image/png',
      url: medium.url,
      name: 'Two swans on the canal',
      width: 80,
      height: 60,
    });
  });
});
