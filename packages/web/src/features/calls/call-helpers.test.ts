import { describe, expect, it } from 'vitest';
import { countdown, localInputToIso, matchingSkills, totals } from './call-helpers.ts';

const now = Date.parse('2026-11-01T10:00:00Z');

describe('call helpers', () => {
  it('counts down in days, then hours, then minutes, and stops once past', () => {
    expect(countdown('2026-11-05T10:00:00Z', now, 'en')).toBe('in 4 days');
    expect(countdown('2026-11-01T15:30:00Z', now, 'en')).toBe('in 5 hours');
    expect(countdown('2026-11-01T10:20:00Z', now, 'fr')).toBe('dans 20 minutes');
    expect(countdown('2026-11-01T09:00:00Z', now, 'en')).toBeNull();
  });

  it('sums progress and finds my skills whatever their case', () => {
    const call = {
      skills: [
        { name: 'Avocat·e', wanted: 20, joined: 2 },
        { name: 'Traduction', wanted: 5, joined: 1 },
      ],
    };
    expect(totals(call)).toEqual({ joined: 3, wanted: 25 });
    expect(matchingSkills(call, ['traduction ', 'Cuisine'])).toEqual(['Traduction']);
  });

  it('reads a datetime-local value as local time', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2026-11-01T10:00')).toBe(new Date('2026-11-01T10:00').toISOString());
  });
});
