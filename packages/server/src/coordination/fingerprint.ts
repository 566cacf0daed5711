/**
 * Near-duplicate fingerprints of short texts: normalisation, shingles, a MinHash signature and
 * locality-sensitive hashing bands (Broder 1997; Leskovec, Rajaraman & Ullman, *Mining of
 * Massive Datasets*, ch. 3). Two texts whose shingle sets have Jaccard similarity J share at
 * least one band with probability 1 − (1 − J^ROWS)^BANDS: about 0.99 at J = 0.7 and 0.12 at
 * J = 0.3, so the detector only compares the few posts that share a band, never all of them.
 */

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
/**
 * Below this many characters of normalised text, a shared phrase is ordinary: "merci beaucoup
 * pour ce partage" or "happy friday everyone" come from many people at once on a busy evening
 * (measured in ADR 0015-bots-and-coordination: at 24 characters they raised false alarms).
 */
export const MIN_COMPARABLE_CHARS = 40;
const SHINGLE_CHARS = 5;

/**
 * Lower case, no accents, links and mentions reduced to a placeholder, digits to 0, punctuation
 * and emoji to spaces: a campaign that changes a link, a handle or an emoji still matches.
 *
 * @example normaliseForComparison('Allez voir https://x.io @Bob !!') === 'allez voir url at'
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' url ')
    .replace(/@[\w.-]+(@[\w.-]+)?/g, ' at ')
    .replace(/\d+/g, '0')
    .replace(/[^\p{L}0]+/gu, ' ')
    .trim();
}

/** Character 5-grams of the normalised text: robust to a word swapped or a typo. */
export function shingles(normalised: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_CHARS <= normalised.length; i += 1) {
    out.add(normalised.slice(i, i + SHINGLE_CHARS));
  }
  return out;
}

/** FNV-1a over UTF-16 code units, with a seed: a fast 32-bit hash, enough for MinHash. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche (murmur3's fmix32) so that nearby seeds give independent hashes.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => hash32(`seed${i}`, i));

/** The MinHash signature of a text, or null when it is too short to say anything. */
export function signatureOf(text: string): number[] | null {
  const normalised = normaliseForComparison(text);
  if (normalised.length < MIN_COMPARABLE_CHARS) return null;
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles(normalised)) {
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      const h = hash32(shingle, SEEDS[i] ?? i);
      if (h < (signature[i] ?? 0xffffffff)) signature[i] = h;
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of two signatures: the share of equal positions. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) if (a[i] === b[i]) same += 1;
  return same / SIGNATURE_SIZE;
}

/** Band keys (`band index:hash of its rows`), stored and looked up by the index. */
export function bandsOf(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b += 1) {
    const rows = signature.slice(b * ROWS, (b + 1) * ROWS).join('.');
    keys.push(`${b}:${hash32(rows, b).toString(36)}`);
  }
  return keys;
}

export function encodeSignature(signature: readonly number[]): string {
  return signature.map((n) => n.toString(36)).join(',');
}

export function decodeSignature(text: string): number[] | null {
  const parts = text.split(',').map((p) => Number.parseInt(p, 36));
  return parts.length === SIGNATURE_SIZE && parts.every(Number.isFinite) ? parts : null;
}
