import { createPrivateKey, createPublicKey, sign, verify, webcrypto } from 'node:crypto';
import { type DocumentLoader, signRequest, verifyRequest } from '@fedify/fedify';
import { describe, expect, it } from 'vitest';
import {
  CAVAGE_ALL_HEADERS_TEST,
  CAVAGE_BASIC_TEST,
  CAVAGE_DEFAULT_TEST,
  CAVAGE_PRIVATE_KEY,
  CAVAGE_PUBLIC_KEY,
  CAVAGE_REQUEST,
} from './fixtures/cavage-appendix-c.ts';

/**
 * HTTP Signatures checked against the values the draft-cavage specification publishes (Appendix C),
 * not only against our own fixtures. Fedify signs our deliveries and fetches (outbox-delivery.ts,
 * the instance actor's loader) and verifies what arrives, so both directions are Fedify's code.
 *
 * Two deviations from the draft are pinned here on purpose, so that a Fedify upgrade that changes
 * them is noticed: Fedify 1.5.9 builds `(request-target)` from the path WITHOUT its query string
 * (as Mastodon has always signed), both when it signs and when it verifies.
 */
const KEY_URL = 'https://example.com/keys/test';

/** The published signature value of a test's Signature header. */
const signatureOf = (header: string) => /signature="([^"]+)"/.exec(header)?.[1] ?? '';

/** The test key as a Fedify key document, served by a loader that fetches nothing. */
const loader: DocumentLoader = async (url) => {
  if (url !== KEY_URL) throw new Error(`unexpected fetch: ${url}`);
  return {
    contextUrl: null,
    documentUrl: url,
    document: {
      '@context': 'https://w3id.org/security/v1',
      id: KEY_URL,
      type: 'CryptographicKey',
      owner: 'https://example.com/actor',
      publicKeyPem: CAVAGE_PUBLIC_KEY,
    },
  };
};

/**
 * The published request with a Signature header. Fedify reads keyId as a URL, so the published
 * `keyId="Test"` is replaced by one; the keyId is not part of the signed string, so the
 * published signature stays valid.
 */
function publishedRequest(signatureHeader: string, path: string = CAVAGE_REQUEST.path): Request {
  return new Request(`https://example.com${path}`, {
    method: CAVAGE_REQUEST.method,
    headers: {
      ...CAVAGE_REQUEST.headers,
      Signature: signatureHeader.replace('keyId="Test"', `keyId="${KEY_URL}"`),
    },
    body: CAVAGE_REQUEST.body,
  });
}

const fedifyVerifies = async (request: Request) =>
  (await verifyRequest(request, {
    documentLoader: loader,
    // Fedify's own loader for JSON-LD contexts: it serves the security context it ships with.
    timeWindow: false,
  })) !== null;

async function testPrivateKey(): Promise<webcrypto.CryptoKey> {
  const jwk = createPrivateKey(CAVAGE_PRIVATE_KEY).export({ format: 'jwk' });
  return webcrypto.subtle.importKey(
    'jwk',
    jwk,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    true,
    ['sign'],
  );
}

