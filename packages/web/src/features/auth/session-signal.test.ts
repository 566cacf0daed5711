import { describe, expect, it } from 'vitest';
import { createSessionSignal } from './session-signal.ts';

describe('createSessionSignal', () => {
  it('tells every listener once the server refuses the session, until it unsubscribes', () => {
    const signal = createSessionSignal();
    const heard: string[] = [];
    const stopA = signal.onSignedOut(() => heard.push('a'));
    signal.onSignedOut(() => heard.push('b'));
    signal.signedOut();
    stopA();
    signal.signedOut();
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
