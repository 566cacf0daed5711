import { canonicalJson } from './canonical-json.ts';

/**
 * The evidence dossier's file format (docs/dossiers.md, ADR 0013), shared by the server that
 * writes it and every verifier that reads it (the CLI, the web app's verify page). Pure: no
 * Node-only API, only WebCrypto and TextEncoder, so it runs in Node ≥ 20 and in browsers alike.
 *
 * - item_hash_i = SHA-256(JCS(items[i]))          JCS: RFC 8785, over the item as in dossier.json
 * - h_0        = SHA-256(JCS(header))
 * - h_i        = SHA-256(h_{i-1} ‖ item_hash_i)     the 32 raw bytes of each, concatenated
 * - root       = h_n
 * - signature  = Ed25519 over UTF-8(signedMessage(root, SHA-256(dossier.html)))
 * Hashes are written as lower-case hexadecimal; the signature in base64url.
 */
export const DOSSIER_FORMAT = 'empathie-dossier/1';
export const MANIFEST_FORMAT = 'empathie-dossier-manifest/1';
export const CANONICALIZATION = 'JCS (RFC 8785)';

/** Who someone is in a dossier: enough to find them again, whatever happens to the account. */
export interface DossierPerson {
  id: string;
  handle: string;
  url: string;
}

/** The part of dossier.json that is not an item; h_0 is its hash. */
export interface DossierHeader {
  format: typeof DOSSIER_FORMAT;
  dossier_id: string;
  title: string;
  /** The person the dossier belongs to. */
  owner: DossierPerson;
  /** Who asked for this export: the owner, or an ally acting for them. */
  exported_by: DossierPerson;
  /** The instance's public URL (PUBLIC_URL). */
  instance: string;
  exported_at: string;
  /** The IANA time zone dossier.html shows local times in. */
  time_zone: string;
  item_count: number;
  signing_key: { key_id: string; url: string };
}

export interface DossierFile {
  header: DossierHeader;
  /** Snapshots as collected (see dossier-snapshot.ts); their exact shape is not the verifier's concern. */
  items: unknown[];
}

export interface ManifestItem {
  /** 1-based position in dossier.json's `items`. */
  index: number;
  item_id: string;
  status_url: string;
  sha256: string;
  /** h_index of the chain. */
  chain: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  canonicalization: typeof CANONICALIZATION;
  hash_algorithm: 'SHA-256';
  header: DossierHeader;
  header_sha256: string;
  items: ManifestItem[];
  root_sha256: string;
  /** SHA-256 of dossier.html's bytes: the printable copy is covered by the signature too. */
  html_sha256: string;
  signature: {
    algorithm: 'Ed25519';
    key_id: string;
    /** Where the instance publishes the public key (JWK + PEM). */
    key_url: string;
    /** base64url of the 64-byte signature over UTF-8(signedMessage(root, html)). */
    value: string;
  };
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text) as Uint8Array<ArrayBuffer>;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) return null;
  try {
    const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await sha256(bytes));
}

/** SHA-256 of a JSON value's canonical form (RFC 8785), in hexadecimal. */
export async function canonicalHash(value: unknown): Promise<string> {
  return sha256Hex(utf8(canonicalJson(value)));
}

/** h_i = SHA-256(h_{i-1} ‖ item_hash_i), over the raw 32-byte digests. */
export async function chainStep(previousHex: string, itemHashHex: string): Promise<string> {
  const previous = fromHex(previousHex);
  const item = fromHex(itemHashHex);
  if (!previous || !item || previous.length !== 32 || item.length !== 32) {
    throw new Error('chain step over something that is not a SHA-256 digest');
  }
  const joined = new Uint8Array(64);
  joined.set(previous, 0);
  joined.set(item, 32);
  return sha256Hex(joined);
}

/** The exact text the instance signs: the format, the root of the chain and the printable copy. */
export function signedMessage(rootHex: string, htmlSha256Hex: string): string {
  return `${MANIFEST_FORMAT}\nroot:${rootHex}\nhtml:${htmlSha256Hex}\n`;
}

/** A key's id is derived from the key itself, so any verifier can tell a wrong key at once. */
export async function keyIdOf(rawPublicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  return `ed25519-${(await sha256Hex(rawPublicKey)).slice(0, 32)}`;
}