describe('the published draft-cavage test values (Appendix C)', () => {
  const publicKey = createPublicKey(CAVAGE_PUBLIC_KEY);

  it.each([
    ['Default', CAVAGE_DEFAULT_TEST],
    ['Basic', CAVAGE_BASIC_TEST],
    ['All Headers', CAVAGE_ALL_HEADERS_TEST],
  ])(
    '%s Test: the published signature verifies, and RSA-SHA256 with the test key reproduces it',
    async (_name, test) => {
      const published = Buffer.from(signatureOf(test.signature), 'base64');
      expect(verify('sha256', Buffer.from(test.signingString), publicKey, published)).toBe(true);
      // The primitive Fedify signs with (WebCrypto RSASSA-PKCS1-v1_5, SHA-256) is deterministic:
      // same key, same string, same bytes as published.
      const ours = await webcrypto.subtle.sign(
        'RSASSA-PKCS1-v1_5',
        await testPrivateKey(),
        new TextEncoder().encode(test.signingString),
      );
      expect(Buffer.from(ours).toString('base64')).toBe(signatureOf(test.signature));
    },
  );

  it('Fedify refuses the Default and Basic tests: they do not cover (request-target), or the body', async () => {
    // Without (request-target) a signature could be replayed on any path; without the digest on a
    // POST, on any body. Refusing both is what we want from an inbox.
    expect(await fedifyVerifies(publishedRequest(CAVAGE_DEFAULT_TEST.signature))).toBe(false);
    expect(await fedifyVerifies(publishedRequest(CAVAGE_BASIC_TEST.signature))).toBe(false);
  });

  it('Fedify 1.5.9 does not verify the All Headers test: it leaves the query out of (request-target)', async () => {
    // The published request has `?param=value&pet=dog`; Fedify verifies against `post /foo`.
    expect(await fedifyVerifies(publishedRequest(CAVAGE_ALL_HEADERS_TEST.signature))).toBe(false);
  });

  it('Fedify verifies a request signed by the draft with the test key, and refuses it once altered', async () => {
    // The All Headers construction, by the letter of the draft, on the published request without a
    // query string (an inbox POST has none), signed with node:crypto rather than Fedify.
    const headerNames = [
      '(request-target)',
      'host',
      'date',
      'content-type',
      'digest',
      'content-length',
    ];
    const signingString = CAVAGE_ALL_HEADERS_TEST.signingString.replace(
      `post ${CAVAGE_REQUEST.path}`,
      'post /foo',
    );
    const value = sign('sha256', Buffer.from(signingString), createPrivateKey(CAVAGE_PRIVATE_KEY));
    const header = `keyId="Test",algorithm="rsa-sha256",headers="${headerNames.join(' ')}",signature="${value.toString('base64')}"`;
    expect(await fedifyVerifies(publishedRequest(header, '/foo'))).toBe(true);
    const altered = publishedRequest(header, '/foo');
    const tampered = new Request(altered, { body: '{"hello": "WORLD"}' });
    expect(await fedifyVerifies(tampered)).toBe(false);
    expect(await fedifyVerifies(publishedRequest(header, '/bar'))).toBe(false);
  });

  it('our signing (Fedify signRequest) follows the draft with the test key, (request-target) aside', async () => {
    const request = new Request(`https://example.com${CAVAGE_REQUEST.path}`, {
      method: CAVAGE_REQUEST.method,
      headers: CAVAGE_REQUEST.headers,
      body: CAVAGE_REQUEST.body,
    });
    const signed = await signRequest(request, await testPrivateKey(), new URL(KEY_URL));
    const header = signed.headers.get('signature') ?? '';
    const names = /headers="([^"]+)"/.exec(header)?.[1]?.split(' ') ?? [];
    expect(names).toEqual(expect.arrayContaining(['(request-target)', 'host', 'date', 'digest']));
    // The published headers, untouched: the digest Fedify would compute is the published one.
    expect(signed.headers.get('digest')).toBe(CAVAGE_REQUEST.headers.Digest);
    const rebuild = (target: string) =>
      names
        .map((n) => `${n}: ${n === '(request-target)' ? target : (signed.headers.get(n) ?? '')}`)
        .join('\n');
    const value = Buffer.from(signatureOf(header), 'base64');
    const publicKey = createPublicKey(CAVAGE_PUBLIC_KEY);
    // Mastodon's reading (path only) verifies; the draft's (path and query) does not.
    expect(verify('sha256', Buffer.from(rebuild('post /foo')), publicKey, value)).toBe(true);
    expect(
      verify('sha256', Buffer.from(rebuild(`post ${CAVAGE_REQUEST.path}`)), publicKey, value),
    ).toBe(false);
    // The Basic Test's string differs from Fedify's only by the query: Fedify cannot reproduce it.
    expect(signatureOf(header)).not.toBe(signatureOf(CAVAGE_BASIC_TEST.signature));
  });
});
