import { describe, expect, it } from 'vitest';
import { buildQuery, createApiClient } from './api-client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(response: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe('buildQuery', () => {
  it('writes arrays in Mastodon notation and skips undefined values', () => {
    expect(buildQuery({ id: ['1', '2'], local: true, limit: 20, max_id: undefined })).toBe(
      '?id%5B%5D=1&id%5B%5D=2&local=true&limit=20',
    );
    expect(buildQuery({})).toBe('');
    expect(buildQuery(undefined)).toBe('');
  });
});

describe('createApiClient', () => {
  it('sends the session cookie with the web app header, the UI language and a JSON body', async () => {
    const { calls, fetch } = fakeFetch(() => Response.json({ id: '1' }));
    const api = createApiClient({ fetch, getLanguage: () => 'fr' });
    const result = await api.request('POST', '/api/v1/statuses', { body: { status: 'Bonjour' } });

    expect(result).toEqual({ ok: true, value: { id: '1' }, links: {} });
    const headers = calls[0]?.init.headers as Record<string, string>;
    // The token is in an HttpOnly cookie the page never sees; the header lets the server use it.
    expect(headers).not.toHaveProperty('Authorization');
    expect(headers['X-Empathie-Web']).toBe('1');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(headers['Accept-Language']).toBe('fr');
    expect(headers['Content-Type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"status":"Bonjour"}');
  });

  it('sends no Authorization header of its own', async () => {
    const { calls, fetch } = fakeFetch(() => Response.json([]));
    const api = createApiClient({ fetch, getLanguage: () => 'en' });
    await api.request('GET', '/api/v1/timelines/public', { query: { local: true } });
    expect(calls[0]?.url).toBe('/api/v1/timelines/public?local=true');
    expect(calls[0]?.init.headers).not.toHaveProperty('Authorization');
  });

  it('returns the pages announced by the Link header', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response('[]', {
          headers: { Link: '<http://h/api/v1/timelines/home?max_id=9>; rel="next"' },
        }),
    );
    const api = createApiClient({ fetch, getLanguage: () => 'en' });
    const result = await api.request('GET', '/api/v1/timelines/home');
    expect(result.ok && result.links).toEqual({ next: '/api/v1/timelines/home?max_id=9' });
  });

  it('turns an error body into an ApiError and reports a refused session', async () => {
    let refused = 0;
    const { fetch } = fakeFetch(() =>
      Response.json(
        { error: 'unauthorized', error_description: 'Jeton invalide' },
        { status: 401 },
      ),
    );
    const api = createApiClient({
      fetch,
      getLanguage: () => 'fr',
      onUnauthorized: () => refused++,
    });
    const result = await api.request('GET', '/api/v1/accounts/verify_credentials');
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 401, code: 'unauthorized', description: 'Jeton invalide' },
    });
    expect(refused).toBe(1);
  });

  it('does not report a 401 as a dead session when the session was not used', async () => {
    let refused = 0;
    const { fetch } = fakeFetch(() => Response.json({ error: 'unauthorized' }, { status: 401 }));
    const api = createApiClient({
      fetch,
      getLanguage: () => 'en',
      onUnauthorized: () => refused++,
    });
    // A wrong password at log-in.
    await api.request('POST', '/oauth/token', { body: {} });
    // A token that is refused while opening the session.
    await api.request('POST', '/api/empathie/v1/web_session', {
      headers: { Authorization: 'Bearer fresh' },
    });
    expect(refused).toBe(0);
  });

  it('turns a network failure into a value, and an empty body into null', async () => {
    const failing = createApiClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof globalThis.fetch,
      getLanguage: () => 'en',
    });
    expect(await failing.request('GET', '/api/v2/instance')).toEqual({
      ok: false,
      error: { kind: 'network' },
    });

    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const empty = createApiClient({ fetch, getLanguage: () => 'en' });
    expect(await empty.request('POST', '/api/v1/notifications/clear')).toEqual({
      ok: true,
      value: null,
      links: {},
    });
  });
});
