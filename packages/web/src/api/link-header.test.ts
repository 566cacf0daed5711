import { describe, expect, it } from 'vitest';
import { parseLinkHeader } from './link-header.ts';

describe('parseLinkHeader', () => {
  it('reads next and prev pages of a Mastodon Link header as same-origin paths', () => {
    const header =
      '<https://empathie.example/api/v1/timelines/home?max_id=109&limit=20>; rel="next", ' +
      '<https://empathie.example/api/v1/timelines/home?min_id=130>; rel="prev"';
    expect(parseLinkHeader(header)).toEqual({
      next: '/api/v1/timelines/home?max_id=109&limit=20',
      prev: '/api/v1/timelines/home?min_id=130',
    });
  });

  it('keeps commas inside the target and accepts unquoted rel values', () => {
    const header = '</api/v2/search?q=a,b&offset=20>; rel=next';
    expect(parseLinkHeader(header)).toEqual({ next: '/api/v2/search?q=a,b&offset=20' });
  });

  it('keeps array parameters such as types[] intact', () => {
    const header =
      '<http://localhost:3000/api/v1/notifications?types%5B%5D=mention&max_id=5>; rel="next"';
    expect(parseLinkHeader(header).next).toBe('/api/v1/notifications?types%5B%5D=mention&max_id=5');
  });

  it('has no pages when the header is absent, empty or malformed', () => {
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader('')).toEqual({});
    expect(parseLinkHeader('garbage; rel="next"')).toEqual({});
    expect(parseLinkHeader('<https://x/a>; title="no rel"')).toEqual({});
  });

  it('ignores relations other than next and prev', () => {
    const header = '<https://x/a?max_id=1>; rel="self", <https://x/a?max_id=2>; rel="next"';
    expect(parseLinkHeader(header)).toEqual({ next: '/a?max_id=2' });
  });
});
