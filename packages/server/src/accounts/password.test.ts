import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

const FAST = { n: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('salts each hash, so equal passwords give different hashes', async () => {
    const a = await hashPassword('same password', FAST);
    const b = await hashPassword('same password', FAST);
    expect(a).not.toBe(b);
  });

  it('reads the cost from the stored hash (default cost included)', async () => {
    const stored = await hashPassword('another secret');
    expect(stored.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('another secret', stored)).toBe(true);
  });

  it('never matches a malformed or tampered hash', async () => {
    const stored = await hashPassword('secret pass', FAST);
    expect(await verifyPassword('secret pass', 'plain')).toBe(false);
    expect(await verifyPassword('secret pass', stored.replace('$1024$', '$9999999$'))).toBe(false);
    expect(await verifyPassword('secret pass', `${stored.slice(0, -4)}AAAA`)).toBe(false);
  });
});
