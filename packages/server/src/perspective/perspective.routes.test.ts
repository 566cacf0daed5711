import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('Perspective-compatible comments:analyze', () => {
  let t: TestApp;
  let admin: { token: string; id: string };
  let member: { token: string; id: string };
  let key: string;

  const analyze = (body: unknown, k: string | null = key, headers: Record<string, string> = {}) =>
    t.app.request(
      `/v1alpha1/comments:analyze${k === null ? '' : `?key=${encodeURIComponent(k)}`}`,
      jsonRequest('POST', body, undefined, headers),
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t.app, 'camille');
    member = await signUp(t.app, 'sam');
    const created = await t.app.request(
      '/api/empathie/v1/perspective/keys',
      jsonRequest('POST', { name: 'forum', requests_per_minute: 30 }, admin.token),
    );
    expect(created.status).toBe(201);
    key = (await json(created)).key;
  });
  afterAll(() => t.close());

  it('scores a hurtful French comment higher than a kind one, in Perspective shapes', async () => {
    const body = (text: string) => ({
      comment: { text },
      languages: ['fr'],
      requestedAttributes: { TOXICITY: {}, INSULT: {} },
      spanAnnotations: true,
      doNotStore: true,
    });
    const hurtful = await json(await analyze(body('t es vraiment un gros con, ferme la')));
    const kind = await json(await analyze(body('merci pour ton aide, c était très gentil')));
    expect(hurtful.languages).toEqual(['fr']);
    expect(hurtful.attributeScores.TOXICITY.summaryScore.type).toBe('PROBABILITY');
    expect(hurtful.attributeScores.TOXICITY.summaryScore.value).toBeGreaterThan(
      kind.attributeScores.TOXICITY.summaryScore.value,
    );
    expect(hurtful.attributeScores.INSULT.spanScores.length).toBeGreaterThan(0);
    for (const s of hurtful.attributeScores.INSULT.spanScores) {
      expect(s.begin).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual('t es vraiment un gros con, ferme la'.length);
    }
  });

  it('detects the language when none is given, and accepts the key in a header', async () => {
    const r = await analyze(
      {
        comment: { text: 'shut up, you are such an idiot' },
        requestedAttributes: { TOXICITY: {} },
      },
      null,
      { 'x-goog-api-key': key },
    );
    expect(r.status).toBe(200);
    const body = await json(r);
    expect(body.detectedLanguages).toEqual(['en']);
    expect(body.attributeScores.TOXICITY.summaryScore.value).toBeGreaterThan(0.5);
  });

  it('answers errors in the Google envelope Perspective clients parse', async () => {
    const unsupported = await analyze({
      comment: { text: 'hallo' },
      languages: ['de'],
      requestedAttributes: { TOXICITY: {} },
    });
    expect(unsupported.status).toBe(400);
    expect(await json(unsupported)).toEqual({
      error: {
        code: 400,
        status: 'INVALID_ARGUMENT',
        message: 'Attribute TOXICITY does not support request languages: de',
        details: [
          {
            '@type': 'type.googleapis.com/google.commentanalyzer.v1alpha1.Error',
            errorType: 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE',
            languageNotSupportedByAttributeError: {
              requestedLanguages: ['de'],
              attribute: 'TOXICITY',
            },
          },
        ],
      },
    });
    const unknown = await analyze({
      comment: { text: 'hi' },
      requestedAttributes: { FLIRTATION: {} },
    });
    expect((await json(unknown)).error.status).toBe('INVALID_ARGUMENT');
    const malformed = await t.app.request(`/v1alpha1/comments:analyze?key=${key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"comment": ',
    });
    expect(malformed.status).toBe(400);
    const noText = await analyze({ requestedAttributes: { TOXICITY: {} } });
    expect(noText.status).toBe(400);
    const french = await analyze(
      { comment: { text: '' }, requestedAttributes: { TOXICITY: {} } },
      key,
      { 'accept-language': 'fr' },
    );
    expect((await json(french)).error.message).toBe('Le commentaire doit contenir du texte.');
  });

  it('refuses a comment detected in a language it does not score, as Perspective does', async () => {
    const german = await analyze({
      comment: { text: 'Du bist so ein Idiot, halt endlich die Klappe!' },
      requestedAttributes: { INSULT: {}, TOXICITY: {} },
    });
    expect(german.status).toBe(400);
    expect(await json(german)).toEqual({
      error: {
        code: 400,
        status: 'INVALID_ARGUMENT',
        message: 'Attribute INSULT does not support request languages: de',
        details: [
          {
            '@type': 'type.googleapis.com/google.commentanalyzer.v1alpha1.Error',
            errorType: 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE',
            languageNotSupportedByAttributeError: {
              detectedLanguages: ['de'],
              attribute: 'INSULT',
            },
          },
        ],
      },
    });
    const spanish = await json(
      await analyze({
        comment: { text: 'Eres un idiota, no sabes nada de esto.' },
        requestedAttributes: { TOXICITY: {} },
      }),
    );
    expect(spanish.error.details[0].languageNotSupportedByAttributeError.detectedLanguages).toEqual(
      ['es'],
    );
    // A language named by the client is trusted: it asked for French scores.
    const forced = await analyze({
      comment: { text: 'Du bist so ein Idiot!' },
      languages: ['fr'],
      requestedAttributes: { TOXICITY: {} },
    });
    expect(forced.status).toBe(200);
  });

  it('honours fields= and refuses a malformed selection', async () => {
    const body = {
      comment: { text: 'shut up, you are such an idiot' },
      requestedAttributes: { TOXICITY: {}, INSULT: {} },
      spanAnnotations: true,
      clientToken: 'abc',
    };
    const r = await t.app.request(
      `/v1alpha1/comments:analyze?key=${key}&fields=${encodeURIComponent('attributeScores/TOXICITY/summaryScore/value,clientToken')}`,
      jsonRequest('POST', body),
    );
    expect(r.status).toBe(200);
    const partial = await json(r);
    expect(Object.keys(partial).sort()).toEqual(['attributeScores', 'clientToken']);
    expect(Object.keys(partial.attributeScores)).toEqual(['TOXICITY']);
    expect(Object.keys(partial.attributeScores.TOXICITY)).toEqual(['summaryScore']);
    expect(partial.attributeScores.TOXICITY.summaryScore.value).toBeGreaterThan(0.5);
    const bad = await t.app.request(
      `/v1alpha1/comments:analyze?key=${key}&fields=${encodeURIComponent('attributeScores(')}`,
      jsonRequest('POST', body),
    );
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details[0]).toEqual({
      '@type': 'type.googleapis.com/google.rpc.BadRequest',
      fieldViolations: [{ field: 'fields', description: 'Malformed field selection.' }],
    });
  });

  it('gives every error its details, typed as Google types them', async () => {
    const typeOf = async (r: Response) => {
      const body = await json(r);
      expect(body.error.details).toHaveLength(1);
      const d = body.error.details[0];
      return `${d['@type'].split('/').pop()} ${d.errorType ?? d.reason ?? d.fieldViolations[0].field}`;
    };
    const ok = { comment: { text: 'hello' }, requestedAttributes: { TOXICITY: {} } };
    expect(await typeOf(await analyze(ok, null))).toBe('google.rpc.ErrorInfo CREDENTIALS_MISSING');
    expect(await typeOf(await analyze(ok, 'emp_not_a_key'))).toBe(
      'google.rpc.ErrorInfo API_KEY_INVALID',
    );
    expect(
      await typeOf(
        await analyze({ comment: { text: ' ' }, requestedAttributes: { TOXICITY: {} } }),
      ),
    ).toBe('google.commentanalyzer.v1alpha1.Error COMMENT_EMPTY');
    expect(
      await typeOf(
        await analyze({
          comment: { text: 'a'.repeat(20_481) },
          requestedAttributes: { TOXICITY: {} },
        }),
      ),
    ).toBe('google.commentanalyzer.v1alpha1.Error COMMENT_TOO_LONG');
    expect(
      await typeOf(
        await analyze({ comment: { text: 'hi' }, requestedAttributes: { FLIRTATION: {} } }),
      ),
    ).toBe('google.rpc.BadRequest requested_attributes[FLIRTATION]');
    expect(await typeOf(await analyze({ requestedAttributes: { TOXICITY: {} } }))).toBe(
      'google.rpc.BadRequest comment',
    );
    const malformed = await t.app.request(`/v1alpha1/comments:analyze?key=${key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"comment": ',
    });
    expect(await typeOf(malformed)).toBe('google.rpc.BadRequest ');
  });

  it('refuses missing and unknown keys', async () => {
    const body = { comment: { text: 'hello' }, requestedAttributes: { TOXICITY: {} } };
    const missing = await analyze(body, null);
    expect(missing.status).toBe(403);
    expect((await json(missing)).error.status).toBe('PERMISSION_DENIED');
    const wrong = await analyze(body, 'emp_not_a_key');
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.message).toBe(
      'API key not valid. Please pass a valid API key.',
    );
  });

  it('limits each key to its requests per minute, then lets it through again', async () => {
    const created = await json(
      await t.app.request(
        '/api/empathie/v1/perspective/keys',
        jsonRequest('POST', { name: 'tiny', requests_per_minute: 2 }, admin.token),
      ),
    );
    const body = { comment: { text: 'hello' }, requestedAttributes: { TOXICITY: {} } };
    expect((await analyze(body, created.key)).status).toBe(200);
    expect((await analyze(body, created.key)).status).toBe(200);
    const limited = await analyze(body, created.key);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const refusal = (await json(limited)).error;
    expect(refusal.status).toBe('RESOURCE_EXHAUSTED');
    expect(refusal.details[0].reason).toBe('RATE_LIMIT_EXCEEDED');
    t.clock.advance(2 * 60_000);
    expect((await analyze(body, created.key)).status).toBe(200);
  });

  it('stores keys hashed, shows them once, and revokes them', async () => {
    const list = await json(
      await t.app.request(
        '/api/empathie/v1/perspective/keys',
        jsonRequest('GET', undefined, admin.token),
      ),
    );
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(list)).not.toContain(key);
    const stored = await t.database.db.selectFrom('api_keys').select('key_hash').execute();
    expect(stored.map((r) => r.key_hash)).not.toContain(key);
    const target = list.find((k: { name: string }) => k.name === 'forum');
    const revoked = await t.app.request(
      `/api/empathie/v1/perspective/keys/${target.id}`,
      jsonRequest('DELETE', undefined, admin.token),
    );
    expect((await json(revoked)).revoked).toBe(true);
    const after = await analyze({
      comment: { text: 'hello' },
      requestedAttributes: { TOXICITY: {} },
    });
    expect(after.status).toBe(400);
  });

  it('lets members create keys only when the admin allows it', async () => {
    const tryCreate = () =>
      t.app.request(
        '/api/empathie/v1/perspective/keys',
        jsonRequest('POST', { name: 'mine', requests_per_minute: 5000 }, member.token),
      );
    const refused = await tryCreate();
    expect(refused.status).toBe(403);
    expect((await json(refused)).error).toBe('forbidden');
    const notAdmin = await t.app.request(
      '/api/empathie/v1/admin/perspective',
      jsonRequest('PATCH', { member_keys_allowed: true }, member.token),
    );
    expect(notAdmin.status).toBe(403);
    await t.app.request(
      '/api/empathie/v1/admin/perspective',
      jsonRequest('PATCH', { member_keys_allowed: true }, admin.token),
    );
    const created = await tryCreate();
    expect(created.status).toBe(201);
    // Members get the default quota, whatever they ask.
    expect((await json(created)).requests_per_minute).toBe(60);
    const own = await json(
      await t.app.request(
        '/api/empathie/v1/perspective/keys',
        jsonRequest('GET', undefined, member.token),
      ),
    );
    expect(own.map((k: { name: string }) => k.name)).toEqual(['mine']);
    const othersKey = (
      await json(
        await t.app.request(
          '/api/empathie/v1/perspective/keys',
          jsonRequest('GET', undefined, admin.token),
        ),
      )
    ).find((k: { name: string }) => k.name === 'tiny');
    const steal = await t.app.request(
      `/api/empathie/v1/perspective/keys/${othersKey.id}`,
      jsonRequest('DELETE', undefined, member.token),
    );
    expect(steal.status).toBe(404);
  });

  it('needs a signed-in person to manage keys', async () => {
    const r = await t.app.request('/api/empathie/v1/perspective/keys', jsonRequest('GET'));
    expect(r.status).toBe(401);
  });
});

describe('discovery document for Google API clients', () => {
  it('describes comments.analyze rooted at this instance', async () => {
    const t = await createTestApp({ publicUrl: 'https://empathie.example' });
    try {
      const r = await t.app.request('/$discovery/rest?version=v1alpha1');
      expect(r.status).toBe(200);
      const doc = await json(r);
      expect(doc.rootUrl).toBe('https://empathie.example/');
      const method = doc.resources.comments.methods.analyze;
      expect(method.httpMethod).toBe('POST');
      // A client joins rootUrl + servicePath + path: it must land on the analyze route.
      const url = new URL(doc.rootUrl + doc.servicePath + method.path);
      const analyze = await t.app.request(
        `${url.pathname}?key=nope&alt=json`,
        jsonRequest('POST', {}),
      );
      expect((await json(analyze)).error.message).toBe(
        'API key not valid. Please pass a valid API key.',
      );
    } finally {
      await t.close();
    }
  });
});
