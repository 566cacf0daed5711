import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { type MessageKey, translate } from '../../i18n/i18n.ts';
import { gentleNotice } from './gentle-notice.ts';

const tFr = (key: MessageKey, params?: Record<string, string | number>) =>
  translate(fr, key, params);
const tEn = (key: MessageKey, params?: Record<string, string | number>) =>
  translate(en, key, params);

describe('the gentle notice on a folded post', () => {
  it('says why in the reader’s language', () => {
    expect(gentleNotice(['insult'], tFr)).toBe('Ce message peut blesser\u202f: insulte.');
    expect(gentleNotice(['insult', 'threat'], tEn)).toBe(
      'This message may be hurtful: insult, threat.',
    );
  });

  it('skips reasons it does not know and repeats none', () => {
    expect(gentleNotice(['insult', 'sarcasm', 'insult'], tEn)).toBe(
      'This message may be hurtful: insult.',
    );
    expect(gentleNotice([], tEn)).toBe('This message may be hurtful.');
    expect(gentleNotice(undefined, tFr)).toBe('Ce message peut blesser.');
  });
});
