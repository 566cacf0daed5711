import type { Attribute, CoachFinding, CoachRegister, Span } from '@empathie/engine';
import { describe, expect, it } from 'vitest';
import {
  buildOutcome,
  type CoachReading,
  decidePause,
  dominantEmotion,
  joinScaffold,
  markedPassages,
  outcomeOf,
  scoreLevel,
  segmentMarks,
} from './coach-rules.ts';

const calm: Record<Attribute, number> = {
  TOXICITY: 0.05,
  SEVERE_TOXICITY: 0.01,
  INSULT: 0.02,
  THREAT: 0.01,
  IDENTITY_ATTACK: 0.01,
  PROFANITY: 0.03,
};

function reading(
  scores: Partial<Record<Attribute, number>>,
  findings: CoachFinding['kind'][] = [],
  language: CoachReading['language'] = 'fr',
  extra: { spans?: Span[]; register?: CoachRegister } = {},
): CoachReading {
  return {
    language,
    scores: { ...calm, ...scores },
    spans: extra.spans ?? [],
    coach: {
      findings: findings.map((kind) => ({
        kind,
        begin: 0,
        end: 1,
        explanation: { fr: 'x', en: 'x' },
      })),
      register: extra.register ?? null,
      scaffold: { observation: '', feeling: '', need: '', request: '' },
      rewrite: null,
    },
  };
}

const on = { coach_enabled: true, score_threshold: 0.7 };

describe('deciding when the coach pauses a post', () => {
  it('lets a calm draft through', () => {
    expect(decidePause(reading({}), on).pause).toBe(false);
  });

  it('pauses when toxicity reaches the threshold, the boundary included', () => {
    expect(decidePause(reading({ TOXICITY: 0.7 }), on)).toMatchObject({
      pause: true,
      attributes: ['TOXICITY'],
    });
    expect(decidePause(reading({ TOXICITY: 0.69 }), on).pause).toBe(false);
  });

  it('pauses on any other attribute, highest first', () => {
    const decision = decidePause(reading({ THREAT: 0.8, INSULT: 0.9 }), on);
    expect(decision.attributes).toEqual(['INSULT', 'THREAT']);
  });

  it('pauses on findings even under the threshold, and with sensitivity off', () => {
    expect(decidePause(reading({}, ['command']), on).pause).toBe(true);
    const off = { coach_enabled: true, score_threshold: null };
    expect(decidePause(reading({ TOXICITY: 0.99 }), off).pause).toBe(false);
    expect(decidePause(reading({}, ['insult', 'insult']), off)).toMatchObject({
      pause: true,
      findingKinds: ['insult'],
    });
  });

  it('marks what it pauses for, and says why marked words do not pause', () => {
    // "Retourne dans ton pays." was marked while typing, then went straight through.
    const marked = { begin: 0, end: 8, attribute: 'TOXICITY' as const, score: 0.63 };
    const below = decidePause(reading({ TOXICITY: 0.63 }, [], 'fr', { spans: [marked] }), on);
    expect(below).toMatchObject({ pause: false, note: 'below_threshold' });
    expect(below.marks).toHaveLength(1);
    const found = decidePause(
      reading({ TOXICITY: 0.63 }, ['judgment'], 'fr', { spans: [marked] }),
      on,
    );
    expect(found).toMatchObject({ pause: true, note: null });
    expect(found.marks.length).toBeGreaterThan(0);
  });

  it('does not pause for joy that swears or a harsh review of a thing, with a note', () => {
    const swear = { begin: 0, end: 6, attribute: 'TOXICITY' as const, score: 0.9 };
    for (const register of ['enthusiasm', 'criticism'] as const) {
      const decision = decidePause(
        reading({ TOXICITY: 0.9 }, [], 'fr', { spans: [swear], register }),
        on,
      );
      expect(decision).toMatchObject({ pause: false, note: register, attributes: [] });
    }
  });

  it('never pauses when the person turned the coach off', () => {
    const disabled = { coach_enabled: false, score_threshold: 0.5 };
    expect(decidePause(reading({ TOXICITY: 1 }, ['threat']), disabled).pause).toBe(false);
  });
});

