import type { UiLanguage } from '../../api/mastodon.types.ts';

/** One section of the guide: a title and its paragraphs. */
export interface GuideSection {
  id: string;
  title: string;
  paragraphs: string[];
}

/**
 * How an evidence dossier is used, in French and English. Kept as prose beside the page rather
 * than as dozens of catalogue keys; both languages have the same sections, in the same order
 * (checked by dossier-guide.test.ts). It informs and points to the right people; it gives no
 * legal advice, and says so.
 */
export const GUIDE: Record<UiLanguage, { title: string; lede: string; sections: GuideSection[] }> =
  {
    fr: {
      title: 'Utiliser un dossier de preuves',
      lede: 'Un dossier de preuves rassemble des publications telles que vous les avez vues, avec leurs auteur·rices, leurs adresses et leurs dates, dans un fichier dont on peut vérifier qu’il n’a pas été modifié. Voici à quoi il peut servir.',
      sections: [
        {
          id: 'not-advice',
          title: 'Ce que cette page n’est pas',
          paragraphs: [
            'Cette page n’est pas un conseil juridique. Chaque situation est différente : pour savoir quoi faire dans la vôtre, adressez-vous à un·e avocat·e, à une association d’aide aux victimes ou aux services cités plus bas.',
            'Si vous êtes en danger immédiat, appelez le 17 (police, gendarmerie) ou le 112.',
          ],
        },
        {
          id: 'collect',
          title: 'Rassembler',
          paragraphs: [
            'Depuis le menu « ⋯ » d’une publication, choisissez « Ajouter à un dossier ». L’instance enregistre aussitôt une copie : le texte, l’auteur·rice et la date de création de son compte, l’adresse de la publication, sa visibilité, ses dates, la conversation à laquelle elle répond et la lecture du moteur d’empathie.',
            'La copie reste dans le dossier même si l’auteur·rice modifie ou supprime sa publication ensuite. Vous pouvez aussi demander à un·e allié·e de confiance de collecter pour vous, si vous lui en avez donné le droit.',
          ],
        },
        {
          id: 'export',
          title: 'Exporter et vérifier',
          paragraphs: [
            'Le bouton « Exporter » produit un fichier ZIP qui contient dossier.json (lisible par une machine), dossier.html (à imprimer, en français et en anglais, avec les heures en temps universel et dans votre fuseau) et manifest.json (les empreintes de chaque élément, chaînées et signées par la clé de l’instance).',
            'N’importe qui peut vérifier le fichier, sans compte, sur la page « Vérifier un dossier » ou avec la commande npx empathie-dossier verify. Si un seul octet d’un élément a changé, la vérification échoue et nomme l’élément modifié.',
            'Ce que le dossier montre : que l’instance a enregistré ces contenus au moment indiqué, et que rien n’a changé depuis l’export. Ce qu’il ne montre pas : qui se trouve réellement derrière un compte, ni, pour une publication venue d’un autre serveur, ce que ce serveur a pu faire avant de nous l’envoyer.',
          ],
        },
        {
          id: 'lawyer',
          title: 'Avec un·e avocat·e',
          paragraphs: [
            'Remettez le fichier ZIP tel quel, sans l’ouvrir ni le modifier, avec la version imprimable si c’est plus simple. Indiquez l’adresse de l’instance : la clé publique qui permet de vérifier la signature y est publiée.',
            'Votre avocat·e vous dira si d’autres démarches sont utiles, par exemple un constat par un commissaire de justice, et quelle suite donner.',
          ],
        },
        {
          id: 'complaint',
          title: 'Porter plainte',
          paragraphs: [
            'En France, une plainte peut être déposée dans un commissariat ou une gendarmerie, ou adressée par écrit au procureur de la République. Vous pouvez y joindre le dossier exporté et sa version imprimée.',
            'Le harcèlement en ligne, y compris lorsqu’il vient de nombreuses personnes à la fois, peut constituer une infraction : les personnes qui vous accompagnent sauront vous dire ce qui s’applique à votre situation.',
          ],
        },
        {
          id: 'pharos',
          title: 'Signaler à PHAROS',
          paragraphs: [
            'PHAROS est la plateforme officielle de signalement des contenus illicites en ligne (internet-signalement.gouv.fr). Un signalement aide les enquêteurs à repérer un contenu ; il ne remplace pas une plainte.',
            'Indiquez l’adresse de chaque publication concernée : vous la trouverez dans la version imprimable du dossier.',
          ],
        },
        {
          id: '3018',
          title: 'Le 3018, pour les jeunes',
          paragraphs: [
            'Le 3018 est le numéro national, gratuit et anonyme, pour les jeunes victimes de harcèlement ou de violences numériques, et pour leurs parents. Il répond par téléphone, par tchat et par son application, et peut aider à faire retirer rapidement des contenus.',
            'Si tu as moins de 18 ans, parles-en aussi à un adulte de confiance : tu n’as pas à faire face seul·e.',
          ],
        },
        {
          id: 'elsewhere',
          title: 'Ailleurs qu’en France',
          paragraphs: [
            'La plupart des pays ont un service de signalement et des associations d’aide aux victimes de cyberharcèlement. Le dossier est bilingue et vérifiable partout : il peut être remis à l’autorité compétente de votre pays.',
          ],
        },
      ],
    },
    en: {
      title: 'Using an evidence dossier',
      lede: 'An evidence dossier gathers posts as you saw them, with their authors, addresses and times, in a file anyone can check has not been changed. Here is what it can be used for.',
      sections: [
        {
          id: 'not-advice',
          title: 'What this page is not',
          paragraphs: [
            'This page is not legal advice. Every situation is different: to know what to do in yours, ask a lawyer, a victim support association or the services listed below.',
            'If you are in immediate danger, call 112 (in France, 17 reaches the police).',
          ],
        },
        {
          id: 'collect',
          title: 'Collecting',
          paragraphs: [
            'From a post’s “⋯” menu, choose “Add to a dossier”. The instance records a copy at once: the text, the author and when their account was created, the post’s address, its visibility, its times, the conversation it answers and the empathy engine’s reading.',
            'The copy stays in the dossier even if the author later edits or deletes the post. You can also ask a trusted ally to collect for you, if you gave them that right.',
          ],
        },
        {
          id: 'export',
          title: 'Exporting and verifying',
          paragraphs: [
            'The “Export” button produces a ZIP file holding dossier.json (machine-readable), dossier.html (printable, in French and English, with times in UTC and in your time zone) and manifest.json (each item’s hash, chained and signed with the instance’s key).',
            'Anyone can verify the file, without an account, on the “Verify a dossier” page or with the command npx empathie-dossier verify. If a single byte of an item changed, verification fails and names the altered item.',
            'What the dossier shows: that the instance recorded these contents at the time stated, and that nothing changed since the export. What it does not show: who is really behind an account, nor, for a post from another server, what that server may have done before sending it to us.',
          ],
        },
        {
          id: 'lawyer',
          title: 'With a lawyer',
          paragraphs: [
            'Hand over the ZIP file as it is, without opening or changing it, with the printable copy if that is easier. Give the instance’s address: the public key that verifies the signature is published there.',
            'Your lawyer will tell you whether other steps help, such as an official record by a bailiff (in France, a commissaire de justice), and what to do next.',
          ],
        },
        {
          id: 'complaint',
          title: 'Filing a complaint',
          paragraphs: [
            'In France, a complaint can be filed at a police or gendarmerie station, or sent in writing to the public prosecutor (procureur de la République). You can attach the exported dossier and its printed copy.',
            'Online harassment, including when it comes from many people at once, can be an offence: the people helping you will tell you what applies to your situation.',
          ],
        },
        {
          id: 'pharos',
          title: 'Reporting to PHAROS',
          paragraphs: [
            'PHAROS is France’s official platform for reporting illegal content online (internet-signalement.gouv.fr). A report helps investigators find content; it does not replace a complaint.',
            'Give the address of each post concerned: you will find it in the dossier’s printable copy.',
          ],
        },
        {
          id: '3018',
          title: '3018, for young people',
          paragraphs: [
            '3018 is France’s national free and anonymous helpline for young people facing online harassment or violence, and for their parents. It answers by phone, chat and its app, and can help get content taken down quickly.',
            'If you are under 18, also talk to an adult you trust: you do not have to face this alone.',
          ],
        },
        {
          id: 'elsewhere',
          title: 'Outside France',
          paragraphs: [
            'Most countries have a reporting service and associations that help victims of cyber-harassment. The dossier is bilingual and can be verified anywhere: it can be handed to the competent authority of your country.',
          ],
        },
      ],
    },
  };
