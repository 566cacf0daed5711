import { pick, type Random } from './random.ts';

// Bench filler: short, varied, ours. Length and variety matter here, not meaning.
const FR = {
  a: ['Ce matin', 'Hier soir', 'Au marché', 'Dans le train', 'Au jardin', 'À la bibliothèque'],
  b: [
    "j'ai croisé une voisine qui riait toute seule",
    'les tomates ont enfin rougi',
    "j'ai fini le livre que tu m'avais prêté",
    'on a réparé trois vélos pour le quartier',
    'la pluie a tout rendu plus calme',
    "j'ai appris un mot nouveau en breton",
  ],
  c: ['et ça m’a fait du bien.', '— merci à vous.', 'Belle journée !', 'On continue ?', ''],
};
const EN = {
  a: [
    'This morning',
    'Last night',
    'At the market',
    'On the bus',
    'In the garden',
    'At the library',
  ],
  b: [
    'a neighbour showed me how to graft an apple tree',
    'the beans finally came up',
    'I finished the book you lent me',
    'we fixed three bikes for the street',
    'the rain made everything quieter',
    'I learnt a new word in Welsh',
  ],
  c: ['and it felt good.', '— thank you all.', 'Have a lovely day!', 'Shall we carry on?', ''],
};

export function benchText(random: Random, french: boolean, index: number): string {
  const words = french ? FR : EN;
  return `${pick(random, words.a)}, ${pick(random, words.b)} ${pick(random, words.c)} (${index})`
    .replace(/ +/g, ' ')
    .trim();
}

export function paragraphHtml(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return `<p>${escaped}</p>`;
}
