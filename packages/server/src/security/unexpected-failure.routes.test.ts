import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createApp } from '../app.ts';
import { unexpectedFailureMessage } from '../http/errors.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { freshDatabase, testClock, testConfig, testEngine } from '../testing/test-app.ts';

/**
 * When something fails after a post is stored (here, the analysis that presents it), the answer
 * must not tell the author "nothing was lost, try again": a retry would post it twice.
 */
let database: Awaited<ReturnType<typeof freshDatabase>>;
let app: ReturnType<typeof createApp>['app'];
let failing = false;

beforeAll(async () => {
  database = await freshDatabase();
  const clock = testClock();
  const engine = await testEngine();
  app = createApp({
    config: testConfig(),
    database,
    clock,
    ids: createIdGenerator(() => clock.now().getTime()),
    logger: createLogger('silent'),
    engine: {
      ...engine,
      analyze: (...args: Parameters<typeof engine.analyze>) => {
        if (failing) throw new Error('the engine failed');
        return engine.analyze(...args);
      },
    },
  }).app;
});
afterAll(() => database.close());

describe('an unexpected failure', () => {
  it('after a write says the request may have been saved, in the request language', async () => {
    const alice = await signUp(app, 'alice');
    failing = true;
    const posted = await app.request(
      '/api/v1/statuses',
      jsonRequest('POST', { status: 'Bonjour à toutes et à tous.' }, alice.token, {
        'accept-language': 'fr',
      }),
    );
    failing = false;
    expect(posted.status).toBe(500);
    const body = await json(posted);
    expect(body.error).toBe('internal_error');
    expect(body.error_description).toContain('peut-être été enregistrée');
    expect(body.error_description).not.toMatch(/perdu|réessayez\./);
  });

  it('during a read says nothing was changed, since nothing was', () => {
    expect(unexpectedFailureMessage('GET').en).toContain('Nothing was changed');
    expect(unexpectedFailureMessage('DELETE').en).toContain('may have been saved');
  });
});
