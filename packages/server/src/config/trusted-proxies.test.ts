import { describe, expect, it } from 'vitest';
import { readEnv } from './config.ts';

describe('TRUSTED_PROXIES', () => {
  it('trusts no proxy by default', () => {
    const read = readEnv({});
    expect(read.ok && read.config.trustedProxies).toEqual([]);
  });

  it('reads addresses and CIDR ranges, IPv4 and IPv6', () => {
    const read = readEnv({ TRUSTED_PROXIES: ' 127.0.0.1, ::1 ,10.0.0.0/8, fd00::/8,' });
    expect(read.ok && read.config.trustedProxies).toEqual([
      '127.0.0.1',
      '::1',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
  });

  it.each([
    'nginx',
    'localhost',
    '10.0.0.0/33',
    '::1/129',
    '10.0.0.1/8/2',
    '300.1.1.1',
    '10.0.0.0/',
  ])('refuses %j at start, saying which entry and why', (entry) => {
    const read = readEnv({ TRUSTED_PROXIES: `127.0.0.1, ${entry}` });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      { variable: 'TRUSTED_PROXIES', message: expect.stringContaining(`"${entry}"`) },
    ]);
  });
});
