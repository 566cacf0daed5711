import { ENGLISH } from './demo.phrases.en.ts';
import { FRENCH } from './demo.phrases.fr.ts';
import type { DemoRandom } from './demo.random.ts';
import type { Lang, LanguagePhrases, Topic } from './demo.types.ts';

export const PHRASES: Record<Lang, LanguagePhrases> = { fr: FRENCH, en: ENGLISH };

/** Short posts read best on a timeline; the demo keeps under the 280 characters of a short post. */
const SHORT = 280;

export interface ComposedPost {
  text: string;
  spoilerText: string;
}

/**
 * One post from a person's sentence pieces: an observation, sometimes how it felt, sometimes an
 * invitation, sometimes a friend called in and a hashtag or two. `seen` keeps one person from
 * saying exactly the same thing twice.
 */
export function composePost(
  random: DemoRandom,
  lang: Lang,
  topic: Topic,
  friend: string | null,
  seen: Set<string>,
): ComposedPost {
  const phrases = PHRASES[lang];
  const pieces = phrases.topics[topic];
  let text = '';
  for (let attempt = 0; attempt < 8; attempt++) {
    const shape = random.next();
    const parts = [random.pick(pieces.openers)];
    if (shape < 0.6) parts.push(random.pick(pieces.middles));
    if (shape < 0.4 || (shape >= 0.6 && shape < 0.85)) parts.push(random.pick(pieces.closers));
    if (friend && random.chance(0.5)) {
      parts.push(random.pick(phrases.mentions).replace('{who}', friend));
    }
    const tagCount = random.chance(0.6) ? random.int(1, 2) : 0;
    const tags = new Set<string>();
    for (let i = 0; i < tagCount; i++) tags.add(`#${random.pick(pieces.tags)}`);
    text = parts.join(' ');
    if (tags.size > 0) text += `\n\n${[...tags].join(' ')}`;
    if (text.length > SHORT) continue;
    if (!seen.has(text)) break;
  }
  // Eight unlucky draws in a row could leave a long text: an observation alone always fits.
  if (text.length > SHORT) text = random.pick(pieces.openers);
  seen.add(text);
  const warned = pieces.warning !== undefined && random.chance(0.35);
  return { text, spoilerText: warned ? (pieces.warning ?? '') : '' };
}

/** A reply starts with the username answered, as on every Mastodon-compatible network. */
export function composeReply(random: DemoRandom, lang: Lang, to: string, answer: boolean): string {
  const phrases = PHRASES[lang];
  return `@${to} ${random.pick(answer ? phrases.answers : phrases.replies)}`;
}
