import { describe, expect, it } from 'vitest';
import { filterMatcher, foldText, htmlToText, keywordMatcher } from './filter-match.ts';

const finds = (keyword: string, text: string, wholeWord = true) =>
  keywordMatcher(keyword, wholeWord).matches(foldText(text));

describe('filter keyword matching', () => {
  it('ignores case and accents, in French and English', () => {
    expect(finds('ecole', "L'École est fermée")).toBe(true);
    expect(finds('École', 'ecole du quartier')).toBe(true);
    expect(finds('Spoiler', 'no SPOILERS here', false)).toBe(true);
    expect(finds('coeur', 'un cœur gros comme ça')).toBe(true);
  });

  it('matches whole words only when asked', () => {
    expect(finds('chat', 'le chaton dort')).toBe(false);
    expect(finds('chat', 'le chaton dort', false)).toBe(true);
    expect(finds('chat', 'mon chat, mon amour')).toBe(true);
    expect(finds('chat', "l'chat")).toBe(true);
    expect(finds('cat', 'concatenate')).toBe(false);
    expect(finds('cat', 'Cat!')).toBe(true);
  });

  it('handles keywords of several words and regex characters literally', () => {
    expect(finds('fin du monde', 'Ce n’est pas la fin du monde.')).toBe(true);
    expect(finds('c++', 'I write C++ daily')).toBe(true);
    expect(finds('a.b', 'axb')).toBe(false);
  });

  it('never matches an empty keyword', () => {
    expect(finds('  ', 'anything')).toBe(false);
  });

  it('reads HTML as the reader sees it', () => {
    expect(htmlToText('<p>Tom &amp; Jerry</p><p>bonjour&#233;</p>')).toBe('Tom & Jerry bonjouré ');
    expect(finds('jerry', htmlToText('<p>Tom&nbsp;&amp;&nbsp;<b>Jerry</b></p>'))).toBe(true);
  });

  it('tells which keywords of a filter match, after one combined test', () => {
    const m = filterMatcher([
      { keyword: 'élection', wholeWord: true },
      { keyword: 'vote', wholeWord: false },
      { keyword: ' ', wholeWord: true },
    ]);
    expect(m.matches(foldText('Les VOTES de l’Election'))).toEqual(['élection', 'vote']);
    expect(m.matches(foldText('les électionsx'))).toEqual([]);
    expect(filterMatcher([]).matches('anything')).toEqual([]);
  });
});
