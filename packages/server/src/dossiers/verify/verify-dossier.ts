import { unzipSync } from 'fflate';
import { canonicalJson } from './canonical-json.ts';
import {
  CANONICALIZATION,
  canonicalHash,
  chainStep,
  fromBase64,
  keyIdOf,
  MANIFEST_FORMAT,
  sha256Hex,
  signedMessage,
  toHex,
  utf8,
} from './dossier-format.ts';

/**
 * The verifier's core, shared by `npx empathie-dossier verify` and the web app's verify page:
 * the same bytes give the same verdict everywhere. Pure (fflate, WebCrypto, TextDecoder).
 *
 * Checks, in this order, and stops at the first failure so the verdict names it:
 * 1. the ZIP holds dossier.json, manifest.json and dossier.html, and both JSON files parse;
 * 2. dossier.json's header is the manifest's, and hashes to `header_sha256` (h_0);
 * 3. each item of dossier.json hashes to the manifest's `sha256` at the same place, and their
 *    numbers agree (the first item that differs is named);
 * 4. the chain h_1 … h_n recomputes to each `chain` value and to `root_sha256`;
 * 5. dossier.html hashes to `html_sha256`;
 * 6. the key given is the one the manifest names (`key_id` is derived from the key), and the
 *    Ed25519 signature over signedMessage(root, html) holds.
 */
export type Verdict =
  | {
      kind: 'intact';
      title: string;
      instance: string;
      itemCount: number;
      keyId: string;
      root: string;
      exportedAt: string;
    }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'altered_header' }
  | { kind: 'altered_item'; item: AlteredItem }
  | { kind: 'item_count_mismatch'; inDossier: number; inManifest: number }
  | { kind: 'broken_chain'; item: AlteredItem | null }
  | { kind: 'altered_html' }
  | { kind: 'wrong_key'; expectedKeyId: string; givenKeyId: string }
  | { kind: 'bad_signature'; keyId: string };

/** How a verdict names an item: by place, and by what the manifest says it was. */
export interface AlteredItem {
  /** 1-based position in dossier.json. */
  index: number;
  itemId: string | null;
  statusUrl: string | null;
}

/** A public key as the verifier receives it: raw 32 bytes of an Ed25519 key. */
export type RawPublicKey = Uint8Array<ArrayBuffer>;

// The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw key's 32 bytes follow.
const SPKI_PREFIX = '302a300506032b6570032100';

/**
 * Reads an Ed25519 public key from what a person may hold: a PEM file, a JWK, or the whole
 * answer of the instance's `GET /api/empathie/v1/instance/dossier_key`. `null` if it is none.
 */
export function parsePublicKey(text: string): RawPublicKey | null {
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: a PEM file, below.
  }
  if (json !== null) {
    const jwk = isRecord(json) && isRecord(json.jwk) ? json.jwk : json;
    if (isRecord(jwk) && jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
      const raw = fromBase64(jwk.x);
      return raw?.length === 32 ? raw : null;
    }
    return null;
  }
  const pem = /-----BEGIN PUBLIC KEY-----([\s\S]+?)-----END PUBLIC KEY-----/.exec(text);
  if (!pem?.[1]) return null;
  const der = fromBase64(pem[1]);
  if (der?.length !== 44) return null;
  return toHex(der.slice(0, 12)) === SPKI_PREFIX ? der.slice(12) : null;
}

/** Unzips and verifies a dossier; never throws on hostile input, it answers `unreadable`. */
export async function verifyDossierZip(zip: Uint8Array, key: RawPublicKey): Promise<Verdict> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return { kind: 'unreadable', reason: 'not a ZIP file' };
  }
  const file = (name: string) => (Object.hasOwn(files, name) ? files[name] : undefined);
  const dossierBytes = file('dossier.json');
  const manifestBytes = file('manifest.json');
  const html = file('dossier.html');
  if (!dossierBytes || !manifestBytes || !html) {
    return {
      kind: 'unreadable',
      reason: 'the ZIP must hold dossier.json, manifest.json and dossier.html',
    };
  }
  return verifyDossierFiles({ dossier: dossierBytes, manifest: manifestBytes, html }, key);
}

export async function verifyDossierFiles(
  files: { dossier: Uint8Array; manifest: Uint8Array; html: Uint8Array },
  key: RawPublicKey,
): Promise<Verdict> {
  const dossier = parseJson(files.dossier);
  const manifest = parseJson(files.manifest);
  if (!isRecord(dossier) || !isRecord(dossier.header) || !Array.isArray(dossier.items)) {
    return { kind: 'unreadable', reason: 'dossier.json is not a dossier' };
  }
  if (!isManifest(manifest)) {
    return { kind: 'unreadable', reason: 'manifest.json is not a dossier manifest' };
  }
  try {
    return await check(dossier.header, dossier.items, manifest, files.html, key);
  } catch (error) {
    // Only hostile shapes get here (a number that is not finite, nesting past any dossier).
    return { kind: 'unreadable', reason: String((error as Error)?.message ?? error) };
  }
}

