import { createECDH, createPublicKey, verify } from 'node:crypto';
import ece from 'http_ece';
import { describe, expect, it } from 'vitest';
import {
  encryptPushMessage,
  generateVapidKeys,
  isValidUaPublicKey,
  vapidAuthorization,
} from './web-push.crypto.ts';

const b64 = (s: string) => Buffer.from(s, 'base64url');

// RFC 8291, Appendix A: every value as the RFC prints it.
const RFC = {
  plaintext: 'When I grow up, I want to be a watermelon',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  uaPublic:
    'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  auth: 'BTBZMqHH6r4Tts7J_aSIgg',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  body: 'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};

describe('Web Push encryption (RFC 8291)', () => {
  it('gives the RFC’s example message byte for byte with its keys and salt', () => {
    const sender = createECDH('prime256v1');
    sender.setPrivateKey(b64(RFC.asPrivate));
    const body = encryptPushMessage(Buffer.from(RFC.plaintext), {
      uaPublic: b64(RFC.uaPublic),
      authSecret: b64(RFC.auth),
      senderKeys: sender,
      salt: b64(RFC.salt),
    });
    expect(body.toString('base64url')).toBe(RFC.body);
  });

  it('is opened by an independent implementation (http_ece) with fresh keys', () => {
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    const auth = Buffer.from('0123456789abcdef');
    const message = JSON.stringify({ title: 'Ana vous suit', body: 'é ✓ 🌱' });
    const body = encryptPushMessage(Buffer.from(message), {
      uaPublic: ua.getPublicKey(),
      authSecret: auth,
    });
    const opened = ece.decrypt(body, { version: 'aes128gcm', privateKey: ua, authSecret: auth });
    expect(opened.toString()).toBe(message);
    // A second message uses another sender key and salt: no (key, nonce) pair is ever reused.
    const again = encryptPushMessage(Buffer.from(message), {
      uaPublic: ua.getPublicKey(),
      authSecret: auth,
    });
    expect(again.subarray(0, 16).equals(body.subarray(0, 16))).toBe(false);
    expect(again.subarray(21, 86).equals(body.subarray(21, 86))).toBe(false);
  });

  it('refuses user agent keys that are not points on P-256', () => {
    expect(isValidUaPublicKey(b64(RFC.uaPublic))).toBe(true);
    expect(isValidUaPublicKey(Buffer.alloc(65, 4))).toBe(false);
    expect(isValidUaPublicKey(Buffer.from('short'))).toBe(false);
  });
});

describe('VAPID (RFC 8292)', () => {
  it('signs a JWT for the endpoint’s origin that the public key verifies', () => {
    const keys = generateVapidKeys();
    expect(b64(keys.publicKey)).toHaveLength(65);
    const now = new Date('2026-11-01T10:00:00Z');
    const header = vapidAuthorization(
      'https://push.example/send/abc?x=1',
      keys,
      'https://empathie.example',
      now,
    );
    const match = /^vapid t=([^.]+)\.([^.]+)\.([^,]+), k=(\S+)$/.exec(header);
    expect(match).not.toBeNull();
    const [, h = '', c = '', s = '', k = ''] = match ?? [];
    expect(k).toBe(keys.publicKey);
    expect(JSON.parse(b64(h).toString())).toEqual({ typ: 'JWT', alg: 'ES256' });
    expect(JSON.parse(b64(c).toString())).toEqual({
      aud: 'https://push.example',
      exp: now.getTime() / 1000 + 12 * 3600,
      sub: 'https://empathie.example',
    });
    const point = b64(k);
    const publicKey = createPublicKey({
      format: 'jwk',
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: point.subarray(1, 33).toString('base64url'),
        y: point.subarray(33).toString('base64url'),
      },
    });
    const ok = (sig: Buffer) =>
      verify(
        'sha256',
        Buffer.from(`${h}.${c}`),
        { key: publicKey, dsaEncoding: 'ieee-p1363' },
        sig,
      );
    expect(ok(b64(s))).toBe(true);
    const tampered = b64(s);
    tampered[5] = (tampered[5] ?? 0) ^ 1;
    expect(ok(tampered)).toBe(false);
  });
});
