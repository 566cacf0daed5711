/**
 * French verbs of harm conjugated, for `threat-patterns.ts`: the future and the conditional say
 * the act will be done ("on vous brûlera", "je les pendrai"), the present after "je te" says it
 * is about to be ("je te crève"). They stay out of the lexicon: read through masks and glued
 * words, "débutera" would be "de butera" and "dépendra" "de pendra"; in the present, "tu vas être
 * crevé" is tired.
 */
import { keyKinds } from '../text/tokenise.ts';
import { words } from './word-list.ts';

/** Verbs that harm a person, written as infinitives. */
const FRENCH_HARM_INFINITIVES = words(`
  tuer, buter, egorger, poignarder, massacrer, tabasser, etrangler, pendre, lyncher, flinguer,
  gazer, fusiller, exterminer, trucider, zigouiller, defigurer, torturer, decapiter, lapider,
  eventrer, violer
`);
/**
 * Verbs that also take things as objects ("les feuilles, on les brûlera"): their forms threaten
 * only the reader or a named group.
 */
const FRENCH_GROUP_HARM_INFINITIVES = words(`
  bruler, defoncer, fracasser, crever, cramer, cogner, eclater, frapper, saigner, achever,
  enterrer, abattre, eliminer, ecraser, exploser
`);

// Infinitives whose stem changes before the future's ending ("noyer" → "noierai").
const FUTURE_STEMS: ReadonlyArray<[string, string]> = [['noyer', 'noier']];
const FUTURE_ENDINGS = ['ai', 'as', 'a', 'ons', 'ez', 'ont', 'ais', 'ait', 'ions', 'iez', 'aient'];

/** Future and conditional forms ("brulera", "pendrions"), accents already folded. */
export function frenchFutureForms(infinitives: readonly string[]): string[] {
  const out: string[] = [];
  for (const infinitive of infinitives) {
    const stem =
      FUTURE_STEMS.find(([inf]) => inf === infinitive)?.[1] ??
      (infinitive.endsWith('re') ? infinitive.slice(0, -1) : infinitive);
    for (const ending of FUTURE_ENDINGS) out.push(stem + ending);
  }
  return out;
}

/** First-person singular present forms ("crame", "pends"). */
export function frenchPresentForms(infinitives: readonly string[]): string[] {
  return infinitives.map((infinitive) =>
    infinitive.endsWith('er') ? infinitive.slice(0, -1) : `${infinitive.slice(0, -2)}s`,
  );
}

const HARM_FUTURES = frenchFutureForms([...FRENCH_HARM_INFINITIVES, 'noyer']);
const GROUP_HARM_FUTURES = frenchFutureForms(FRENCH_GROUP_HARM_INFINITIVES);
const HARM_PRESENTS = frenchPresentForms(FRENCH_HARM_INFINITIVES);
// "Je te crame" is also "I see through you".
const GROUP_HARM_PRESENTS = frenchPresentForms(
  FRENCH_GROUP_HARM_INFINITIVES.filter((verb) => verb !== 'cramer'),
);
/** Future and conditional forms: the intent is in the verb ("on vous brûlera"). */
export const FRENCH_HARM_FUTURES: readonly string[] = HARM_FUTURES;
export const FRENCH_GROUP_HARM_FUTURES: readonly string[] = GROUP_HARM_FUTURES;
/** Present forms of verbs that harm a person, read only after "je" and the object. */
export const FRENCH_HARM_PRESENTS: readonly string[] = HARM_PRESENTS;
/** Present forms of verbs that also take things: the reader or a group as object. */
export const FRENCH_GROUP_HARM_PRESENTS: readonly string[] = GROUP_HARM_PRESENTS;

/** Plural commands ("tuez", "pendez", "abattez"), read where they open a clause. */
export function frenchImperativeForms(infinitives: readonly string[]): string[] {
  return infinitives.map((infinitive) => `${infinitive.slice(0, -2)}ez`);
}
export const FRENCH_HARM_IMPERATIVES: readonly string[] =
  frenchImperativeForms(FRENCH_HARM_INFINITIVES);
export const FRENCH_GROUP_HARM_IMPERATIVES: readonly string[] = frenchImperativeForms(
  FRENCH_GROUP_HARM_INFINITIVES,
);

/**
 * What a form of `FRENCH_HARM_FORMS` is: a tense or a command, of a verb that harms a person or
 * one that also takes things. Commands rank above tenses.
 */
export const HARM_TENSE = 1;
export const GROUP_HARM_TENSE = 2;
export const HARM_COMMAND = 3;
export const GROUP_HARM_COMMAND = 4;
/** Every conjugated form the threat readers look for, by kind: one lookup per word. */
export const FRENCH_HARM_FORMS: ReadonlyMap<string, number> = keyKinds([
  [FRENCH_GROUP_HARM_IMPERATIVES.join(' '), GROUP_HARM_COMMAND],
  [FRENCH_HARM_IMPERATIVES.join(' '), HARM_COMMAND],
  [[...GROUP_HARM_FUTURES, ...GROUP_HARM_PRESENTS].join(' '), GROUP_HARM_TENSE],
  [[...HARM_FUTURES, ...HARM_PRESENTS].join(' '), HARM_TENSE],
]);
