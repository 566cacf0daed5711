/**
 * A second functional set of our own, written in one sitting with fresh wording, to measure how the
 * engine's reading of attacks on groups carries over to sentences nobody tuned it on. Every
 * template is filled with every group of its language.
 *
 * - `DEVELOPMENT`: read while writing the group-talk rules (`src/features/group-talk.ts`): its
 *   figures flatter the engine.
 * - `HELD_OUT`: written before those rules, and only ever read as figures, never case by case.
 *   Do not read its misses: once a rule is written from them, it measures nothing.
 *
 * The two halves are `wording-development.data.ts` and `wording-held-out.data.ts`. Run
 * `npx tsx packages/engine/train/wording.ts`.
 */
export type WordingTemplate = readonly [
  category: string,
  label: 0 | 1,
  templates: readonly string[],
];
export type WordingSet = Readonly<Record<'fr' | 'en', readonly WordingTemplate[]>>;

export const WORDING_GROUPS: Readonly<Record<'fr' | 'en', readonly string[]>> = {
  fr: [
    'femmes',
    'musulmans',
    'juifs',
    'Noirs',
    'homosexuels',
    'trans',
    'immigrés',
    'handicapés',
    'Arabes',
    'Roms',
  ],
  en: [
    'women',
    'Muslims',
    'Jews',
    'Black people',
    'gay people',
    'trans people',
    'immigrants',
    'disabled people',
    'Arabs',
    'refugees',
  ],
};

/** The singular of each group, for "{g1}". */
export const SINGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    femmes: 'femme',
    musulmans: 'musulman',
    juifs: 'juif',
    Noirs: 'Noir',
    homosexuels: 'homosexuel',
    trans: 'trans',
    immigrés: 'immigré',
    handicapés: 'handicapé',
    Arabes: 'Arabe',
    Roms: 'Rom',
    women: 'woman',
    Muslims: 'Muslim',
    Jews: 'Jew',
    'Black people': 'Black person',
    'gay people': 'gay person',
    'trans people': 'trans person',
    immigrants: 'immigrant',
    'disabled people': 'disabled person',
    Arabs: 'Arab',
    refugees: 'refugee',
  }),
);
