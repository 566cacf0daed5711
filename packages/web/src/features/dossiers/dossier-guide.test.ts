import { describe, expect, it } from 'vitest';
import { GUIDE } from './dossier-guide.content.ts';

describe('the dossier guide', () => {
  it('has the same sections, in the same order, in French and English', () => {
    expect(GUIDE.fr.sections.map((s) => s.id)).toEqual(GUIDE.en.sections.map((s) => s.id));
    for (const [i, section] of GUIDE.fr.sections.entries()) {
      expect(section.paragraphs.length, section.id).toBe(GUIDE.en.sections[i]?.paragraphs.length);
    }
  });

  it('names PHAROS and 3018, and says it is not legal advice, in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const text = JSON.stringify(GUIDE[language]);
      expect(text).toContain('PHAROS');
      expect(text).toContain('3018');
      expect(text).toContain('internet-signalement.gouv.fr');
    }
    expect(GUIDE.fr.sections[0]?.paragraphs[0]).toContain('n’est pas un conseil juridique');
    expect(GUIDE.en.sections[0]?.paragraphs[0]).toContain('is not legal advice');
  });
});
