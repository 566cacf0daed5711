// Sentences written for the bench, in French and in English, calm and hurtful, so the engine walks
// its whole path (language detection, lexicon, spans) the way real comments make it.
const FRENCH = [
  'Merci pour le compte rendu de la réunion de jeudi, je relis tout ce soir.',
  'Franchement tu es nul, arrête de raconter des bêtises à tout le monde.',
  'On se retrouve samedi matin au jardin partagé pour planter les tomates ?',
  'Ta proposition me laisse un goût amer, j’aurais aimé être consulté avant.',
  'Ferme-la, personne ne t’a demandé ton avis, espèce de crétin.',
  'Je comprends ton point de vue, même si je ne le partage pas du tout.',
];
const ENGLISH = [
  'Thanks for the notes from Thursday, I will read them all tonight.',
  'Honestly you are useless, stop telling everyone such nonsense.',
  'Shall we meet on Saturday morning at the shared garden to plant tomatoes?',
  'Your proposal left me a bit bitter, I wish I had been asked first.',
  'Shut up, nobody asked for your opinion, you idiot.',
  'I see where you are coming from, even if I do not share it at all.',
];

/** A comment of exactly `length` characters, French or English, starting at sentence `start`. */
export function commentOf(length: number, language: 'fr' | 'en', start = 0): string {
  const sentences = language === 'fr' ? FRENCH : ENGLISH;
  let text = '';
  for (let i = start; text.length < length; i++) {
    text += `${sentences[i % sentences.length]} `;
  }
  return text.slice(0, length).trimEnd().padEnd(length, '.');
}

/** `count` comments of `length` characters, alternating French and English, all different. */
export function commentsOf(length: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    commentOf(length, i % 2 === 0 ? 'fr' : 'en', Math.floor(i / 2)),
  );
}

/**
 * A draft of `length` characters mixing both languages and ending on a word the coach marks, so
 * that deleting or retyping its last letter always changes the marks.
 */
export function draftEndingOnInsult(length: number): string {
  const ending = ' Et toi, you idiot';
  let body = '';
  for (let i = 0; body.length < length - ending.length; i++) {
    body += `${(i % 2 === 0 ? FRENCH : ENGLISH)[i % FRENCH.length]} `;
  }
  return body.slice(0, length - ending.length) + ending;
}
