import type { Engine } from '@empathie/engine';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { type MessageKey, type MessageParams, translate } from '../../i18n/i18n.ts';
import { marksSummary } from './coach-live.tsx';
import { createEngineLoader } from './engine-context.tsx';

const tFr = (key: MessageKey, params?: MessageParams) => translate(fr, key, params);
const tEn = (key: MessageKey, params?: MessageParams) => translate(en, key, params);

describe('what screen readers hear about the marks', () => {
  it('quotes each passage the way each language quotes', () => {
    expect(marksSummary(['crétin', 'nul'], tFr)).toBe(
      '2 passages pourraient blesser\u202f: «\u202fcrétin\u202f», «\u202fnul\u202f»',
    );
    expect(marksSummary(['idiot'], tEn)).toBe('1 passage may hurt: “idiot”');
  });

  it('says so when nothing is marked', () => {
    expect(marksSummary([], tEn)).toBe('Nothing in this draft looks hurtful.');
  });
});

describe('loading the engine', () => {
  const fakeEngine = { thresholds: {} } as unknown as Engine;

  it('fetches and decodes the model once, however many composers ask', async () => {
    let loads = 0;
    const load = createEngineLoader(async () => {
      loads += 1;
      return fakeEngine;
    });
    const [a, b] = await Promise.all([load(), load()]);
    await load();
    expect(a).toBe(fakeEngine);
    expect(b).toBe(fakeEngine);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load instead of keeping the failure', async () => {
    let attempts = 0;
    const load = createEngineLoader(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk did not arrive');
      return fakeEngine;
    });
    await expect(load()).rejects.toThrow('chunk did not arrive');
    await expect(load()).resolves.toBe(fakeEngine);
    expect(attempts).toBe(2);
  });
});
