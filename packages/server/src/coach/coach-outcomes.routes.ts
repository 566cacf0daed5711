import type { Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, requireAdmin, requireViewer } from '../http/auth.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import {
  type CoachOutcomesService,
  FINDING_KINDS,
  MIN_GROUP,
  OUTCOMES,
} from './coach-outcomes.service.ts';

// Form bodies send numbers as text; anything else (null, "", true) must fail, not become 0.
const score = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
  z.number().min(0).max(1),
);

// Kinds only, from a closed list: nothing of the draft's text can travel in an outcome.
const outcomeSchema = z.object({
  outcome: z.enum(OUTCOMES),
  score_before: score,
  score_after: score.optional(),
  findings: z.array(z.enum(FINDING_KINDS)).max(50).optional(),
  language: z.enum(['fr', 'en']).optional(),
});

const windowSchema = z.object({
  weeks: z.coerce.number().int().min(1).max(52).optional().default(12),
});

export function mountCoachOutcomesRoutes(
  app: Hono<AppEnv>,
  outcomes: CoachOutcomesService,
  openapi: OpenApiRegistry,
): void {
  app.post('/api/empathie/v1/coach/outcomes', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, outcomeSchema);
    if (!parsed.ok) return parsed.response;
    const body = parsed.value;
    const { id } = await outcomes.record(viewer.accountId, {
      outcome: body.outcome,
      scoreBefore: body.score_before,
      scoreAfter: body.score_after,
      findings: body.findings,
      language: body.language,
    });
    return c.json({ id }, 201);
  });

  app.get('/api/empathie/v1/coach/me', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, windowSchema);
    if (!parsed.ok) return parsed.response;
    const f = await outcomes.personal(viewer.accountId, parsed.value.weeks);
    return c.json({
      weeks: f.weeks,
      since: f.since,
      stepped_in: f.steppedIn,
      posts_published: f.postsPublished,
      hurtful_published: f.hurtfulPublished,
      outcomes: f.outcomes,
      average_score_drop: f.averageScoreDrop,
      per_week: f.perWeek.map((w) => ({
        week: w.week,
        stepped_in: w.steppedIn,
        outcomes: w.outcomes,
        posts: w.posts,
        hurtful_posts: w.hurtfulPosts,
        emotions: w.emotions,
      })),
    });
  });

  app.get('/api/empathie/v1/admin/coach/stats', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, windowSchema);
    if (!parsed.ok) return parsed.response;
    const s = await outcomes.instance(parsed.value.weeks);
    return c.json({
      weeks: s.weeks,
      since: s.since,
      min_group: MIN_GROUP,
      pauses: s.pauses,
      shares: s.shares,
      average_score_drop: s.averageScoreDrop,
      per_week: s.perWeek,
    });
  });

  openapi.register({
    method: 'post',
    path: '/api/empathie/v1/coach/outcomes',
    summary: 'Record what I chose when the coach paused a post (never the text)',
    tag: 'coach',
    body: outcomeSchema,
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/coach/me',
    summary: 'My coach figures: pauses, choices, posts that may hurt per week',
    tag: 'coach',
    query: windowSchema,
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/admin/coach/stats',
    summary: 'Instance-wide coach figures, nothing that identifies a person (admin)',
    tag: 'admin',
    query: windowSchema,
  });
}
