import type { DossierSnapshot } from './dossier-snapshot.ts';
import { formatInZone, formatUtc } from './dossier-time.ts';
import type { DossierHeader } from './verify/dossier-format.ts';

/**
 * dossier.html: the printable copy, in French and English side by side, for a lawyer, a court
 * clerk or a police officer who will never open a JSON file. Inline CSS only and no script, so
 * it opens the same anywhere, offline, and prints one item per block. Every value comes from
 * the snapshots and is escaped; the post's own HTML is never inserted (its text is shown).
 */
export function renderDossierHtml(input: {
  header: DossierHeader;
  items: DossierSnapshot[];
  itemHashes: string[];
  chain: string[];
  root: string;
}): string {
  const { header, items, itemHashes, chain, root } = input;
  const tz = header.time_zone;
  const time = (iso: string | null) =>
    iso
      ? `<span class="utc">${esc(formatUtc(iso))}</span><br><span class="local">${esc(formatInZone(iso, tz))} — ${esc(tz)}</span>`
      : '—';
  const rows = (pairs: Array<[string, string]>) =>
    `<table>${pairs.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
  // Only web addresses become links: a federated post could carry a `javascript:` URL.
  const link = (url: string) =>
    /^https?:\/\//i.test(url) ? `<a href="${esc(url)}">${esc(url)}</a>` : esc(url);

  const itemBlocks = items.map((item, i) => {
    const s = item.status;
    const chainHtml =
      item.reply_chain.length === 0
        ? ''
        : `<h4>Fil de la conversation · Reply chain</h4><ol class="chain">${item.reply_chain
            .map(
              (a) =>
                `<li><p class="who">${a.author ? `${esc(a.author.display_name)} ${esc(a.author.handle)}` : '?'} — ${esc(formatUtc(a.created_at))} — ${link(a.url)}</p><p class="text">${esc(a.text)}</p></li>`,
            )
            .join('')}</ol>`;
    const versions =
      item.previous_versions.length === 0
        ? ''
        : `<h4>Versions précédentes · Earlier versions</h4><ol class="chain">${item.previous_versions
            .map(
              (v) =>
                `<li><p class="who">${esc(formatUtc(v.written_at))}</p><p class="text">${esc(v.text)}</p></li>`,
            )
            .join('')}</ol>`;
    const scores = item.scores
      ? rows([
          ['Toxicité · Toxicity', score(item.scores.toxicity)],
          ['Insulte · Insult', score(item.scores.insult)],
          ['Menace · Threat', score(item.scores.threat)],
          ['Attaque identitaire · Identity attack', score(item.scores.identity_attack)],
          ['Grossièreté · Profanity', score(item.scores.profanity)],
          ['Émotion · Emotion', esc(item.scores.emotion)],
        ])
      : '<p>Aucune mesure · No reading</p>';
    return `<section class="item" id="item-${i + 1}">
<h2>Élément ${i + 1} · Item ${i + 1}</h2>
${rows([
  [
    'Auteur·rice · Author',
    `${esc(item.author.display_name)} <strong>${esc(item.author.handle)}</strong>`,
  ],
  ['Compte · Account', link(item.author.url)],
  ['Compte créé · Account created', time(item.author.created_at)],
  ['Publication · Post', link(s.url)],
  ['Visibilité · Visibility', esc(s.visibility)],
  ['Publiée · Posted', time(s.created_at)],
  ['Modifiée · Edited', time(s.edited_at)],
  ['Collectée · Collected', `${time(item.collected_at)}<br>${esc(item.collected_by.handle)}`],
])}
${s.spoiler_text ? `<p class="cw">Avertissement · Content warning: ${esc(s.spoiler_text)}</p>` : ''}
<h3>Texte · Text</h3>
<p class="text post">${esc(s.text)}</p>
${versions}
${chainHtml}
<h4>Lecture du moteur d’empathie · Empathy engine's reading</h4>
${scores}
<p class="hash">SHA-256 : <code>${esc(itemHashes[i] ?? '')}</code><br>h<sub>${i + 1}</sub> : <code>${esc(chain[i] ?? '')}</code></p>
</section>`;
  });

  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(header.title)} — Dossier de preuves · Evidence dossier</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff;max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:0 0 .5rem}h3,h4{font-size:1rem;margin:1rem 0 .25rem}
table{border-collapse:collapse;width:100%;margin:.25rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{width:16rem;background:#f2f2f2;font-weight:600}
.item{border:2px solid #444;border-radius:6px;padding:1rem;margin:1.5rem 0;break-inside:avoid;page-break-inside:avoid}
.text{white-space:pre-wrap;overflow-wrap:anywhere;border-left:4px solid #888;padding:.25rem .75rem;margin:.25rem 0}
.post{font-size:1.05rem}.cw{font-weight:600}.who{margin:0;color:#444;font-size:.9rem}
.local{color:#444}.hash code,.root code{font-size:.8rem;overflow-wrap:anywhere}
.note{background:#f7f7f7;border:1px solid #ccc;padding:.75rem;border-radius:6px}
a{color:#0645ad}
@media print{body{padding:0}a{color:#000}}
</style>
</head>
<body>
<h1>Dossier de preuves · Evidence dossier : ${esc(header.title)}</h1>
${rows([
  ['Titulaire · Owner', `${esc(header.owner.handle)} — ${link(header.owner.url)}`],
  ['Exporté par · Exported by', esc(header.exported_by.handle)],
  ['Instance', link(header.instance)],
  ['Exporté le · Exported at', time(header.exported_at)],
  ['Éléments · Items', String(header.item_count)],
  [
    'Clé de signature · Signing key',
    `${esc(header.signing_key.key_id)}<br>${link(header.signing_key.url)}`,
  ],
  ['Empreinte racine · Root hash', `<code>${esc(root)}</code>`],
])}
<div class="note">
<p>Chaque élément est une copie prise au moment de sa collecte par l’instance. Son empreinte SHA-256, chaînée aux précédentes, est signée par la clé Ed25519 de l’instance (manifest.json). Pour vérifier le fichier ZIP : <code>npx empathie-dossier verify dossier.zip --fetch</code>, ou la page « Vérifier un dossier » de l’instance.</p>
<p>Each item is a copy taken by the instance when it was collected. Its SHA-256 hash, chained to the previous ones, is signed with the instance's Ed25519 key (manifest.json). To verify the ZIP file: <code>npx empathie-dossier verify dossier.zip --fetch</code>, or the instance's "Verify a dossier" page.</p>
</div>
${itemBlocks.join('\n')}
</body>
</html>
`;
}

function score(value: number): string {
  return `${Math.round(value * 100)} %`;
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
