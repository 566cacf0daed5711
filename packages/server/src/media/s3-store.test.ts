import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigError } from '../config/config.ts';
import { readMediaStorage } from '../config/media-config.ts';
import { newMediaKey } from './media-store.ts';
import { createS3Store } from './s3-store.ts';

// The S3 store against a local HTTP server standing in for the bucket: it records each request
// and checks that it carries a SigV4 signature of the expected shape.

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

let server: Server;
let endpoint: string;
const recorded: Recorded[] = [];
const objects = new Map<string, Buffer>();

const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/fr-par\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      recorded.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (!SIGV4.test(String(req.headers.authorization))) {
        res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
        return;
      }
      const url = req.url ?? '';
      if (req.method === 'PUT') objects.set(url, body);
      if (req.method === 'DELETE') objects.delete(url);
      if (req.method === 'GET') {
        const found = objects.get(url);
        if (!found) res.writeHead(404).end();
        else res.writeHead(200).end(found);
        return;
      }
      res.writeHead(req.method === 'DELETE' ? 204 : 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settings = () => ({
  endpoint,
  bucket: 'empathie-media',
  region: 'fr-par',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  publicUrl: 'https://cdn.example.org/media',
});

describe('S3-compatible storage', () => {
  it('PUTs a file path-style, signed, with its type and a long cache; reads and DELETEs it', async () => {
    const store = createS3Store(settings());
    const key = newMediaKey('image/webp');
    await store.put(key, new Uint8Array([1, 2, 3, 4]), 'image/webp');
    const put = recorded.at(-1);
    expect(put?.method).toBe('PUT');
    expect(put?.url).toBe(`/empathie-media/${key}`);
    expect(put?.headers['content-type']).toBe('image/webp');
    expect(put?.headers['cache-control']).toContain('immutable');
    expect(put?.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(put?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    const signed = SIGV4.exec(String(put?.headers.authorization))?.[1]?.split(';') ?? [];
    expect(signed).toEqual(expect.arrayContaining(['host', 'x-amz-date', 'content-type']));
    expect([...(put?.body ?? [])]).toEqual([1, 2, 3, 4]);

    expect([...((await store.get(key)) ?? [])]).toEqual([1, 2, 3, 4]);
    await store.delete(key);
    expect(recorded.at(-1)).toMatchObject({ method: 'DELETE', url: `/empathie-media/${key}` });
    expect(await store.get(key)).toBeNull();
    expect(store.urlOf(key)).toBe(`https://cdn.example.org/media/${key}`);
  });

  it('fails loudly when the bucket refuses, and never sends a key it did not make', async () => {
    const store = createS3Store({ ...settings(), accessKeyId: 'WRONG' });
    await expect(
      store.put(newMediaKey('image/png'), new Uint8Array([1]), 'image/png'),
    ).rejects.toThrow(/403/);
    const before = recorded.length;
    await expect(store.delete('../../etc/passwd')).rejects.toThrow(/invalid media key/);
    expect(recorded.length).toBe(before);
  });
});

describe('media storage configuration', () => {
  const s3Env = {
    S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
    S3_BUCKET: 'empathie-media',
    S3_REGION: 'fr-par',
    S3_ACCESS_KEY_ID: 'id',
    S3_SECRET_ACCESS_KEY: 'secret',
    S3_PUBLIC_URL: 'https://cdn.example.org/media/',
  };
  it('is the data folder by default and S3 when every variable is set', () => {
    const errors: ConfigError[] = [];
    expect(readMediaStorage({}, '/srv/empathie', errors)).toEqual({
      kind: 'disk',
      dir: '/srv/empathie/media',
    });
    expect(readMediaStorage(s3Env, '/srv/empathie', errors)).toMatchObject({
      kind: 's3',
      bucket: 'empathie-media',
      publicUrl: 'https://cdn.example.org/media',
    });
    expect(errors).toEqual([]);
  });
  it('says which variable is missing rather than falling back to the disk quietly', () => {
    const errors: ConfigError[] = [];
    readMediaStorage({ ...s3Env, S3_SECRET_ACCESS_KEY: '' }, '/srv', errors);
    expect(errors.map((e) => e.variable)).toEqual(['S3_SECRET_ACCESS_KEY']);
    const bad: ConfigError[] = [];
    readMediaStorage({ ...s3Env, S3_ENDPOINT: 'ftp://x' }, '/srv', bad);
    expect(bad.map((e) => e.variable)).toEqual(['S3_ENDPOINT']);
  });
});
