import type { Attribute } from './types.ts';

/**
 * Our own sentences (written for Empathie, never taken from a dataset) with the verdict a careful
 * moderator would give. `toxic` compares TOXICITY with the shipped threshold; `attribute`, when
 * set, must also be above its threshold.
 */
export interface RegressionCase {
  text: string;
  toxic: boolean;
  attribute?: Attribute;
}

export const REGRESSION_CASES: readonly RegressionCase[] = [
  // Everyday rudeness
  { text: "t'es vraiment nul", toxic: true, attribute: 'INSULT' },
  { text: 'shut up, idiot', toxic: true, attribute: 'INSULT' },
  { text: 'Ferme-la, espèce de crétin.', toxic: true, attribute: 'INSULT' },
  { text: 'You are such a pathetic loser.', toxic: true, attribute: 'INSULT' },
  { text: 'Quel abruti ce type, sérieux.', toxic: true },
  { text: 'Nobody asked for your stupid opinion.', toxic: true },
  { text: 'Tais-toi, personne ne t’a demandé ton avis.', toxic: true },
  { text: 'What a moron.', toxic: true, attribute: 'INSULT' },
  { text: 'T’as vraiment un pois chiche à la place du cerveau.', toxic: true },
  { text: 'You have a peanut for a brain.', toxic: true },
  { text: 'Your mom should have raised you better, you brat.', toxic: true },
  { text: 'Le cerveau est à la place du cœur dans ce dessin ?', toxic: false },
  // Spelling variants
  { text: 'T’es un c0nnnnard', toxic: true, attribute: 'INSULT' },
  { text: 'you are an i.d.i.o.t', toxic: true, attribute: 'INSULT' },
  { text: 'tg sale b4tard', toxic: true },
  { text: 'STFU you d u m b a s s', toxic: true },
  { text: 'ptn t ki toi ?? t nul', toxic: true },
  { text: 'u r so stoopid', toxic: true },
  { text: 'That stoopid song is stuck in my head.', toxic: false },
  // Threats without slurs
  { text: 'Je sais où tu habites, fais gaffe à toi.', toxic: true, attribute: 'THREAT' },
  { text: 'I will find you and you will regret it.', toxic: true, attribute: 'THREAT' },
  { text: 'Je vais te casser la gueule ce soir.', toxic: true, attribute: 'THREAT' },
  { text: 'Watch your back, I know where you live.', toxic: true, attribute: 'THREAT' },
  { text: 'Je te retrouverai, et tu le regretteras.', toxic: true, attribute: 'THREAT' },
  { text: 'Tu vas morfler ce soir.', toxic: true, attribute: 'THREAT' },
  // Identity attacks without slurs
  { text: 'Les immigrés sont des parasites.', toxic: true, attribute: 'IDENTITY_ATTACK' },
  {
    text: 'Muslims are animals and should be deported.',
    toxic: true,
    attribute: 'IDENTITY_ATTACK',
  },
  { text: 'Women are inferior and too stupid to vote.', toxic: true },
  { text: 'I hate gay people.', toxic: true, attribute: 'IDENTITY_ATTACK' },
  // Hate stated as a negated positive: no hurtful word at all
  { text: 'Les Roms ne valent rien.', toxic: true, attribute: 'IDENTITY_ATTACK' },
  { text: 'Muslims will never be our equals.', toxic: true, attribute: 'IDENTITY_ATTACK' },
  { text: 'Je vais tous les massacrer, ces migrants.', toxic: true, attribute: 'THREAT' },
  { text: "I'm going to hurt you.", toxic: true, attribute: 'THREAT' },
  // Profanity
  { text: 'Putain de merde, encore en retard !', toxic: true, attribute: 'PROFANITY' },
  { text: 'This is fucking bullshit.', toxic: true, attribute: 'PROFANITY' },
  // Harmless text, including strong feelings and criticism of ideas
  { text: 'Merci beaucoup pour ton aide, c’est très gentil.', toxic: false },
  { text: 'Thanks a lot, that was really helpful!', toxic: false },
  { text: 'Je ne suis pas d’accord avec cette décision, voici pourquoi.', toxic: false },
  { text: 'I disagree with this proposal, but I see your point.', toxic: false },
  { text: 'Bonjour à tous, la réunion est décalée à jeudi.', toxic: false },
  { text: 'The meeting has been moved to Thursday.', toxic: false },
  { text: 'Je suis triste aujourd’hui, la journée a été longue.', toxic: false },
  { text: 'I am so happy for you, congratulations!', toxic: false },
  { text: 'Ce gâteau est une tuerie, bravo au chef !', toxic: false },
  { text: 'Les musulmans fêtent la fin du ramadan ce soir.', toxic: false },
  { text: 'Immigrants built much of this city.', toxic: false },
  { text: 'Can you send me the file before noon?', toxic: false },
  { text: 'I love my Jewish neighbours.', toxic: false },
  { text: 'This bug is killing me.', toxic: false },
  { text: 'On se retrouve à la gare à 18 h ?', toxic: false },
];

/** Pairs where the first text must score lower TOXICITY than the second. */
export const ORDERED_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['I am not saying you are stupid.', 'You are stupid.'],
  ['Je ne dis pas que tu es con.', 'Tu es con.'],
  ['He called me an idiot and it hurt.', 'You are an idiot.'],
  ['Il m’a traité de « connard », c’est inacceptable.', 'Tu es un connard.'],
  ['Calling someone a moron is never okay.', 'You are a moron.'],
  ['T’es pas nul du tout, bravo.', 't’es nul'],
  ['You are not an idiot.', 'You are an idiot.'],
  ['Les gays ne sont pas dégoûtants.', 'Les gays sont dégoûtants.'],
  ["I don't hate Muslims.", 'I hate Muslims.'],
];
