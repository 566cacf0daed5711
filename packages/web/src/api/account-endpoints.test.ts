import { describe, expect, it } from 'vitest';
import { createAccountEndpoints } from './account-endpoints.ts';
import { attachmentFileName, createApiClient } from './api-client.ts';

function fakeFetch(response: () => Response) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe('account endpoints', () => {
  it('downloads the archive through the session, with the name the server gives', async () => {
    const { calls, fetch } = fakeFetch(
      () =>
        new Response(new Uint8Array([80, 75, 3, 4]), {
          headers: {
            'Content-Type': 'application/zip',
            'Content-Disposition': 'attachment; filename="empathie-ana-2026-11-01.zip"',
          },
        }),
    );
    const api = createAccountEndpoints(createApiClient({ fetch, getLanguage: () => 'fr' }));
    const result = await api.downloadArchive();
    if (!result.ok) throw new Error('expected an archive');
    expect(result.value.fileName).toBe('empathie-ana-2026-11-01.zip');
    expect(new Uint8Array(await result.value.blob.arrayBuffer())).toEqual(
      new Uint8Array([80, 75, 3, 4]),
    );
    expect(calls[0]?.url).toBe('/api/empathie/v1/account/export');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['X-Empathie-Web']).toBe('1');
    expect(headers['Accept-Language']).toBe('fr');
    expect(calls[0]?.init.credentials).toBe('same-origin');
  });

  it('reports a refusal as an API error, with the wait the server asks for', async () => {
    const { fetch } = fakeFetch(() =>
      Response.json(
        { error: 'rate_limited', error_description: 'Trop de tentatives.' },
        { status: 429, headers: { 'Retry-After': '120' } },
      ),
    );
    const api = createAccountEndpoints(createApiClient({ fetch, getLanguage: () => 'fr' }));
    const result = await api.downloadArchive();
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 429, code: 'rate_limited', retryAfterSeconds: 120 },
    });
  });

  it('tells the session it ended when the server says so', async () => {
    let signedOut = false;
    const { fetch } = fakeFetch(() => Response.json({ error: 'unauthorized' }, { status: 401 }));
    const client = createApiClient({
      fetch,
      getLanguage: () => 'en',
      onUnauthorized: () => {
        signedOut = true;
      },
    });
    await createAccountEndpoints(client).downloadArchive();
    expect(signedOut).toBe(true);
  });

  it('sends the deletion and the password change to the owner’s own routes', async () => {
    const { calls, fetch } = fakeFetch(() => Response.json({}));
    const api = createAccountEndpoints(createApiClient({ fetch, getLanguage: () => 'en' }));
    await api.deleteAccount('secret words');
    await api.changePassword('old words', 'new words');
    await api.revokeSession('42');
    await api.revokeAllSessions(true);
    expect(calls.map((c) => `${c.init.method} ${c.url} ${c.init.body ?? ''}`)).toEqual([
      'POST /api/empathie/v1/account/deletion {"password":"secret words"}',
      'POST /api/empathie/v1/account/password {"current_password":"old words","new_password":"new words"}',
      'DELETE /api/empathie/v1/account/sessions/42 ',
      'POST /api/empathie/v1/account/sessions/revoke_all {"keep_current":true}',
    ]);
  });

  it('accepts only plain file names from Content-Disposition', () => {
    expect(attachmentFileName('attachment; filename="a.zip"')).toBe('a.zip');
    expect(attachmentFileName('attachment; filename="../../evil"')).toBeNull();
    expect(attachmentFileName(null)).toBeNull();
  });
});
