import { describe, expect, it } from 'vitest';
import type { Account } from '../../api/mastodon.types.ts';
import { catalogues, type MessageKey, type MessageParams, translate } from '../../i18n/i18n.ts';
import { shieldNoticeKind } from '../shield/shield-notice.tsx';
import { summaryParts } from './ally-summary.ts';

const sam = { username: 'sam', display_name: 'Sam' } as Account;
const row = (counts: Partial<Record<'approved' | 'hidden' | 'reported' | 'blocked', number>>) => ({
  account: sam,
  approved: 0,
  hidden: 0,
  reported: 0,
  blocked: 0,
  ...counts,
});
const t = (language: 'fr' | 'en') => (key: MessageKey, params?: MessageParams) =>
  translate(catalogues[language], key, params);

describe('what an ally did, in one sentence', () => {
  it('names the counts that are not zero, in both languages', () => {
    expect(summaryParts(row({ hidden: 12, reported: 3 }), t('en'))).toBe(
      'Sam hid 12 messages and reported 3 accounts.',
    );
    expect(summaryParts(row({ hidden: 12, reported: 3 }), t('fr'))).toBe(
      'Sam a caché 12 messages et signalé 3 comptes.',
    );
  });

  it('says one in the singular, lists three with commas, and says when nothing was done', () => {
    expect(summaryParts(row({ hidden: 1, approved: 2, blocked: 1 }), t('en'))).toBe(
      'Sam hid 1 message, let 2 messages through and blocked 1 account.',
    );
    expect(summaryParts(row({}), t('fr'))).toBe('Sam n’a encore rien fait.');
  });
});

describe('shield notifications', () => {
  it('are told apart from every other type', () => {
    expect(shieldNoticeKind('empathie.shield')).toBe('shield');
    expect(shieldNoticeKind('empathie.shield.ally')).toBe('shield_ally');
    expect(shieldNoticeKind('empathie.shield.off')).toBe('shield_off');
    expect(shieldNoticeKind('mention')).toBeNull();
  });
});
