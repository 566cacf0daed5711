import { generateKeyPairSync } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, type TestApp } from '../posts/people.fixture.ts';
import { BASE, collectEvidence, dossierWorld, exportZip } from './dossiers.fixture.ts';
import { parsePublicKey, verifyDossierZip } from './verify/verify-dossier.ts';

let t: TestApp;
let lea: Person;
let dossierId: string;

async function instanceKey() {
  const reply = await call(t, null, 'GET', '/api/empathie/v1/instance/dossier_key');
  expect(reply.status).toBe(200);
  const key = parsePublicKey(JSON.stringify(reply.body));
  if (!key) throw new Error('the instance key does not parse');
  return key;
}

beforeAll(async () => {
  const world = await dossierWorld();
  ({ t, lea, dossierId } = world);
  await collectEvidence(world);
});
afterAll(() => t.close());

describe('the export', () => {
  async function leasZip(query = ''): Promise<Uint8Array> {
    const response = await exportZip(t, lea, `${BASE}/${dossierId}/export${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    return new Uint8Array(await response.arrayBuffer());
  }

  function rezip(files: Record<string, Uint8Array>): Uint8Array {
    return zipSync(
      Object.fromEntries(Object.entries(files).map(([n, b]) => [n, [b, { level: 0 }]])),
    );
  }

  it('verifies as intact with the instance key', async () => {
    const verdict = await verifyDossierZip(await leasZip(), await instanceKey());
    expect(verdict).toMatchObject({ kind: 'intact', title: 'Raid du 1er novembre' });
  });

  it('shows each time in UTC and in the time zone asked for, with each item hash', async () => {
    const files = unzipSync(await leasZip('?tz=Europe/Paris'));
    const html = strFromU8(files['dossier.html'] as Uint8Array);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    expect(html).toContain('UTC');
    expect(html).toContain('Europe/Paris');
    expect(html).toContain('GMT+1');
    expect(html).not.toContain('<script');
    for (const item of manifest.items) expect(html).toContain(item.sha256);
    expect(manifest.signature.key_url).toBe(
      'http://empathie.test/api/empathie/v1/instance/dossier_key',
    );
  });

  it('refuses a time zone Intl does not know', async () => {
    const response = await exportZip(t, lea, `${BASE}/${dossierId}/export?tz=Mars/Olympus`);
    expect(response.status).toBe(422);
  });

  it('fails, naming the item, when one byte of an item in dossier.json changes', async () => {
    const files = unzipSync(await leasZip());
    const text = strFromU8(files['dossier.json'] as Uint8Array);
    const dossier = JSON.parse(text);
    // The second item's text: change one letter of it, and nothing else.
    const target = dossier.items[1].status.text as string;
    const at = text.indexOf(target);
    const bytes = new Uint8Array(files['dossier.json'] as Uint8Array);
    const offset = strToU8(text.slice(0, at)).length;
    bytes[offset] = (bytes[offset] as number) ^ 0x01;
    const verdict = await verifyDossierZip(
      rezip({ ...files, 'dossier.json': bytes }),
      await instanceKey(),
    );
    expect(verdict).toEqual({
      kind: 'altered_item',
      item: { index: 2, itemId: dossier.items[1].item_id, statusUrl: dossier.items[1].status.url },
    });
  });

  it('fails when an item is removed, the header or the printable copy changes', async () => {
    const key = await instanceKey();
    const files = unzipSync(await leasZip());
    const dossier = JSON.parse(strFromU8(files['dossier.json'] as Uint8Array));
    const without = { ...dossier, items: dossier.items.slice(0, -1) };
    const fewer = rezip({ ...files, 'dossier.json': strToU8(JSON.stringify(without)) });
    expect((await verifyDossierZip(fewer, key)).kind).toBe('item_count_mismatch');
    const retitled = { ...dossier, header: { ...dossier.header, title: 'Autre' } };
    const header = rezip({ ...files, 'dossier.json': strToU8(JSON.stringify(retitled)) });
    expect((await verifyDossierZip(header, key)).kind).toBe('altered_header');
    const html = rezip({
      ...files,
      'dossier.html': strToU8(
        strFromU8(files['dossier.html'] as Uint8Array).replace('Raid', 'Rien'),
      ),
    });
    expect((await verifyDossierZip(html, key)).kind).toBe('altered_html');
  });

  it('fails when the manifest is recomputed without the instance key', async () => {
    const files = unzipSync(await leasZip());
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    // Another first character, whatever it was: one signature in 64 already starts with "A".
    const first = manifest.signature.value.startsWith('A') ? 'B' : 'A';
    manifest.signature.value = `${first}${manifest.signature.value.slice(1)}`;
    const forged = rezip({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
    expect((await verifyDossierZip(forged, await instanceKey())).kind).toBe('bad_signature');
  });

  it('fails with another key', async () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    const raw = new Uint8Array(other.export({ format: 'der', type: 'spki' }).subarray(12));
    const verdict = await verifyDossierZip(await leasZip(), raw);
    expect(verdict.kind).toBe('wrong_key');
  });

  it('publishes the same key every time, as JWK and PEM', async () => {
    const first = await call(t, null, 'GET', '/api/empathie/v1/instance/dossier_key');
    const second = await call(t, null, 'GET', '/api/empathie/v1/instance/dossier_key');
    expect(first.body).toEqual(second.body);
    expect(first.body.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: first.body.key_id });
    expect(first.body.pem).toContain('BEGIN PUBLIC KEY');
    expect(JSON.stringify(first.body)).not.toContain('PRIVATE');
    expect(parsePublicKey(first.body.pem)).toEqual(parsePublicKey(JSON.stringify(first.body.jwk)));
  });
});
