import { describe, expect, it } from 'vitest';
import { PHONE_BAR_PLACES, phoneBar } from './phone-bar.ts';

const place = (name: string, phoneMore = false) => ({ name, phoneMore });
const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('the phone bottom bar holds what fits, the rest goes under "more"', () => {
  it('keeps home, write, notifications and my coach in the bar, the rest behind "more"', () => {
    const items = [
      place('home'),
      place('local', true),
      place('compose'),
      place('notifications'),
      place('coach'),
      place('scheduled', true),
      place('search', true),
      place('settings', true),
    ];
    const { bar, more } = phoneBar(items, true);
    expect(names(bar)).toEqual(['home', 'compose', 'notifications', 'coach']);
    expect(names(more)).toEqual(['local', 'scheduled', 'search', 'settings']);
    expect(bar.length + 1).toBeLessThanOrEqual(PHONE_BAR_PLACES);
  });

  it('never lets a new place wrap the bar (it had seven items, one wrapping)', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => place(name));
    const { bar, more } = phoneBar(items, true);
    expect(names(bar)).toEqual(['a', 'b', 'c', 'd']);
    expect(names(more)).toEqual(['e', 'f', 'g']);
  });

  it('shows every place to a visitor when they fit', () => {
    const items = [place('local', true), place('search', true), place('settings', true)];
    expect(phoneBar(items, false)).toEqual({ bar: items, more: [] });
  });
});
