// The bearer token lives in localStorage so a reload keeps you signed in. Listeners let the
// session react when the API reports the token dead (401), wherever that request came from.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  subscribe(listener: (token: string | null) => void): () => void;
}

const tokenKey = 'empathie.token';

export function createTokenStore(storage: KeyValueStorage): TokenStore {
  const listeners = new Set<(token: string | null) => void>();
  let token = safeRead(storage);
  const notify = () => {
    for (const listener of listeners) listener(token);
  };
  return {
    get: () => token,
    set(next) {
      token = next;
      safeWrite(() => storage.setItem(tokenKey, next));
      notify();
    },
    clear() {
      if (token === null) return;
      token = null;
      safeWrite(() => storage.removeItem(tokenKey));
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// Private browsing modes may refuse storage; the app then works for the tab's lifetime only.
function safeRead(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(tokenKey);
  } catch {
    return null;
  }
}

function safeWrite(write: () => void): void {
  try {
    write();
  } catch {
    // Nothing to do: the in-memory token still works until the tab closes.
  }
}
