/**
 * Templates of our suite for masked spellings and harmless look-alikes, written by us.
 *
 * Masked categories share one list of hurtful templates; the word between brackets is masked
 * after the slots are filled (`train/suite-masks.ts`), at a position that varies with the case.
 * Look-alike categories are harmless sentences that use a word which is also an insult or a
 * slur: in another sense (homonyms), or said of oneself by the group it once targeted
 * (reclaimed). Slots as in `suite.data.ts`, plus {k} a hurtful word aimed at a person and {w} a
 * moment, so that each template gives many cases.
 */
import type { SuiteCategory } from './suite.data.ts';

/** How a masked category disguises the bracketed word. */
export type MaskKind = 'swap' | 'delete' | 'spaceAdd' | 'spaceRemove' | 'leet';

export interface MaskedCategory extends SuiteCategory {
  mask?: MaskKind;
}

const HURTFUL = {
  fr: [
    '{n}, t’es qu’un [{k}].',
    '{n}, ferme-la, espèce de [{k}].',
    'Dégage, [{k}], on ne veut plus te voir {n}.',
    '{n} est un vrai [{k}], tout le monde le sait.',
    'Je [déteste] {g}, qu’ils partent.',
    '{g} sont [dégoûtants].',
    'Tu me fais pitié {n}, pauvre [{k}].',
    '{g} sont des [ordures], point.',
    'Je hais [{g}] et je le dis.',
    '[{g}] devraient tous dégager d’ici.',
  ],
  en: [
    '{n}, you are nothing but a [{k}].',
    '{n}, shut up, you [{k}].',
    'Get out, [{k}], nobody wants you here {n}.',
    '{n} is a total [{k}], everyone knows it.',
    'I [hate] {g}, they should leave.',
    '{g} are [disgusting].',
    'You make me sick {n}, you pathetic [{k}].',
    '{g} are [worthless] vermin.',
    'I can’t stand [{g}], not one of them.',
    '[{g}] should all get out of this country.',
  ],
} as const;

const masked = (name: string, mask: MaskKind): MaskedCategory => ({
  name,
  label: 1,
  mask,
  templates: HURTFUL,
});

export const MASKED_SUITE: readonly MaskedCategory[] = [
  masked('swapped letters', 'swap'),
  masked('deleted letter', 'delete'),
  masked('spaces added inside a word', 'spaceAdd'),
  masked('spaces removed between words', 'spaceRemove'),
  masked('leetspeak/symbols', 'leet'),
  {
    name: 'homonyms',
    label: 0,
    templates: {
      fr: [
        '{n} a posé une tapette à souris dans la cave {w}.',
        'La chienne de {n} a eu six chiots {w}.',
        '{n} a vu un raton laveur dans le jardin {w}.',
        'Le vélo de {n} a perdu une pédale {w}.',
        'Le macaque du zoo a volé la casquette de {n} {w}.',
        '{n} a cuisiné une morue aux pommes de terre {w}.',
        '{n} a rempli sa gourde à la fontaine {w}.',
        '{n} a préparé une quiche aux poireaux {w}.',
        '{n} a mangé des nouilles sautées {w}.',
        '{n} a acheté une andouille au marché {w}.',
        'La cloche de l’église a sonné pendant que {n} dormait {w}.',
        '{n} a photographié une buse au-dessus du champ {w}.',
        '{n} a vu une grue soulever des poutres sur le chantier {w}.',
        '{n} a ramené une courge du potager {w}.',
        '{n} a planté des cornichons {w}.',
        '{n} a amarré le bateau à la bitte du quai {w}.',
        'La chatte de {n} dort sur le radiateur {w}.',
        '{n} a renversé une cruche d’eau {w}.',
        '{n} a mis une dinde au four {w}.',
        '{n} a pêché un thon énorme {w}.',
      ],
      en: [
        '{n} tied the faggots of firewood together {w}.',
        '{n} cooked faggots and peas for dinner {w}.',
        '{n}’s show bitch had a litter of six puppies {w}.',
        '{n} walked along the dyke by the sea {w}.',
        '{n} added a flame retardant to the paint {w}.',
        'The cold may retard the growth of the seedlings, {n} said {w}.',
        '{n} adopted a Maine Coon kitten {w}.',
        '{n} found a chink in the armour of that argument {w}.',
        '{n} went outside for a fag break {w}.',
        '{n} fed the pussy cat next door {w}.',
        '{n} heard the cock crow on the farm {w}.',
        '{n} rode a stubborn old ass up the hill {w}.',
        '{n} skied down the steep slope {w}.',
        '{n} felt a nip in the air {w}.',
        '{n} dug the vegetable bed with a spade {w}.',
        '{n} started reading Moby Dick {w}.',
        '{n} spotted a blue tit at the feeder {w}.',
        'The mechanic said the tranny in {n}’s old truck is shot {w}.',
        '{n} ate spotted dick with custard {w}.',
        '{n} saw a beaver build its dam {w}.',
      ],
    },
  },
  {
    name: 'reclaimed words used by the group itself',
    label: 0,
    templates: {
      fr: [
        'Avec {n}, on est gouines et fières de l’être {w}.',
        '{n} et moi, on est deux pédés heureux {w}.',
        'Nous, les gouines, on organise une fête avec {n} {w}.',
        'En tant que pédé, je remercie {n} pour son soutien {w}.',
        'Je suis une tarlouze assumée, j’ai dit à {n} en riant {w}.',
        'On a lancé un podcast de gouines avec {n} {w}.',
        'Fier d’être pédé, j’ai défilé avec {n} {w}.',
        'On est des tapettes et on danse, {n} et moi, {w}.',
        'Ma bande de pédés et moi, on fête l’anniversaire de {n} {w}.',
        'Nous les gouines du club, on a gagné le tournoi avec {n} {w}.',
        'Je suis gouine et fière, je l’ai dit à {n} {w}.',
        'Entre pédés, on se serre les coudes, m’a dit {n} {w}.',
      ],
      en: [
        'We dykes are throwing a party with {n} {w}.',
        '{n} and I are proud dykes, and we said so {w}.',
        'Me and my niggas are hanging out with {n} {w}.',
        'As a fag myself, I laughed at the joke {n} told {w}.',
        'I’m a proud faggot and {n} is my best friend, we marched {w}.',
        'We queers know how to party, {n} proved it {w}.',
        'My fellow dykes and I met {n} at the march {w}.',
        'Us fags have to stick together, {n} told me {w}.',
        'I’m a tranny and proud of it, I told {n} {w}.',
        'Being a dyke is the best thing that happened to me, I told {n} {w}.',
        'What’s up my nigga, I said to {n} as we hugged {w}.',
        'Proud to be a dyke and a friend of {n} {w}.',
        'We fags threw {n} a birthday party {w}.',
        'As a dyke, I feel at home with {n} and our crew {w}.',
      ],
    },
  },
];
