import { describe, expect, it } from 'vitest';
import { readCadence } from './cadence.ts';
import { bandsOf, normaliseForComparison, signatureOf, similarity } from './fingerprint.ts';

const CAMPAIGN =
  'Le projet de loi va détruire nos libertés, partagez avant qu’il soit trop tard et écrivez à votre député';

describe('fingerprints', () => {
  it('normalise away case, accents, links, handles and emoji', () => {
    expect(normaliseForComparison('Écrivez à @Bob@ex.org : https://x.io/a 🙏 2026 !')).toBe(
      'ecrivez a at url 0',
    );
  });

  it('find a campaign’s variants near-identical and different texts apart', () => {
    const a = signatureOf(CAMPAIGN);
    const b = signatureOf(`${CAMPAIGN.toUpperCase()} 🙏 #libertés https://example.org/p`);
    const c = signatureOf(CAMPAIGN.replace('détruire', 'briser'));
    const d = signatureOf(
      'Ce matin au marché les tomates étaient magnifiques et pas chères du tout',
    );
    if (!a || !b || !c || !d) throw new Error('long texts have signatures');
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.6);
    expect(similarity(a, c)).toBeGreaterThanOrEqual(0.6);
    expect(similarity(a, d)).toBeLessThan(0.2);
    // Near-identical texts share a band; that is how the detector finds them by index.
    const bandsA = new Set(bandsOf(a));
    expect(bandsOf(b).some((band) => bandsA.has(band))).toBe(true);
  });

  it('leave short stock phrases alone', () => {
    expect(signatureOf('Merci beaucoup pour ce partage')).toBeNull();
    expect(signatureOf('')).toBeNull();
  });
});

describe('cadence', () => {
  const now = Date.parse('2026-11-02T23:59:00.000Z');
  it('sees a post every quarter of an hour, day and night, as automation', () => {
    const times = Array.from({ length: 96 }, (_, i) => now - i * 15 * 60_000);
    const reading = readCadence(times, now);
    expect(reading.signals).toEqual(['regular_cadence', 'around_the_clock']);
    expect(reading.interval_cv).toBe(0);
  });

  it('sees many posts in a minute', () => {
    const times = Array.from({ length: 8 }, (_, i) => now - i * 5000);
    expect(readCadence(times, now).signals).toContain('many_per_minute');
  });

  it('leaves a person’s irregular day alone', () => {
    const hours = [8.1, 8.3, 9.7, 12.2, 12.25, 13.9, 18.4, 19, 21.3, 22.8, 22.9, 23.5];
    const times = hours.map((h) => now - 24 * 3_600_000 + h * 3_600_000);
    expect(readCadence(times, now).signals).toEqual([]);
  });
});
