import { strToU8, zipSync } from 'fflate';
import { renderDossierHtml } from './dossier-html.ts';
import type { DossierSnapshot } from './dossier-snapshot.ts';
import {
  CANONICALIZATION,
  canonicalHash,
  chainStep,
  type DossierHeader,
  MANIFEST_FORMAT,
  type Manifest,
  sha256Hex,
  signedMessage,
} from './verify/dossier-format.ts';

export interface DossierFiles {
  'dossier.json': string;
  'manifest.json': string;
  'dossier.html': string;
}

/**
 * Builds the three files of an export and their ZIP. The hashes are recomputed here from the
 * snapshots as stored, and must equal the hash stored at collection: a difference means the
 * database was changed behind the service's back, and nothing is signed then.
 */
export async function buildDossierExport(input: {
  header: DossierHeader;
  items: Array<{ snapshot: DossierSnapshot; storedSha256: string }>;
  sign: (message: string) => Promise<{ key_id: string; value: string }>;
}): Promise<{ files: DossierFiles; zip: Uint8Array }> {
  const { header } = input;
  const snapshots = input.items.map((i) => i.snapshot);
  const headerSha = await canonicalHash(header);
  const itemHashes: string[] = [];
  const chain: string[] = [];
  let h = headerSha;
  for (const item of input.items) {
    const hash = await canonicalHash(item.snapshot);
    if (hash !== item.storedSha256) {
      throw new StoredSnapshotChangedError(item.snapshot.item_id);
    }
    itemHashes.push(hash);
    h = await chainStep(h, hash);
    chain.push(h);
  }
  const root = h;
  const html = renderDossierHtml({ header, items: snapshots, itemHashes, chain, root });
  const htmlSha = await sha256Hex(strToU8(html) as Uint8Array<ArrayBuffer>);
  const signature = await input.sign(signedMessage(root, htmlSha));
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    canonicalization: CANONICALIZATION,
    hash_algorithm: 'SHA-256',
    header,
    header_sha256: headerSha,
    items: snapshots.map((s, i) => ({
      index: i + 1,
      item_id: s.item_id,
      status_url: s.status.url,
      sha256: itemHashes[i] as string,
      chain: chain[i] as string,
    })),
    root_sha256: root,
    html_sha256: htmlSha,
    signature: {
      algorithm: 'Ed25519',
      key_id: signature.key_id,
      key_url: header.signing_key.url,
      value: signature.value,
    },
  };
  const files: DossierFiles = {
    'dossier.json': `${JSON.stringify({ header, items: snapshots }, null, 2)}\n`,
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'dossier.html': html,
  };
  const mtime = new Date(header.exported_at);
  // The JSON files are stored, not deflated: a damaged byte then stays a damaged byte of one
  // item, which the verifier can name, instead of an unreadable stream that names nothing.
  const zip = zipSync({
    'dossier.json': [strToU8(files['dossier.json']), { level: 0, mtime }],
    'manifest.json': [strToU8(files['manifest.json']), { level: 0, mtime }],
    'dossier.html': [strToU8(files['dossier.html']), { level: 6, mtime }],
  });
  return { files, zip };
}

export class StoredSnapshotChangedError extends Error {
  constructor(readonly itemId: string) {
    super(`the stored snapshot of dossier item ${itemId} no longer matches its hash`);
  }
}
