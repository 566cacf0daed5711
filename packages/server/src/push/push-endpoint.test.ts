import { describe, expect, it } from 'vitest';
import { isAcceptableEndpoint, resolvesPublicly } from './push-endpoint.ts';

// A push endpoint is chosen by a client and POSTed to from inside the server's network.

describe('push endpoints', () => {
  it('are https URLs on public addresses, judged on the URL at subscription', () => {
    for (const bad of [
      'http://push.example.net/x',
      'https://user:pw@push.example.net/x',
      'https://127.0.0.1/x',
      'https://[::ffff:7f00:1]/x',
      'https://[fe80::1]/x',
      'https://169.254.169.254/latest',
      'https://localhost/x',
      'https://api.localhost/x',
      'https://intranet/x',
      'ftp://push.example.net/x',
      'not a url',
    ]) {
      expect(isAcceptableEndpoint(bad, false), bad).toBe(false);
    }
    expect(isAcceptableEndpoint('https://fcm.googleapis.com/fcm/send/abc', false)).toBe(true);
    expect(isAcceptableEndpoint('https://93.184.216.34/x', false)).toBe(true);
    // Development: loopback over http is fine.
    expect(isAcceptableEndpoint('http://127.0.0.1:8080/x', true)).toBe(true);
  });

  it('are resolved again before each send: a public name may point inside later', async () => {
    const to = (address: string) => async () => [address];
    const url = 'https://push.example.net/send/abc';
    expect(await resolvesPublicly(url, false, to('93.184.216.34'))).toBe(true);
    expect(await resolvesPublicly(url, false, to('10.0.0.5'))).toBe(false);
    expect(await resolvesPublicly(url, false, to('::ffff:127.0.0.1'))).toBe(false);
    const failing = async () => {
      throw new Error('NXDOMAIN');
    };
    expect(await resolvesPublicly(url, false, failing)).toBe(false);
    expect(await resolvesPublicly(url, true, to('10.0.0.5'))).toBe(true);
  });
});