async function check(
  header: Record<string, unknown>,
  items: unknown[],
  manifest: ManifestShape,
  html: Uint8Array,
  key: RawPublicKey,
): Promise<Verdict> {
  // 2. The header, and h_0.
  if (canonicalJson(header) !== canonicalJson(manifest.header)) return { kind: 'altered_header' };
  const h0 = await canonicalHash(header);
  if (h0 !== manifest.header_sha256) return { kind: 'altered_header' };

  // 3. Each item against its hash, in order; the first difference is the one named.
  const named = (index: number): AlteredItem => {
    const entry = manifest.items[index - 1];
    return {
      index,
      itemId: entry ? entry.item_id : null,
      statusUrl: entry ? entry.status_url : null,
    };
  };
  const shared = Math.min(items.length, manifest.items.length);
  for (let i = 0; i < shared; i++) {
    const entry = manifest.items[i] as ManifestItemShape;
    if (entry.index !== i + 1 || (await canonicalHash(items[i])) !== entry.sha256) {
      return { kind: 'altered_item', item: named(i + 1) };
    }
  }
  if (items.length !== manifest.items.length || header.item_count !== items.length) {
    return {
      kind: 'item_count_mismatch',
      inDossier: items.length,
      inManifest: manifest.items.length,
    };
  }

  // 4. The chain, from h_0 to the root.
  let h = h0;
  for (const [i, entry] of manifest.items.entries()) {
    h = await chainStep(h, entry.sha256);
    if (h !== entry.chain) return { kind: 'broken_chain', item: named(i + 1) };
  }
  if (h !== manifest.root_sha256) return { kind: 'broken_chain', item: null };

  // 5. The printable copy.
  if ((await sha256Hex(new Uint8Array(html))) !== manifest.html_sha256) {
    return { kind: 'altered_html' };
  }

  // 6. The key, then the signature.
  const givenKeyId = await keyIdOf(key);
  if (givenKeyId !== manifest.signature.key_id) {
    return { kind: 'wrong_key', expectedKeyId: manifest.signature.key_id, givenKeyId };
  }
  const signature = fromBase64(manifest.signature.value);
  const publicKey = await crypto.subtle.importKey('raw', key, { name: 'Ed25519' }, false, [
    'verify',
  ]);
  const valid =
    signature !== null &&
    signature.length === 64 &&
    (await crypto.subtle.verify(
      { name: 'Ed25519' },
      publicKey,
      signature,
      utf8(signedMessage(h, manifest.html_sha256)),
    ));
  if (!valid) return { kind: 'bad_signature', keyId: givenKeyId };
  return {
    kind: 'intact',
    title: typeof header.title === 'string' ? header.title : '',
    instance: typeof header.instance === 'string' ? header.instance : '',
    itemCount: items.length,
    keyId: givenKeyId,
    root: h,
    exportedAt: typeof header.exported_at === 'string' ? header.exported_at : '',
  };
}

/** The manifest's key URL, to fetch the key from when a person asks for it. */
export function manifestKeyUrl(zip: Uint8Array): string | null {
  try {
    const files = unzipSync(zip, { filter: (f) => f.name === 'manifest.json' });
    const bytes = Object.hasOwn(files, 'manifest.json') ? files['manifest.json'] : undefined;
    const manifest = bytes ? parseJson(bytes) : null;
    return isManifest(manifest) ? manifest.signature.key_url : null;
  } catch {
    return null;
  }
}

/**
 * Whether a key may be fetched from `url`: https anywhere, or http on the loopback only (an
 * instance on a laptop). Anything else could be read or changed on the way.
 */
export function isFetchableKeyUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  if (parsed.protocol !== 'http:') return false;
  const host = parsed.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

interface ManifestItemShape {
  index: number;
  item_id: string;
  status_url: string;
  sha256: string;
  chain: string;
}

interface ManifestShape {
  header: Record<string, unknown>;
  header_sha256: string;
  items: ManifestItemShape[];
  root_sha256: string;
  html_sha256: string;
  signature: { key_id: string; key_url: string; value: string };
}

function isManifest(value: unknown): value is ManifestShape {
  if (!isRecord(value) || value.format !== MANIFEST_FORMAT) return false;
  if (value.canonicalization !== CANONICALIZATION || !isRecord(value.header)) return false;
  const sig = value.signature;
  return (
    typeof value.header_sha256 === 'string' &&
    typeof value.root_sha256 === 'string' &&
    typeof value.html_sha256 === 'string' &&
    Array.isArray(value.items) &&
    value.items.every(isManifestItem) &&
    isRecord(sig) &&
    sig.algorithm === 'Ed25519' &&
    typeof sig.key_id === 'string' &&
    typeof sig.key_url === 'string' &&
    typeof sig.value === 'string'
  );
}

function isManifestItem(value: unknown): value is ManifestItemShape {
  return (
    isRecord(value) &&
    typeof value.index === 'number' &&
    typeof value.item_id === 'string' &&
    typeof value.status_url === 'string' &&
    typeof value.sha256 === 'string' &&
    typeof value.chain === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}
