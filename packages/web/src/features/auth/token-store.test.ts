import { describe, expect, it } from 'vitest';
import { createTokenStore, type KeyValueStorage } from './token-store.ts';

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe('createTokenStore', () => {
  it('keeps the token across reloads and tells listeners when it goes', () => {
    const storage = memoryStorage();
    const first = createTokenStore(storage);
    first.set('abc');
    expect(createTokenStore(storage).get()).toBe('abc');

    const seen: (string | null)[] = [];
    const unsubscribe = first.subscribe((token) => seen.push(token));
    first.clear();
    first.clear();
    unsubscribe();
    first.set('later');
    expect(seen).toEqual([null]);
    expect(storage.data).toEqual({ 'empathie.token': 'later' });
  });

  it('still works for the visit when storage is refused', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createTokenStore(refusing);
    expect(store.get()).toBeNull();
    store.set('abc');
    expect(store.get()).toBe('abc');
  });
});
