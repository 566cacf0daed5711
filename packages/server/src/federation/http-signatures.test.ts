import { createHash, webcrypto } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
// An independent implementation of draft-cavage HTTP signatures (Joyent's, used by many servers).
import httpSignature from 'http-signature';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverOutboxMessage } from './outbox-delivery.ts';
import {
  outboxMessage,
  startTestInbox,
  type TestActorKeys,
  type TestInbox,
  testActorKeys,
} from './testing/test-inbox.fixture.ts';

interface Checked {
  keyId: string;
  headers: string[];
  signatureValid: boolean;
  digestValid: boolean;
}

async function pemOf(key: webcrypto.CryptoKey): Promise<string> {
  const spki = Buffer.from(await webcrypto.subtle.exportKey('spki', key)).toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${spki.match(/.{1,64}/g)?.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

describe('our HTTP signatures, checked by an independent library', () => {
  let actor: TestActorKeys;
  let inbox: TestInbox;
  let pem: string;
  const checked: Checked[] = [];

  beforeAll(async () => {
    actor = await testActorKeys('http://localhost:4001/users/ana');
    pem = await pemOf(actor.publicKey);
    inbox = await startTestInbox({
      onRequest: (req: IncomingMessage, body: string) => {
        const parsed = httpSignature.parseRequest(req, { clockSkew: 300 });
        const digest = `SHA-256=${createHash('sha256').update(body).digest('base64')}`;
        checked.push({
          keyId: parsed.keyId,
          headers: parsed.params.headers,
          signatureValid: httpSignature.verifySignature(parsed, pem),
          digestValid: req.headers.digest === digest,
        });
      },
    });
  });
  afterAll(() => inbox.close());

  it('signs each delivery with the actor’s RSA key: (request-target), host, date and the body’s digest', async () => {
    const message = outboxMessage({ inbox: `${inbox.origin}/users/bea/inbox`, keys: actor.keys });
    expect(await deliverOutboxMessage(message, { timeoutMs: 5000 })).toEqual({ kind: 'delivered' });
    expect(checked).toHaveLength(1);
    const [one] = checked;
    expect(one?.keyId).toBe(actor.keyId);
    expect(one?.headers).toEqual(
      expect.arrayContaining(['(request-target)', 'host', 'date', 'digest']),
    );
    expect(one?.signatureValid).toBe(true);
    expect(one?.digestValid).toBe(true);
  });

  it('the check would catch a signature made with another key', async () => {
    const stranger = await testActorKeys('http://localhost:4001/users/ana');
    const message = outboxMessage({ inbox: `${inbox.origin}/inbox`, keys: stranger.keys });
    await deliverOutboxMessage(message, { timeoutMs: 5000 });
    expect(checked.at(-1)?.signatureValid).toBe(false);
  });
});
