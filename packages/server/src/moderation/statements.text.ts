import type { Lang } from '../http/language.ts';
import type { RestrictionAction } from './moderation.tables.ts';

/** The legal grounds a moderator may choose beside the instance's rules (`law:<ground>`). */
export const LEGAL_GROUNDS = [
  'harassment',
  'hate',
  'threats',
  'privacy',
  'intellectual_property',
  'child_safety',
  'other',
] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];

const ACTIONS = new Map<RestrictionAction, { fr: string; en: string }>([
  [
    'remove_post',
    {
      fr: 'Votre publication a été retirée : plus personne ne peut la voir.',
      en: 'Your post was removed: nobody can see it any more.',
    },
  ],
  [
    'mark_sensitive',
    {
      fr: 'Votre publication a été marquée comme sensible : elle est masquée derrière un avertissement.',
      en: 'Your post was marked as sensitive: it is hidden behind a warning.',
    },
  ],
  [
    'limit',
    {
      fr: 'Votre compte a été limité : vos publications n’atteignent plus que les personnes qui vous suivent.',
      en: 'Your account was limited: your posts now reach only the people who follow you.',
    },
  ],
  [
    'suspend',
    {
      fr: 'Votre compte a été suspendu : il n’est plus visible et la connexion est refusée.',
      en: 'Your account was suspended: it is no longer visible and log-in is refused.',
    },
  ],
  [
    'disable',
    {
      fr: 'La connexion à votre compte a été désactivée ; vos publications restent visibles.',
      en: 'Log-in to your account was disabled; your posts stay visible.',
    },
  ],
]);

const LAW = new Map<LegalGround, { fr: string; en: string }>([
  ['harassment', { fr: 'Harcèlement (contenu illicite)', en: 'Harassment (illegal content)' }],
  [
    'hate',
    {
      fr: 'Incitation à la haine (contenu illicite)',
      en: 'Incitement to hatred (illegal content)',
    },
  ],
  ['threats', { fr: 'Menaces (contenu illicite)', en: 'Threats (illegal content)' }],
  [
    'privacy',
    {
      fr: 'Atteinte à la vie privée (contenu illicite)',
      en: 'Privacy violation (illegal content)',
    },
  ],
  [
    'intellectual_property',
    {
      fr: 'Atteinte à la propriété intellectuelle (contenu illicite)',
      en: 'Intellectual property infringement (illegal content)',
    },
  ],
  [
    'child_safety',
    {
      fr: 'Protection des mineurs (contenu illicite)',
      en: 'Child safety (illegal content)',
    },
  ],
  ['other', { fr: 'Autre contenu illicite', en: 'Other illegal content' }],
]);

export function isLegalGround(value: string): value is LegalGround {
  return (LEGAL_GROUNDS as readonly string[]).includes(value);
}

export function describeAction(action: RestrictionAction, lang: Lang): string {
  return ACTIONS.get(action)?.[lang] ?? action;
}

/** `rule:<id>` names the instance rule (its text as it read then); `law:<ground>` a legal ground. */
export function describeGround(ground: string, groundText: string, lang: Lang): string {
  if (ground.startsWith('rule:')) {
    return lang === 'fr' ? `Règle de l’instance : ${groundText}` : `Instance rule: ${groundText}`;
  }
  if (ground.startsWith('law:')) {
    const key = ground.slice(4);
    const text = isLegalGround(key) ? LAW.get(key)?.[lang] : undefined;
    return text ?? ground;
  }
  return lang === 'fr' ? 'Conditions d’utilisation de l’instance' : 'The instance’s terms of use';
}

export function appealHowTo(lang: Lang): string {
  return lang === 'fr'
    ? 'Vous pouvez faire appel de cette décision depuis cette page : une autre personne de la modération la réexaminera. Vous pouvez aussi saisir un organisme de règlement extrajudiciaire des litiges ou la justice.'
    : 'You can appeal this decision from this page: another moderator will review it. You may also turn to an out-of-court dispute settlement body or to the courts.';
}

export function automatedText(automated: boolean, lang: Lang): string {
  if (lang === 'fr') {
    return automated
      ? 'Des moyens automatisés ont été utilisés.'
      : 'Décision prise par une personne ; la lecture du moteur n’a servi que d’indice.';
  }
  return automated
    ? 'Automated means were used.'
    : 'Decided by a person; the engine’s reading served only as a hint.';
}
