import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIpReader } from './client-ip.ts';

const asker = (trusted: string[]) => {
  const clientIp = clientIpReader(trusted);
  const app = new Hono().get('/', (c) => c.text(String(clientIp(c))));
  return async (peer: string | null, forwarded?: string) => {
    const headers: Record<string, string> = forwarded ? { 'x-forwarded-for': forwarded } : {};
    const env = peer ? { incoming: { socket: { remoteAddress: peer } } } : undefined;
    return (await app.request('/', { headers }, env)).text();
  };
};

describe('client address', () => {
  it('ignores X-Forwarded-For when no proxy is trusted, even from loopback', async () => {
    const ask = asker([]);
    expect(await ask('127.0.0.1', '198.51.100.1')).toBe('127.0.0.1');
    expect(await ask('::1', '198.51.100.2')).toBe('::1');
    expect(await ask('203.0.113.5', '198.51.100.1')).toBe('203.0.113.5');
  });

  it('believes only what trusted proxies appended, read from the right', async () => {
    const ask = asker(['127.0.0.1', '10.0.0.0/8']);
    // The client wrote its own "10.9.8.7"; the proxy appended the address it saw.
    expect(await ask('127.0.0.1', '10.9.8.7, 198.51.100.1')).toBe('198.51.100.1');
    // Two proxies in a row: the inner one's hop is skipped.
    expect(await ask('10.1.1.1', '198.51.100.7, 10.2.2.2')).toBe('198.51.100.7');
    // An untrusted peer cannot name anyone.
    expect(await ask('203.0.113.5', '198.51.100.1')).toBe('203.0.113.5');
    expect(await ask('127.0.0.1')).toBe('127.0.0.1');
  });

  it('handles IPv6 ranges and IPv4 peers on dual-stack sockets', async () => {
    const ask = asker(['fd00::/8', '127.0.0.1']);
    expect(await ask('fd12::1', '2001:db8::5')).toBe('2001:db8::5');
    expect(await ask('::ffff:127.0.0.1', '198.51.100.9')).toBe('198.51.100.9');
    expect(await ask('::ffff:203.0.113.8', '198.51.100.9')).toBe('203.0.113.8');
  });

  it('stops at a malformed entry, keeping the last trusted hop', async () => {
    const ask = asker(['127.0.0.1']);
    expect(await ask('127.0.0.1', 'not-an-address')).toBe('127.0.0.1');
    expect(await ask('127.0.0.1', '198.51.100.1, unknown')).toBe('127.0.0.1');
  });

  it('is null without a socket', async () => {
    expect(await asker(['127.0.0.1'])(null, '198.51.100.1')).toBe('null');
  });
});
