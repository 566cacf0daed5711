import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { jsonRequest, signUp } from './test-helpers.ts';

/**
 * A harasser who knows someone's username must not be able to keep them out: failures slow
 * down the addresses they come from, never the account, and the owner's address stays open.
 */
describe('log-in failures cannot lock the owner out', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
    await signUp(t.app, 'first_admin');
    await signUp(t.app, 'victim');
  });
  afterAll(() => t.close());

  const logIn = (password: string, address: string, username = 'victim') =>
    t.app.request(
      '/oauth/token',
      jsonRequest('POST', { grant_type: 'password', username, password }),
      { incoming: { socket: { remoteAddress: address } } },
    );

  it('lets the owner in at once after a flood of wrong passwords from changing addresses', async () => {
    for (let n = 0; n < 12; n++) {
      const response = await logIn(`guess ${n}`, `203.0.113.${n % 6}`);
      expect([400, 429]).toContain(response.status);
    }
    const owner = await logIn('a long password for victim', '198.51.100.23');
    expect(owner.status).toBe(200);
    // Also by e-mail, and over IPv6.
    const byEmail = await logIn('a long password for victim', '2001:db8::23', 'victim@example.org');
    expect(byEmail.status).toBe(200);
  });

  it('slows a guessing address down with growing, short waits instead of a lockout', async () => {
    const address = '192.0.2.77';
    const waits: number[] = [];
    for (let n = 0; n < 6; n++) {
      let response = await logIn(`wrong ${n}`, address);
      if (response.status === 429) {
        const wait = Number(response.headers.get('retry-after'));
        waits.push(wait);
        t.clock.advance(wait * 1000);
        response = await logIn(`wrong ${n}`, address);
      }
      expect(response.status).toBe(400);
    }
    expect(waits).toEqual([2, 4, 8]);
    // The owner, even from that very address, waits seconds, not a quarter of an hour.
    const slowed = await logIn('a long password for victim', address);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeLessThanOrEqual(16);
    t.clock.advance(16_000);
    expect((await logIn('a long password for victim', address)).status).toBe(200);
  });

  it('answers an unknown username exactly like a known one, delays included', async () => {
    const statuses = async (username: string, address: string) => {
      const seen: Array<[number, string | null]> = [];
      for (let n = 0; n < 5; n++) {
        const response = await logIn(`nope ${n}`, address, username);
        seen.push([response.status, response.headers.get('retry-after')]);
      }
      return seen;
    };
    expect(await statuses('victim', '192.0.2.200')).toEqual(
      await statuses('no_such_person', '192.0.2.201'),
    );
  });
});
