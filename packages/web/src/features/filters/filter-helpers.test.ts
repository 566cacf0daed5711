import { describe, expect, it } from 'vitest';
import type { Status } from '../../api/mastodon.types.ts';
import { keywordsFromText, warningFilterTitle } from './filter-helpers.ts';

const result = (title: string) => ({
  filter: {
    id: '1',
    title,
    context: ['home' as const],
    expires_at: null,
    filter_action: 'warn' as const,
    keywords: [],
    statuses: [],
  },
  keyword_matches: ['x'],
  status_matches: null,
});

describe('filter helpers', () => {
  it('names the filter that warns about a post, or a shared post', () => {
    const plain = { filtered: [result('Politique')], reblog: null } as unknown as Status;
    expect(warningFilterTitle(plain)).toBe('Politique');
    const share = {
      filtered: [],
      reblog: { filtered: [result('Sport')], reblog: null },
    } as unknown as Status;
    expect(warningFilterTitle(share)).toBe('Sport');
    expect(warningFilterTitle({ filtered: [], reblog: null } as unknown as Status)).toBeNull();
  });

  it('reads one keyword per line', () => {
    expect(keywordsFromText(' élection \n\nvote, urne\nélection')).toEqual([
      'élection',
      'vote, urne',
    ]);
  });
});
