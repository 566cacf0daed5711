import { describe, expect, it } from 'vitest';
import { checkOutboundUrl, isPrivateAddress, type Resolver } from './outbound-url.ts';

// A resolver that answers what the test says a name points to, without the network.
const resolving =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const found = Object.hasOwn(table, host) ? table[host] : undefined;
    if (!found) throw new Error('ENOTFOUND');
    return found;
  };

const refuse = async (url: string, resolve?: Resolver) => {
  const result = await checkOutboundUrl(url, { allowPrivate: false, resolve });
  return result.ok ? null : result.error.kind;
};

describe('outbound URL check (SSRF guard)', () => {
  it('accepts a public https URL', async () => {
    const result = await checkOutboundUrl('https://mastodon.example/users/a', {
      allowPrivate: false,
      resolve: resolving({ 'mastodon.example': ['93.184.215.14', '2606:2800:21f:cb07::1'] }),
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    'http://127.0.0.1/',
    'http://127.1.2.3:8080/',
    'http://10.0.0.5/',
    'http://172.20.1.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://224.0.0.1/',
    'http://[::1]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://[2002:7f00:1::]/',
  ])('refuses %s', async (url) => {
    expect(await refuse(url)).toBe('private_address');
  });

  it('refuses a public name that resolves to a private address (any of them)', async () => {
    const resolve = resolving({
      'evil.example': ['93.184.215.14', '127.0.0.1'],
      'metadata.example': ['169.254.169.254'],
    });
    expect(await refuse('https://evil.example/actor', resolve)).toBe('private_address');
    expect(await refuse('https://metadata.example/', resolve)).toBe('private_address');
  });

  it('refuses other schemes, credentials, garbage and names that do not resolve', async () => {
    expect(await refuse('file:///etc/passwd')).toBe('scheme_not_allowed');
    expect(await refuse('gopher://example.org/')).toBe('scheme_not_allowed');
    expect(await refuse('https://user:pw@example.org/')).toBe('credentials_in_url');
    expect(await refuse('not a url')).toBe('invalid_url');
    expect(await refuse('https://nowhere.example/', resolving({}))).toBe('unresolvable');
  });

  it('lets loopback through only when private addresses are allowed (development, tests)', async () => {
    const result = await checkOutboundUrl('http://localhost:4002/users/a', { allowPrivate: true });
    expect(result.ok).toBe(true);
    expect(await refuse('http://localhost:4002/users/a', resolving({ localhost: ['::1'] }))).toBe(
      'private_address',
    );
  });

  it('classifies addresses, including IPv4 hidden inside IPv6', () => {
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('2001:4860:4860::8888')).toBe(false);
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false);
    expect(isPrivateAddress('::ffff:192.168.0.1')).toBe(true);
    expect(isPrivateAddress('not-an-ip')).toBe(true);
  });
});
