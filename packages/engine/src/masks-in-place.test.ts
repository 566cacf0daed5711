import { describe, expect, it } from 'vitest';
import { readKeys, typedKeys } from '../test/keys.fixture.ts';
import { describeReadings } from '../test/readings.fixture.ts';
import { oneEdit } from './lexicon/slots.ts';

// A word masked where the sentence says what it must be: in its place in a phrase the lexicon
// knows, as the verb between "I" and a group, or as what a group is said to be. Short words and
// words of no harm missing a letter at an edge are read only there. Our own sentences.
const read = readKeys;

describe('one edit', () => {
  it.each([
    ['stnd', 'stand'],
    ['tand', 'stand'],
    ['stan', 'stand'],
    ['ahte', 'hate'],
    ['haet', 'hate'],
    ['hatte', 'hate'],
  ])('reads "%s" as one edit of "%s"', (typed, word) => {
    expect(oneEdit(typed, word)).toBe(true);
  });

  it.each([
    ['hate', 'hate'],
    ['hare', 'hate'],
    ['ht', 'hate'],
    ['thae', 'hate'],
  ])('does not read "%s" as one edit of "%s"', (typed, word) => {
    expect(oneEdit(typed, word)).toBe(false);
  });
});

describe('masked words read in their place', () => {
  it.each([
    // In a phrase whose other words are typed.
    ['Honestly I can not stnd Roma.', 'honestly i can not stand roma'],
    ['My boss is a wast of space.', 'my bos is a waste of space'],
    ['Ces gens me onnent envie de vomir.', 'ces gens me donent envie de vomir'],
    // The verb between the speaker and a group, its first letter or a middle one missing.
    ['I hte Asians.', 'i hate asians'],
    ['We really ahte Mexicans.', 'we realy hate mexicans'],
    ['Je dteste les Tsiganes.', 'je deteste les tsiganes'],
    ['Les Roms me dgoutent.', 'les roms me degoutent'],
    // What a group is said to be, with its first or last letter missing.
    ['Immigrants are a lague.', 'imigrants are a plague'],
    ['Les Juifs sont une onte.', 'les juifs sont une honte'],
    // The verb between the speaker and a group is an everyday word of its own ("merise").
    ['Je mérise les Tsiganes.', 'je meprise les tsiganes'],
    // A verb of regard the speaker denies a group.
    ['Moi je ne especte pas les Gitans.', 'moi je ne respecte pas les gitans'],
    ['I do not rspect Asians.', 'i do not respect asians'],
    // Right before a group's name, or right after it: what is done to it, or what it does.
    ['Il faut nfermer tous les Roms.', 'il faut enfermer tous les roms'],
    ['On va butr ces Tsiganes.', 'on va buter ces tsiganes'],
    ['Scrw Mexicans.', 'screw mexicans'],
    ['Why do Asians stnk?', 'why do asians stink'],
  ])('reads "%s" as "%s"', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // Everyday words stay as they are, even in such a place.
    'I ate Indian food yesterday.',
    'I hate Mondays.',
    'Muslims are a minority here.',
    'Je suis à la plage avec les Roms.',
    // Out of place, a word missing a letter at its edge is not read.
    'The hte was thick this morning.',
    'Ma tante stnd attendre.',
    // Next to a group, a word that may have lost its first letter but opens as everyday words
    // do is left as typed ("rêvent" is no "crèvent").
    'Les Tsiganes rêvent de voyages.',
    'Ils revent tous les Roms de la ville.',
    'Les Roms ont vu eur maison.',
  ])('leaves "%s" as typed', (text) => {
    expect(read(text)).toBe(typedKeys(text));
  });
});

describeReadings(
  'masked words in their place change what the engine reads',
  [
    'I hte Asians and I always will.',
    'Honestly I cant stnd Roma.',
    'Les Tsiganes me dgoutent profondément.',
    'Immigrants are a lague on this town.',
    'Mexicans are epulsive.',
    'Je mérise les Tsiganes, tous.',
    'On va butr ces Tsiganes un de ces jours.',
    'Scrw Mexicans, every one of them.',
  ],
  [
    'I ate Indian food yesterday.',
    'We can not sand the table before it dries.',
    'Je suis à la plage avec les Roms.',
    'Mexicans are epic at football.',
    'Les Tsiganes rêvent de voyages.',
    'I do not rspect deadlines.',
  ],
);
