import { describe, expect, it } from 'vitest';
import { foldNotice } from '../gentle/reason-labels.ts';
import { foldReasons, SENSITIVITY_THRESHOLDS, thresholdFor } from './sensitivity.ts';
import { lastWeeks, weekOf } from './weeks.ts';

const calm = {
  toxicity: 0.1,
  severe_toxicity: 0,
  insult: 0.05,
  threat: 0,
  identity_attack: 0,
  profanity: 0.02,
};

describe('sensitivity', () => {
  it('lowers the threshold as sensitivity rises, and "off" never folds', () => {
    expect(thresholdFor('high')).toBeLessThan(thresholdFor('medium') as number);
    expect(thresholdFor('medium')).toBeLessThan(thresholdFor('low') as number);
    expect(SENSITIVITY_THRESHOLDS.off).toBeNull();
    expect(foldReasons({ ...calm, toxicity: 1, insult: 1 }, null)).toEqual([]);
  });

  it('names the specific harms, strongest first, and a hostile tone only when nothing else', () => {
    const scores = { ...calm, toxicity: 0.95, threat: 0.75, insult: 0.9 };
    expect(foldReasons(scores, 0.7)).toEqual(['insult', 'threat']);
    expect(foldReasons(scores, 0.8)).toEqual(['insult']);
    expect(foldReasons({ ...calm, toxicity: 0.6 }, 0.5)).toEqual(['toxicity']);
    expect(foldReasons({ ...calm, toxicity: 0.6 }, 0.7)).toEqual([]);
    // Reaching the threshold is enough.
    expect(foldReasons({ ...calm, insult: 0.5 }, 0.5)).toEqual(['insult']);
  });

  it('folds for swearing only beside a harm: swearing at no one hurts no reader', () => {
    expect(foldReasons({ ...calm, profanity: 0.9 }, 0.5)).toEqual([]);
    expect(foldReasons({ ...calm, profanity: 0.9, insult: 0.8 }, 0.5)).toEqual([
      'profanity',
      'insult',
    ]);
  });

  it('writes the gentle notice in both languages', () => {
    expect(foldNotice(['insult', 'threat'], 'en')).toBe('May be hurtful: insult, threat');
    expect(foldNotice(['insult'], 'fr')).toBe('Peut blesser\u202f: insulte');
  });
});

describe('weeks', () => {
  it('groups a date on the Monday of its UTC week', () => {
    expect(weekOf(new Date('2026-11-01T23:59:59.999Z'))).toBe('2026-10-26'); // a Sunday
    expect(weekOf(new Date('2026-11-02T00:00:00.000Z'))).toBe('2026-11-02'); // a Monday
    expect(weekOf(new Date('2027-01-01T12:00:00.000Z'))).toBe('2026-12-28'); // across a year
  });

  it('lists the last weeks oldest first, ending with the current one', () => {
    expect(lastWeeks(new Date('2026-11-04T08:00:00.000Z'), 3)).toEqual([
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);
  });
});
