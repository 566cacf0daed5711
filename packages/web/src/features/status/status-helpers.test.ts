import { describe, expect, it } from 'vitest';
import type { Status } from '../../api/mastodon.types.ts';
import {
  afterAction,
  canShare,
  displayName,
  inAppPath,
  shownStatus,
  withShown,
} from './status-helpers.ts';

const origin = 'https://empathie.example';

function status(id: string, overrides: Partial<Status> = {}): Status {
  return { id, reblog: null, visibility: 'public', favourited: false, ...overrides } as Status;
}

describe('shares', () => {
  it('show and update the original post inside the share', () => {
    const original = status('1');
    const share = status('2', { reblog: original });
    expect(shownStatus(share)).toBe(original);
    const liked = { ...original, favourited: true };
    expect(withShown(share, liked)).toEqual({ ...share, reblog: liked });
    expect(withShown(original, liked)).toBe(liked);
  });

  it('take the original out of the answer to a reblog', () => {
    const original = status('1', { reblogged: true });
    expect(afterAction(status('9', { reblog: original }))).toBe(original);
    expect(afterAction(original)).toBe(original);
  });

  it('are offered only for public and unlisted posts', () => {
    expect(canShare({ visibility: 'public' })).toBe(true);
    expect(canShare({ visibility: 'unlisted' })).toBe(true);
    expect(canShare({ visibility: 'private' })).toBe(false);
    expect(canShare({ visibility: 'direct' })).toBe(false);
  });
});

describe('inAppPath', () => {
  it('keeps mentions, hashtags and post links of this instance inside the app', () => {
    expect(inAppPath(`${origin}/@alice`, origin)).toBe('/@alice');
    expect(inAppPath(`${origin}/tags/jardin`, origin)).toBe('/tags/jardin');
    expect(inAppPath(`${origin}/@alice/123456789012345678`, origin)).toBe(
      '/statuses/123456789012345678',
    );
  });

  it('leaves other sites and unknown paths to the browser', () => {
    expect(inAppPath('https://elsewhere.example/@alice', origin)).toBeNull();
    expect(inAppPath(`${origin}/about/more`, origin)).toBeNull();
    expect(inAppPath('http://[bad', origin)).toBeNull();
  });
});

describe('displayName', () => {
  it('falls back on the username when the display name is blank', () => {
    expect(displayName({ display_name: '  ', username: 'alice' })).toBe('alice');
    expect(displayName({ display_name: 'Alice L.', username: 'alice' })).toBe('Alice L.');
  });
});
