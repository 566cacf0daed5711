import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip.ts';

const app = new Hono().get('/', (c) => c.text(String(clientIp(c))));
const ask = async (peer: string | null, forwarded?: string) => {
  const headers: Record<string, string> = forwarded ? { 'x-forwarded-for': forwarded } : {};
  const env = peer ? { incoming: { socket: { remoteAddress: peer } } } : undefined;
  return (await app.request('/', { headers }, env)).text();
};

describe('clientIp', () => {
  it('is the peer address for direct connections, whatever they claim', async () => {
    expect(await ask('203.0.113.5')).toBe('203.0.113.5');
    expect(await ask('203.0.113.5', '198.51.100.1')).toBe('203.0.113.5');
  });

  it('trusts the entry a local reverse proxy appended', async () => {
    expect(await ask('127.0.0.1', '10.9.8.7, 198.51.100.1')).toBe('198.51.100.1');
    expect(await ask('::1', '198.51.100.2')).toBe('198.51.100.2');
    expect(await ask('127.0.0.1')).toBe('127.0.0.1');
  });

  it('is null without a socket', async () => {
    expect(await ask(null, '198.51.100.1')).toBe('null');
  });
});
