import type { AlteredItem, Verdict } from './verify-dossier.ts';

/**
 * A verdict in words, in French and English, for the CLI and the web app's verify page alike.
 * The first line says intact or not; the rest says what was checked or what failed.
 */
export function describeVerdict(verdict: Verdict, lang: 'fr' | 'en'): string[] {
  const fr = lang === 'fr';
  const item = (i: AlteredItem) =>
    fr
      ? `élément n° ${i.index}${i.itemId ? ` (id ${i.itemId})` : ''}${i.statusUrl ? ` — ${i.statusUrl}` : ''}`
      : `item #${i.index}${i.itemId ? ` (id ${i.itemId})` : ''}${i.statusUrl ? ` — ${i.statusUrl}` : ''}`;
  const broken = fr ? 'NON INTÈGRE' : 'NOT INTACT';
  switch (verdict.kind) {
    case 'intact':
      return fr
        ? [
            `INTÈGRE : les ${verdict.itemCount} éléments du dossier « ${verdict.title} » sont tels que l’instance les a signés.`,
            `Instance : ${verdict.instance} — clé ${verdict.keyId}`,
            `Exporté le ${verdict.exportedAt} — empreinte racine ${verdict.root}`,
          ]
        : [
            `INTACT: the ${verdict.itemCount} items of the dossier "${verdict.title}" are as the instance signed them.`,
            `Instance: ${verdict.instance} — key ${verdict.keyId}`,
            `Exported at ${verdict.exportedAt} — root hash ${verdict.root}`,
          ];
    case 'unreadable':
      return [
        fr
          ? `${broken} : fichier illisible (${verdict.reason}).`
          : `${broken}: unreadable file (${verdict.reason}).`,
      ];
    case 'altered_header':
      return [
        fr
          ? `${broken} : l’en-tête du dossier (titre, titulaire, instance, date) a été modifié.`
          : `${broken}: the dossier's header (title, owner, instance, date) was altered.`,
      ];
    case 'altered_item':
      return [
        fr
          ? `${broken} : premier élément modifié : ${item(verdict.item)}.`
          : `${broken}: first altered item: ${item(verdict.item)}.`,
      ];
    case 'item_count_mismatch':
      return [
        fr
          ? `${broken} : des éléments ont été ajoutés ou retirés (${verdict.inDossier} dans dossier.json, ${verdict.inManifest} dans le manifeste).`
          : `${broken}: items were added or removed (${verdict.inDossier} in dossier.json, ${verdict.inManifest} in the manifest).`,
      ];
    case 'broken_chain':
      return [
        verdict.item
          ? fr
            ? `${broken} : la chaîne d’empreintes est rompue à l’${item(verdict.item)}.`
            : `${broken}: the hash chain breaks at ${item(verdict.item)}.`
          : fr
            ? `${broken} : l’empreinte racine ne correspond pas à la chaîne.`
            : `${broken}: the root hash does not match the chain.`,
      ];
    case 'altered_html':
      return [
        fr
          ? `${broken} : la version imprimable (dossier.html) a été modifiée.`
          : `${broken}: the printable copy (dossier.html) was altered.`,
      ];
    case 'wrong_key':
      return [
        fr
          ? `${broken} : la clé fournie (${verdict.givenKeyId}) n’est pas celle qui a signé (${verdict.expectedKeyId}).`
          : `${broken}: the key given (${verdict.givenKeyId}) is not the one that signed (${verdict.expectedKeyId}).`,
      ];
    case 'bad_signature':
      return [
        fr
          ? `${broken} : la signature de l’instance (clé ${verdict.keyId}) ne correspond pas au contenu.`
          : `${broken}: the instance's signature (key ${verdict.keyId}) does not match the content.`,
      ];
    default: {
      const unexpected: never = verdict;
      throw new Error(`unexpected verdict ${String(unexpected)}`);
    }
  }
}
