// The web app's token lives in an HttpOnly cookie that no script can read (ADR 0009), so the
// app cannot look at it to know whether it is signed in. It learns it from the server instead:
// this signal tells the session when the API answered 401, wherever that request came from.

export interface SessionSignal {
  /** The server refused the session (expired, revoked, logged out elsewhere). */
  signedOut(): void;
  onSignedOut(listener: () => void): () => void;
}

export function createSessionSignal(): SessionSignal {
  const listeners = new Set<() => void>();
  return {
    signedOut() {
      for (const listener of listeners) listener();
    },
    onSignedOut(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
