import { describe, expect, it } from 'vitest';
import { appendPage, hasMorePages } from './pagination.ts';

describe('appendPage', () => {
  it('adds the older page after the current items, without repeating an overlap', () => {
    const merged = appendPage([{ id: '3' }, { id: '2' }], [{ id: '2' }, { id: '1' }]);
    expect(merged.map((item) => item.id)).toEqual(['3', '2', '1']);
  });
});

describe('hasMorePages', () => {
  it('ends when the server offers no next page or sends an empty one', () => {
    expect(hasMorePages([1], '/api/v1/timelines/home?max_id=1')).toBe(true);
    expect(hasMorePages([], '/api/v1/timelines/home?max_id=1')).toBe(false);
    expect(hasMorePages([1], undefined)).toBe(false);
  });
});
