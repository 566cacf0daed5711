import {
  createCipheriv,
  createECDH,
  createPrivateKey,
  type ECDH,
  hkdfSync,
  type KeyObject,
  randomBytes,
  sign,
} from 'node:crypto';

/**
 * Web Push message encryption (RFC 8291, `aes128gcm` of RFC 8188) and VAPID (RFC 8292), on
 * node:crypto alone: the steps are few and fixed by the RFCs, and a library would add a
 * dependency tree to the server for about eighty lines (ADR 0023).
 */

const RECORD_SIZE = 4096;

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const label = (text: string, ...parts: Uint8Array[]) =>
  Buffer.concat([Buffer.from(`${text}\0`, 'latin1'), ...parts]);

export interface EncryptionInputs {
  /** The subscription's `p256dh`: the user agent's public key, 65 bytes uncompressed. */
  uaPublic: Uint8Array;
  /** The subscription's `auth` secret, 16 bytes. */
  authSecret: Uint8Array;
  /** For the RFC's example only: the sender's key pair and salt are fresh for every message. */
  senderKeys?: ECDH;
  salt?: Uint8Array;
}

/**
 * Encrypts one push message as a single `aes128gcm` record: salt ‖ rs ‖ idlen ‖ sender public key
 * ‖ ciphertext. Throws on a malformed user agent key (the caller validated it at subscription).
 */
export function encryptPushMessage(plaintext: Uint8Array, inputs: EncryptionInputs): Buffer {
  const sender =
    inputs.senderKeys ??
    (() => {
      const keys = createECDH('prime256v1');
      keys.generateKeys();
      return keys;
    })();
  const asPublic = sender.getPublicKey();
  const salt = inputs.salt ?? randomBytes(16);
  const shared = sender.computeSecret(inputs.uaPublic);
  const ikm = Buffer.from(
    hkdfSync(
      'sha256',
      shared,
      inputs.authSecret,
      label('WebPush: info', inputs.uaPublic, asPublic),
      32,
    ),
  );
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, label('Content-Encoding: aes128gcm'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, label('Content-Encoding: nonce'), 12));
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  // 0x02: the last (and only) record, with no further padding.
  const sealed = Buffer.concat([
    cipher.update(Buffer.concat([plaintext, Buffer.from([2])])),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  const header = Buffer.alloc(21);
  Buffer.from(salt).copy(header, 0);
  header.writeUInt32BE(RECORD_SIZE, 16);
  header.writeUInt8(asPublic.length, 20);
  return Buffer.concat([header, asPublic, sealed]);
}

/** Whether a `p256dh` value is a point on P-256 (rejects garbage before it is stored). */
export function isValidUaPublicKey(key: Uint8Array): boolean {
  if (key.length !== 65 || key[0] !== 4) return false;
  try {
    const probe = createECDH('prime256v1');
    probe.generateKeys();
    probe.computeSecret(key);
    return true;
  } catch {
    return false;
  }
}

/** The instance's VAPID key pair, base64url: `publicKey` is the 65-byte point apps receive. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export function generateVapidKeys(): VapidKeys {
  const keys = createECDH('prime256v1');
  keys.generateKeys();
  return { publicKey: b64url(keys.getPublicKey()), privateKey: b64url(keys.getPrivateKey()) };
}

function signingKey(keys: VapidKeys): KeyObject {
  const point = Buffer.from(keys.publicKey, 'base64url');
  return createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: keys.privateKey,
      x: b64url(point.subarray(1, 33)),
      y: b64url(point.subarray(33, 65)),
    },
  });
}

/**
 * The `Authorization` header of RFC 8292: a JWT (ES256) for the push service's origin, valid
 * twelve hours (the RFC allows at most 24), and the public key it verifies with.
 */
export function vapidAuthorization(
  endpoint: string,
  keys: VapidKeys,
  subject: string,
  now: Date,
): string {
  const header = b64url(Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'ES256' })));
  const claims = b64url(
    Buffer.from(
      JSON.stringify({
        aud: new URL(endpoint).origin,
        exp: Math.floor(now.getTime() / 1000) + 12 * 3600,
        sub: subject,
      }),
    ),
  );
  const input = `${header}.${claims}`;
  // JOSE wants the raw r‖s signature, not DER.
  const signature = sign('sha256', Buffer.from(input), {
    key: signingKey(keys),
    dsaEncoding: 'ieee-p1363',
  });
  return `vapid t=${input}.${b64url(signature)}, k=${keys.publicKey}`;
}
