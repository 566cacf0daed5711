import { describe, expect, it } from 'vitest';
import { MEDIA_MAX_BYTES } from './media-processing.ts';
import { fetchRemoteImage } from './remote-fetch.ts';

/** The download under the image proxy: the SSRF guard at every hop, before anything is sent. */
function recordingFetch(answer: (url: string) => Response) {
  const asked: string[] = [];
  const fetch = (async (input: URL | string | Request) => {
    asked.push(String(input));
    return answer(String(input));
  }) as typeof globalThis.fetch;
  return { asked, fetch };
}

const options = { maxBytes: MEDIA_MAX_BYTES, timeoutMs: 2000 };

describe('fetching a remote image', () => {
  it('refuses a loopback address when private addresses are not allowed (SSRF)', async () => {
    const { asked, fetch } = recordingFetch(() => new Response('x'));
    for (const address of [
      'http://127.0.0.1:8080/a.jpg',
      'http://[::1]/a.jpg',
      'file:///etc/passwd',
    ]) {
      const result = await fetchRemoteImage(address, { ...options, allowPrivate: false, fetch });
      expect(result).toEqual({ ok: false, error: { kind: 'refused_address' } });
    }
    expect(asked).toEqual([]);
  });

  it('checks every redirect as it checks the first address', async () => {
    const { asked, fetch } = recordingFetch(
      () =>
        new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest' } }),
    );
    const result = await fetchRemoteImage('https://public.example/a.jpg', {
      ...options,
      allowPrivate: false,
      resolve: async (host) => (host === 'public.example' ? ['93.184.215.14'] : []),
      fetch,
    });
    expect(result).toEqual({ ok: false, error: { kind: 'refused_address' } });
    expect(asked).toEqual(['https://public.example/a.jpg']);
  });

  it('refuses a declared size over the cap before reading the body', async () => {
    const { fetch } = recordingFetch(
      () =>
        new Response('small', {
          headers: { 'content-type': 'image/png', 'content-length': String(MEDIA_MAX_BYTES + 1) },
        }),
    );
    const result = await fetchRemoteImage('http://127.0.0.1/a.png', {
      ...options,
      allowPrivate: true,
      fetch,
    });
    expect(result).toEqual({ ok: false, error: { kind: 'too_large' } });
  });
});
