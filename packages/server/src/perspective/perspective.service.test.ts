import { describe, expect, it } from 'vitest';
import { analyzeComment, type ScoringEngine } from './perspective.service.ts';

/** A stand-in engine whose scores depend on the text, so each mapping rule is visible. */
const engine: ScoringEngine = {
  analyze(text, options) {
    const hostile = /idiot/.test(text);
    const v = hostile ? 0.9 : 0.05;
    return {
      language:
        options?.language ?? (/\b(le|tu|es)\b/.test(text) ? 'fr' : text.length < 3 ? 'und' : 'en'),
      foreignLanguage: options?.language === undefined && /\b(ich|und)\b/i.test(text) ? 'de' : null,
      scores: {
        TOXICITY: v,
        SEVERE_TOXICITY: v / 3,
        INSULT: v,
        THREAT: 0.01,
        IDENTITY_ATTACK: 0.02,
        PROFANITY: 0.1,
      },
      spans: hostile
        ? [
            {
              begin: text.indexOf('idiot'),
              end: text.indexOf('idiot') + 5,
              attribute: 'INSULT',
              score: 0.9,
            },
          ]
        : [],
    };
  },
};

const base = { comment: { text: 'you idiot' }, requestedAttributes: { TOXICITY: {}, INSULT: {} } };

describe('analyzeComment (Perspective mapping)', () => {
  it('returns summary scores for each requested attribute and the detected language', () => {
    const r = analyzeComment(engine, base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.attributeScores ?? {})).toEqual(['TOXICITY', 'INSULT']);
    expect(r.value.attributeScores?.INSULT?.summaryScore).toEqual({
      value: 0.9,
      type: 'PROBABILITY',
    });
    expect(r.value.attributeScores?.INSULT?.spanScores).toBeUndefined();
    expect(r.value.detectedLanguages).toEqual(['en']);
  });

  it('gives word spans when asked, or the whole comment when no word stands out', () => {
    const r = analyzeComment(engine, { ...base, spanAnnotations: true });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.attributeScores?.INSULT?.spanScores).toEqual([
      { begin: 4, end: 9, score: { value: 0.9, type: 'PROBABILITY' } },
    ]);
    expect(r.value.attributeScores?.TOXICITY?.spanScores).toEqual([
      { begin: 0, end: 9, score: { value: 0.9, type: 'PROBABILITY' } },
    ]);
  });

  it('omits attributes under their scoreThreshold, and attributeScores when none passes', () => {
    const r = analyzeComment(engine, {
      comment: { text: 'hello there' },
      requestedAttributes: { TOXICITY: { scoreThreshold: 0.5 }, PROFANITY: {} },
    });
    if (!r.ok) throw new Error('expected ok');
    expect(Object.keys(r.value.attributeScores ?? {})).toEqual(['PROFANITY']);
    const none = analyzeComment(engine, {
      comment: { text: 'hello there' },
      requestedAttributes: { TOXICITY: { scoreThreshold: 0.5 } },
    });
    if (!none.ok) throw new Error('expected ok');
    expect(none.value.attributeScores).toBeUndefined();
  });

  it('forces a single requested language and accepts region subtags', () => {
    const r = analyzeComment(engine, { ...base, languages: ['fr-CA'], clientToken: 'abc' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.languages).toEqual(['fr']);
    expect(r.value.clientToken).toBe('abc');
  });

  it('refuses what Perspective refuses', () => {
    const kind = (req: Parameters<typeof analyzeComment>[1]) => {
      const r = analyzeComment(engine, req);
      return r.ok ? 'ok' : r.error.kind;
    };
    expect(kind({ ...base, comment: { text: '   ' } })).toBe('comment_empty');
    expect(kind({ ...base, comment: { text: 'é'.repeat(10_241) } })).toBe('comment_too_long');
    expect(kind({ ...base, comment: { text: 'hi', type: 'HTML' } })).toBe('html_not_supported');
    expect(kind({ ...base, requestedAttributes: {} })).toBe('no_attributes');
    expect(kind({ ...base, requestedAttributes: { FLIRTATION: {} } })).toBe('unknown_attribute');
    expect(kind({ ...base, languages: ['de'] })).toBe('language_not_supported');
  });

  it('refuses a comment detected in another language, and scores it when the client names one', () => {
    const german = {
      ...base,
      comment: { text: 'Ich habe heute keine Zeit, aber wir können morgen reden.' },
    };
    const r = analyzeComment(engine, german);
    expect(r.ok ? null : r.error).toEqual({
      kind: 'language_not_supported',
      attribute: Object.keys(base.requestedAttributes)[0],
      languages: ['de'],
      source: 'detected',
    });
    expect(analyzeComment(engine, { ...german, languages: ['en'] }).ok).toBe(true);
  });
});
