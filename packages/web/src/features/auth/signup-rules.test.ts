import { describe, expect, it } from 'vitest';
import { validateSignUp } from './signup-rules.ts';

const valid = {
  username: 'alice_01',
  email: 'alice@example.org',
  password: 'a long sentence',
  agreement: true,
  reason: '',
  inviteCode: '',
};

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(validateSignUp(valid)).toEqual([]);
  });

  it('names every field that needs attention', () => {
    expect(
      validateSignUp({
        ...valid,
        username: 'alice!',
        email: 'alice',
        password: 'short',
        agreement: false,
      }),
    ).toEqual(['username', 'email', 'password', 'agreement']);
  });
});
