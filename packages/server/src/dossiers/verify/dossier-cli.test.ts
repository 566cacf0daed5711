import { execFile } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossierExport } from '../dossier-export.ts';
import type { DossierSnapshot } from '../dossier-snapshot.ts';
import { type CliIo, main } from './dossier-cli.ts';
import { canonicalHash, DOSSIER_FORMAT, keyIdOf, toBase64Url } from './dossier-format.ts';

const KEY_URL = 'https://empathie.example/api/empathie/v1/instance/dossier_key';
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
const rawKey = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(12));

function snapshot(n: number, text: string): DossierSnapshot {
  return {
    format: 'empathie-dossier-item/1',
    item_id: `10000000000000000${n}`,
    collected_at: '2026-11-01T10:00:00.000Z',
    collected_by: {
      id: '1',
      handle: '@lea@empathie.example',
      url: 'https://empathie.example/@lea',
    },
    status: {
      id: `20000000000000000${n}`,
      uri: `https://empathie.example/users/max/statuses/${n}`,
      url: `https://empathie.example/@max/${n}`,
      visibility: 'public',
      language: 'fr',
      spoiler_text: '',
      sensitive: false,
      text,
      html: `<p>${text}</p>`,
      created_at: '2026-11-01T09:00:00.000Z',
      edited_at: null,
      in_reply_to_id: null,
      mentions: ['@lea@empathie.example'],
    },
    author: {
      id: '2',
      handle: '@max@empathie.example',
      display_name: 'Max',
      url: 'https://empathie.example/@max',
      uri: 'https://empathie.example/users/max',
      created_at: '2026-10-31T23:59:00.000Z',
      local: true,
      bot: false,
    },
    previous_versions: [],
    reply_chain: [],
    scores: null,
  };
}

let dir: string;
let zip: Uint8Array;

async function makeZip(): Promise<Uint8Array> {
  const items = [
    snapshot(1, 'tu es nulle'),
    snapshot(2, 'va-t’en'),
    snapshot(3, 'personne ne t’aime'),
  ];
  const keyId = await keyIdOf(rawKey);
  const built = await buildDossierExport({
    header: {
      format: DOSSIER_FORMAT,
      dossier_id: '42',
      title: 'Raid',
      owner: { id: '1', handle: '@lea@empathie.example', url: 'https://empathie.example/@lea' },
      exported_by: {
        id: '1',
        handle: '@lea@empathie.example',
        url: 'https://empathie.example/@lea',
      },
      instance: 'https://empathie.example',
      exported_at: '2026-11-02T08:00:00.000Z',
      time_zone: 'Europe/Paris',
      item_count: items.length,
      signing_key: { key_id: keyId, url: KEY_URL },
    },
    items: await Promise.all(
      items.map(async (s) => ({ snapshot: s, storedSha256: await canonicalHash(s) })),
    ),
    sign: async (message) => ({
      key_id: keyId,
      value: toBase64Url(sign(null, Buffer.from(message, 'utf8'), privateKey)),
    }),
  });
  return built.zip;
}

/** The ZIP with one byte of the nth item's text flipped in dossier.json. */
function flipInItem(original: Uint8Array, text: string): Uint8Array {
  const files = unzipSync(original);
  const json = strFromU8(files['dossier.json'] as Uint8Array);
  const bytes = new Uint8Array(files['dossier.json'] as Uint8Array);
  const offset = strToU8(json.slice(0, json.indexOf(text))).length;
  bytes[offset] = (bytes[offset] as number) ^ 0x20;
  const entries = Object.entries({ ...files, 'dossier.json': bytes });
  return zipSync(Object.fromEntries(entries.map(([n, b]) => [n, [b, { level: 0 }]])));
}

function fakeIo(files: Map<string, Uint8Array>, fetched: Map<string, string> = new Map()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: async (path) => {
      const file = files.get(path);
      if (!file) throw new Error('ENOENT: no such file');
      return file;
    },
    fetch: (async (url: string) => {
      const body = fetched.get(String(url));
      return body === undefined ? new Response('nope', { status: 404 }) : new Response(body);
    }) as typeof fetch,
    env: { LANG: 'en_GB.UTF-8' },
  };
  return { io, out, err };
}

beforeAll(async () => {
  zip = await makeZip();
  dir = await mkdtemp(join(tmpdir(), 'empathie-dossier-'));
  await writeFile(join(dir, 'dossier.zip'), zip);
  await writeFile(join(dir, 'key.pem'), publicPem);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npx empathie-dossier verify', () => {
  it('runs from the workspace bin without a build step, exiting 0 when intact', async () => {
    const bin = join(import.meta.dirname, '../../../bin/empathie-dossier.js');
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      'verify',
      join(dir, 'dossier.zip'),
      '--key',
      join(dir, 'key.pem'),
      '--lang',
      'en',
    ]);
    expect(stdout).toContain('INTACT: the 3 items of the dossier "Raid"');
  });

  it('exits 1 and names the first altered item when one byte of it changed', async () => {
    const { io, err } = fakeIo(
      new Map([
        ['d.zip', flipInItem(zip, 'va-t’en')],
        ['k.pem', strToU8(publicPem)],
      ]),
    );
    expect(await main(['verify', 'd.zip', '--key', 'k.pem'], io)).toBe(1);
    expect(err.join('\n')).toContain('first altered item: item #2 (id 100000000000000002)');
  });

  it('speaks French when asked', async () => {
    const { io, err } = fakeIo(
      new Map([
        ['d.zip', flipInItem(zip, 'personne')],
        ['k.pem', strToU8(publicPem)],
      ]),
    );
    expect(await main(['verify', 'd.zip', '--key', 'k.pem', '--lang', 'fr'], io)).toBe(1);
    expect(err.join('\n')).toContain('premier élément modifié : élément n° 3');
  });

  it('exits 1 with a wrong key', async () => {
    const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' });
    const { io, err } = fakeIo(
      new Map([
        ['d.zip', zip],
        ['k.pem', strToU8(other.toString())],
      ]),
    );
    expect(await main(['verify', 'd.zip', '--key', 'k.pem'], io)).toBe(1);
    expect(err.join('\n')).toContain('is not the one that signed');
  });

  it('fetches the key the manifest names with --fetch, over https', async () => {
    const published = JSON.stringify({
      jwk: { kty: 'OKP', crv: 'Ed25519', x: toBase64Url(rawKey) },
    });
    const { io, out } = fakeIo(new Map([['d.zip', zip]]), new Map([[KEY_URL, published]]));
    expect(await main(['verify', 'd.zip', '--fetch'], io)).toBe(0);
    expect(out[0]).toContain('INTACT');
  });

  it('refuses to fetch a key over plain http from another machine, and asks for a key', async () => {
    const { io, err } = fakeIo(new Map([['d.zip', zip]]));
    const code = await main(['verify', 'd.zip', '--key', 'http://evil.example/key'], io);
    expect(code).toBe(2);
    expect(err[0]).toContain('only https, or http on the loopback');
    expect(await main(['verify', 'd.zip'], io)).toBe(2);
    expect(await main(['verify', 'missing.zip', '--fetch'], io)).toBe(2);
  });

  it('says a file that is not a ZIP is unreadable', async () => {
    const { io, err } = fakeIo(
      new Map([
        ['d.zip', strToU8('not a zip')],
        ['k.pem', strToU8(publicPem)],
      ]),
    );
    expect(await main(['verify', 'd.zip', '--key', 'k.pem'], io)).toBe(1);
    expect(err[0]).toContain('unreadable');
  });
});
