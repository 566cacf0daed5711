import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { voteProblemMessage } from './poll.text.ts';
import type { PollError, PollsService } from './polls.service.ts';

const voteSchema = z.object({
  // `choices[]=0&choices[]=2` from a form, `{"choices": [0, 2]}` or `["0", "2"]` from JSON.
  choices: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().min(0).max(99)).max(10),
  ),
});

/** Mastodon's polls: read one, and vote once, wherever the post carrying it may be seen. */
export function mountPollsRoutes(
  app: Hono<AppEnv>,
  deps: { polls: PollsService; openapi: OpenApiRegistry },
): void {
  const { polls, openapi } = deps;

  function failure(c: Context<AppEnv>, error: PollError): Response {
    switch (error.kind) {
      case 'not_found':
        return apiError(c, 'not_found');
      case 'vote_refused':
        return apiError(c, 'validation_failed', voteProblemMessage(error.problem), {
          reason: error.problem,
        });
      default: {
        const unexpected: never = error;
        throw new Error(`unexpected poll error ${String(unexpected)}`);
      }
    }
  }

  openapi.register({
    method: 'get',
    path: '/api/v1/polls/:id',
    summary: 'A poll (404 unless you may see the post that carries it)',
    tag: 'polls',
    auth: false,
  });
  app.get('/api/v1/polls/:id{[0-9]+}', async (c) => {
    const result = await polls.present(c.get('viewer')?.accountId ?? null, c.req.param('id'));
    return result.ok ? c.json(result.value) : failure(c, result.error);
  });

  openapi.register({
    method: 'post',
    path: '/api/v1/polls/:id/votes',
    summary: 'Vote in a poll (once; `choices[]` are option indexes)',
    tag: 'polls',
    body: voteSchema,
  });
  app.post('/api/v1/polls/:id{[0-9]+}/votes', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, voteSchema);
    if (!parsed.ok) return parsed.response;
    const result = await polls.vote(viewer.accountId, c.req.param('id'), parsed.value.choices);
    return result.ok ? c.json(result.value) : failure(c, result.error);
  });
}
