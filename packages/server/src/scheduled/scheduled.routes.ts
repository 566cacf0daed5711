import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { serializeScheduledStatus } from '../api/mastodon/scheduled-status.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { createStatusSchema, postErrorResponse } from '../posts/posts.routes.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { heldPostParams } from './held-params.ts';
import type { HoldError, ScheduledService } from './scheduled.service.ts';

const rescheduleSchema = z.object({
  scheduled_at: heldPostParams.scheduled_at.refine((v) => v !== undefined, {
    message: 'ISO 8601',
  }),
});

/** Scheduled polls are not stored yet (see docs/api.md). */
const heldPollRefused = {
  fr: 'Un sondage ne peut pas encore être programmé ni passer par le délai d’annulation : publiez-le directement.',
  en: 'A poll cannot be scheduled or go through the undo window yet: publish it directly.',
};

/** What Empathie lets one change in a held post: the parameters of a new post. */
export const editScheduledSchema = createStatusSchema.pick({
  status: true,
  spoiler_text: true,
  sensitive: true,
  visibility: true,
  language: true,
  in_reply_to_id: true,
  reply_policy: true,
});

function holdErrorResponse(c: Context, error: HoldError): Response {
  switch (error.kind) {
    case 'too_soon':
      return apiError(
        c,
        'validation_failed',
        {
          fr: `L’heure de publication doit être au moins ${error.minSeconds} secondes dans le futur.`,
          en: `The publication time must be at least ${error.minSeconds} seconds in the future.`,
        },
        { field: 'scheduled_at', min_seconds: error.minSeconds },
      );
    case 'too_many':
      return apiError(
        c,
        'validation_failed',
        {
          fr: `Vous avez déjà ${error.max} messages en attente : publiez-en ou annulez-en d’abord.`,
          en: `You already have ${error.max} posts waiting: publish or cancel some first.`,
        },
        { max: error.max },
      );
    case 'conflicting':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Choisissez soit une heure de publication, soit le délai d’annulation, pas les deux.',
          en: 'Choose either a publication time or the undo window, not both.',
        },
        { fields: ['scheduled_at', 'undo_window', 'empathie_undo_seconds'] },
      );
    default:
      return postErrorResponse(c, error);
  }
}

export function mountScheduledRoutes(
  app: Hono<AppEnv>,
  deps: { scheduled: ScheduledService; present: StatusPresenter; openapi: OpenApiRegistry },
): void {
  const { scheduled, present, openapi } = deps;
  const doc = (method: 'get' | 'put' | 'delete', path: string, summary: string, extra = {}) =>
    openapi.register({ method, path, summary, tag: 'scheduled_statuses', ...extra });

  // Reached only when the posts route hands a held post on (`scheduled_at`, undo window); its
  // OpenAPI entry is the posts route's, whose schema documents these parameters.
  app.post('/api/v1/statuses', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createStatusSchema);
    if (!parsed.ok) return parsed.response;
    const b = parsed.value;
    // A held post does not carry a poll yet: refused aloud rather than published without it.
    if (b.poll) return apiError(c, 'validation_failed', heldPollRefused, { field: 'poll' });
    const result = await scheduled.hold(viewer.accountId, {
      status: b.status,
      spoilerText: b.spoiler_text,
      sensitive: b.sensitive,
      visibility: b.visibility,
      language: b.language,
      inReplyToId: b.in_reply_to_id,
      replyPolicy: b.reply_policy,
      scheduledAt: b.scheduled_at,
      undoWindow: b.undo_window,
      undoSeconds: b.empathie_undo_seconds,
      review: b.empathie_review,
      idempotencyKey: c.req.header('idempotency-key')?.slice(0, 200) || undefined,
    });
    if (!result.ok) return holdErrorResponse(c, result.error);
    if (result.value.kind === 'held') return c.json(serializeScheduledStatus(result.value.row));
    // An undo window of 0 seconds: published at once, answered as any post.
    const [status] = await present([result.value.post], viewer.accountId);
    return status ? c.json(status) : apiError(c, 'not_found');
  });

  const listQuery = pageSchema(20, 40);
  doc('get', '/api/v1/scheduled_statuses', 'Your posts waiting to be published', {
    query: listQuery,
  });
  app.get('/api/v1/scheduled_statuses', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return parsed.response;
    const rows = await scheduled.list(viewer.accountId, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.map(serializeScheduledStatus));
  });

  const one = '/api/v1/scheduled_statuses/:id{[0-9]+}';
  doc('get', one, 'One of your posts waiting to be published');
  app.get(one, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await scheduled.get(viewer.accountId, c.req.param('id'));
    if (!result.ok) return holdErrorResponse(c, result.error);
    return c.json(serializeScheduledStatus(result.value));
  });

  doc('put', one, 'Move the publication time of a waiting post', { body: rescheduleSchema });
  app.put(one, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, rescheduleSchema);
    if (!parsed.ok) return parsed.response;
    const result = await scheduled.reschedule(
      viewer.accountId,
      c.req.param('id'),
      parsed.value.scheduled_at as string,
    );
    if (!result.ok) return holdErrorResponse(c, result.error);
    return c.json(serializeScheduledStatus(result.value));
  });

  doc('delete', one, 'Cancel a waiting post (also how a post is undone in its undo window)');
  app.delete(one, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await scheduled.cancel(viewer.accountId, c.req.param('id'));
    if (!result.ok) return holdErrorResponse(c, result.error);
    return c.json({});
  });

  const edit = '/api/empathie/v1/scheduled_statuses/:id{[0-9]+}';
  doc('put', edit, 'Rewrite a waiting post (text, content warning, visibility…)', {
    body: editScheduledSchema,
  });
  app.put(edit, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, editScheduledSchema);
    if (!parsed.ok) return parsed.response;
    const b = parsed.value;
    const result = await scheduled.edit(viewer.accountId, c.req.param('id'), {
      status: b.status,
      spoilerText: b.spoiler_text,
      sensitive: b.sensitive,
      visibility: b.visibility,
      language: b.language,
      inReplyToId: b.in_reply_to_id,
      replyPolicy: b.reply_policy,
    });
    if (!result.ok) return holdErrorResponse(c, result.error);
    return c.json(serializeScheduledStatus(result.value));
  });
}
