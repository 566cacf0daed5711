import { createPrivateKey, createPublicKey } from 'node:crypto';
import { CryptographicKey, importJwk, Person, signRequest } from '@fedify/fedify';
import type { TestApp } from '../../posts/people.fixture.ts';
import { CAVAGE_PRIVATE_KEY, CAVAGE_PUBLIC_KEY } from '../fixtures/cavage-appendix-c.ts';

/**
 * The published draft-cavage test key as the signers' RSA pair: generating RSA-2048 pairs is
 * most of a test's time on a busy machine. Each signer is its own actor with its own key id.
 */
async function publishedKeyPair() {
  const jwk = (pem: string, kind: 'public' | 'private') => ({
    ...(kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem)).export({ format: 'jwk' }),
    alg: 'RS256',
    ext: true,
    key_ops: kind === 'public' ? ['verify'] : ['sign'],
  });
  return {
    publicKey: await importJwk(jwk(CAVAGE_PUBLIC_KEY, 'public'), 'public'),
    privateKey: await importJwk(jwk(CAVAGE_PRIVATE_KEY, 'private'), 'private'),
  };
}

/**
 * A remote actor that signs its GETs, for secure-mode tests without a second server: its actor
 * document is put in Fedify's document cache (the `federation_kv` table, where Fedify's loader
 * looks first), so the signature is checked for real and nothing is fetched from the network.
 */
export async function remoteSigner(t: TestApp, actorUri: string) {
  const keys = await publishedKeyPair();
  const keyId = new URL(`${actorUri}#main-key`);
  const actor = new Person({
    id: new URL(actorUri),
    preferredUsername: new URL(actorUri).pathname.split('/').at(-1) ?? 'someone',
    inbox: new URL(`${actorUri}/inbox`),
    publicKey: new CryptographicKey({
      id: keyId,
      owner: new URL(actorUri),
      publicKey: keys.publicKey,
    }),
  });
  const document = await actor.toJsonLd();
  // Fedify's document cache key: ['_fedify', 'remoteDocument', url], JSON of the parts (kv-store.ts).
  for (const url of [actorUri, keyId.href]) {
    await t.database.db
      .insertInto('federation_kv')
      .values({
        key: JSON.stringify(['_fedify', 'remoteDocument', url]),
        value: JSON.stringify({ contextUrl: null, documentUrl: actorUri, document }),
        expires_at: null,
      })
      .execute();
  }
  return {
    /** GET `path` of the test app, signed by this actor (draft-cavage, as Mastodon signs). */
    async get(path: string): Promise<Response> {
      const request = new Request(`http://empathie.test${path}`, {
        headers: { accept: 'application/activity+json' },
      });
      return t.app.request(await signRequest(request, keys.privateKey, keyId));
    },
  };
}