describe('the outcome sent to the server', () => {
  it('carries scores, kinds and language, and no text at all', () => {
    const before = reading({ TOXICITY: 0.91 }, ['insult', 'label', 'insult']);
    const after = reading({ TOXICITY: 0.12 });
    const payload = buildOutcome('used_suggestion', before, after);
    expect(payload).toEqual({
      outcome: 'used_suggestion',
      score_before: 0.91,
      score_after: 0.12,
      findings: ['insult', 'label'],
      language: 'fr',
    });
    expect(Object.keys(payload).some((key) => /text|draft|status/.test(key))).toBe(false);
  });

  it('leaves the score after out when the draft did not change', () => {
    const payload = buildOutcome('posted_anyway', reading({ TOXICITY: 0.8 }), reading({}));
    expect(payload).not.toHaveProperty('score_after');
    expect(payload).not.toHaveProperty('findings');
  });

  it('leaves an undetermined language out', () => {
    expect(buildOutcome('cancelled', reading({}, [], 'und'), null)).toEqual({
      outcome: 'cancelled',
      score_before: 0.05,
    });
  });
});

const span = (begin: number, end: number, score = 0.9, attribute: Attribute = 'INSULT'): Span => ({
  begin,
  end,
  score,
  attribute,
});

describe('marking the words that carry hostility', () => {
  it('cuts accented text at the engine offsets and keeps every character', () => {
    const text = 'Tu es un crétin, évidemment';
    const segments = segmentMarks(text, [span(9, 15)]);
    expect(segments.map((s) => [s.text, s.marked])).toEqual([
      ['Tu es un ', false],
      ['crétin', true],
      [', évidemment', false],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping spans of several attributes into one mark', () => {
    const text = 'Ta gueule espèce de nul';
    const segments = segmentMarks(text, [
      span(0, 9, 0.95, 'TOXICITY'),
      span(3, 9, 0.8, 'PROFANITY'),
    ]);
    expect(segments[0]).toMatchObject({ text: 'Ta gueule', attributes: ['TOXICITY', 'PROFANITY'] });
  });

  it('never splits an emoji when an offset falls inside it', () => {
    const text = 'nul 🤬 vraiment';
    // 🤬 is two UTF-16 units at 4–5; a span ending at 5 must take the whole emoji.
    const segments = segmentMarks(text, [span(0, 5)]);
    expect(segments[0]?.text).toBe('nul 🤬');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const starting = segmentMarks(text, [span(5, 6)]);
    expect(starting.find((s) => s.marked)?.text).toBe('🤬');
  });

  it('ignores weak spans and spans outside the text', () => {
    const text = 'bonjour';
    expect(segmentMarks(text, [span(0, 7, 0.2)]).some((s) => s.marked)).toBe(false);
    expect(segmentMarks(text, [span(3, 99)]).map((s) => s.text)).toEqual(['bon', 'jour']);
    expect(segmentMarks('', [span(0, 3)])).toEqual([]);
  });

  it('lists the passages in reading order', () => {
    const text = 'idiot et crétin';
    expect(markedPassages(segmentMarks(text, [span(9, 15), span(0, 5)]))).toEqual([
      'idiot',
      'crétin',
    ]);
  });
});

describe('the emotion the draft shows', () => {
  const none = { anger: 0, disgust: 0, fear: 0, joy: 0, sadness: 0, surprise: 0, neutral: 1 };
  it('is the strongest one that stands out', () => {
    expect(dominantEmotion({ ...none, anger: 0.6, disgust: 0.4 })).toBe('anger');
    // Two emotions neck and neck: no emotion rather than a wrong one.
    expect(dominantEmotion({ ...none, anger: 0.5, joy: 0.45 })).toBe('neutral');
  });
  it('is neutral when nothing reaches the floor', () => {
    expect(dominantEmotion({ ...none, joy: 0.2 })).toBe('neutral');
  });
});

describe('the outcome of each choice in the pause panel', () => {
  it('tells a rewrite of their own from a used suggestion', () => {
    expect(outcomeOf('publish', false)).toBe('revised');
    expect(outcomeOf('publish', true)).toBe('used_suggestion');
  });
  it('maps every other choice, and leaves "edit" open until the next publish', () => {
    expect(outcomeOf('post_anyway', true)).toBe('posted_anyway');
    expect(outcomeOf('send_later', false)).toBe('sent_later');
    expect(outcomeOf('save_draft', false)).toBe('saved_draft');
    expect(outcomeOf('cancel', false)).toBe('cancelled');
    expect(outcomeOf('edit', false)).toBeNull();
  });
});

describe('the scaffold as a message', () => {
  it('reads as one sentence and skips empty parts', () => {
    expect(
      joinScaffold({
        observation: 'Quand je lis ce message',
        feeling: 'je me sens blessée',
        need: 'parce que j’ai besoin de respect.',
        request: ' ',
      }),
    ).toBe('Quand je lis ce message, je me sens blessée parce que j’ai besoin de respect.');
  });
});

describe('a score in plain words', () => {
  it('has three levels with inclusive lower bounds', () => {
    expect([0.1, 0.3, 0.69, 0.7].map(scoreLevel)).toEqual(['low', 'medium', 'medium', 'high']);
  });
});
