import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { plainTextToHtml } from '../api/mastodon/text-html.ts';
import { type AppEnv, requireAdmin, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { type Lang, langOf } from '../http/language.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { AuditEntry } from '../moderation/audit.repository.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { AnnouncementRow, ReactionCount } from './announcements.repository.ts';
import type {
  AnnouncementError,
  AnnouncementInput,
  AnnouncementsService,
} from './announcements.service.ts';

const bool = z.preprocess(
  (v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v),
  z.boolean(),
);
const when = z.preprocess(
  (v) => (v === '' ? null : v),
  z
    .string()
    .max(40)
    .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'date' })
    .transform((s) => new Date(s).toISOString())
    .nullable()
    .optional(),
);
const writeSchema = z.object({
  content_fr: z.string().max(2000).default(''),
  content_en: z.string().max(2000).default(''),
  starts_at: when,
  ends_at: when,
  all_day: bool.default(false),
  published: bool.default(true),
});
const listQuery = z.object({ with_dismissed: bool.optional() });
const ID = ':id{[0-9]+}';

function input(v: z.infer<typeof writeSchema>): AnnouncementInput {
  return {
    contentFr: v.content_fr,
    contentEn: v.content_en,
    startsAt: v.starts_at ?? null,
    endsAt: v.ends_at ?? null,
    allDay: v.all_day,
    published: v.published,
  };
}

/** Mastodon's Announcement entity, in the reader's language (or the only one written). */
function announcementJson(
  row: AnnouncementRow,
  lang: Lang,
  read: boolean,
  reactions: ReactionCount[],
) {
  const mine = lang === 'fr' ? row.content_fr : row.content_en;
  const other = lang === 'fr' ? row.content_en : row.content_fr;
  return {
    id: row.id,
    content: plainTextToHtml(mine || other),
    starts_at: row.starts_at,
    ends_at: row.ends_at,
    all_day: row.all_day === 1,
    published_at: row.published_at,
    updated_at: row.updated_at,
    read,
    mentions: [],
    statuses: [],
    tags: [],
    emojis: [],
    reactions: reactions.map((r) => ({ name: r.name, count: r.count, me: r.me })),
  };
}

/** What the admin page shows and edits: both languages, drafts included. */
function adminJson(row: AnnouncementRow) {
  return {
    id: row.id,
    content_fr: row.content_fr,
    content_en: row.content_en,
    starts_at: row.starts_at,
    ends_at: row.ends_at,
    all_day: row.all_day === 1,
    published: row.published_at !== null,
    published_at: row.published_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Mastodon's announcements for members, and Empathie's admin routes that write them. */
export function mountAnnouncementsRoutes(
  app: Hono<AppEnv>,
  deps: {
    announcements: AnnouncementsService;
    audit: (entry: AuditEntry) => Promise<void>;
    openapi: OpenApiRegistry;
  },
): void {
  const { announcements, audit, openapi } = deps;
  const doc = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    summary: string,
    extra = {},
  ) => openapi.register({ method, path, summary, tag: 'announcements', ...extra });

  function failure(c: Context<AppEnv>, error: AnnouncementError): Response {
    switch (error.kind) {
      case 'not_found':
        return apiError(c, 'not_found');
      case 'invalid':
        return apiError(c, 'validation_failed', error.message, {
          fields: [{ field: error.field }],
        });
      default: {
        const unexpected: never = error;
        throw new Error(`unexpected announcement error ${String(unexpected)}`);
      }
    }
  }

  doc('get', '/api/v1/announcements', 'Announcements of this instance (not dismissed)', {
    query: listQuery,
  });
  app.get('/api/v1/announcements', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return parsed.response;
    const lang = langOf(c);
    const list = await announcements.forMember(
      viewer.accountId,
      parsed.value.with_dismissed ?? false,
    );
    return c.json(list.map((a) => announcementJson(a.row, lang, a.read, a.reactions)));
  });

  doc('post', '/api/v1/announcements/:id/dismiss', 'Mark an announcement as read');
  app.post(`/api/v1/announcements/${ID}/dismiss`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await announcements.dismiss(c.req.param('id'), viewer.accountId);
    return done.ok ? c.json({}) : failure(c, done.error);
  });

  doc('put', '/api/v1/announcements/:id/reactions/:name', 'React to an announcement (one emoji)');
  app.put(`/api/v1/announcements/${ID}/reactions/:name`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await announcements.react(
      c.req.param('id'),
      viewer.accountId,
      c.req.param('name'),
    );
    return done.ok ? c.json({}) : failure(c, done.error);
  });

  doc('delete', '/api/v1/announcements/:id/reactions/:name', 'Take back a reaction');
  app.delete(`/api/v1/announcements/${ID}/reactions/:name`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await announcements.unreact(
      c.req.param('id'),
      viewer.accountId,
      c.req.param('name'),
    );
    return done.ok ? c.json({}) : failure(c, done.error);
  });

  const admin = '/api/empathie/v1/admin/announcements';
  doc('get', admin, 'Every announcement, drafts included (admins)');
  app.get(admin, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    return c.json((await announcements.all()).map(adminJson));
  });

  doc('post', admin, 'Write an announcement in French and English (admins)', {
    body: writeSchema,
  });
  app.post(admin, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, writeSchema);
    if (!parsed.ok) return parsed.response;
    const created = await announcements.create(viewer.accountId, input(parsed.value));
    if (!created.ok) return failure(c, created.error);
    await audit({
      actorId: viewer.accountId,
      action: 'announcement.create',
      targetType: 'announcement',
      targetId: created.value.id,
    });
    return c.json(adminJson(created.value));
  });

  doc('put', `${admin}/:id`, 'Change an announcement (admins)', { body: writeSchema });
  app.put(`${admin}/${ID}`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, writeSchema);
    if (!parsed.ok) return parsed.response;
    const updated = await announcements.update(c.req.param('id'), input(parsed.value));
    if (!updated.ok) return failure(c, updated.error);
    await audit({
      actorId: viewer.accountId,
      action: 'announcement.update',
      targetType: 'announcement',
      targetId: updated.value.id,
    });
    return c.json(adminJson(updated.value));
  });

  doc('delete', `${admin}/:id`, 'Delete an announcement (admins)');
  app.delete(`${admin}/${ID}`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const removed = await announcements.remove(c.req.param('id'));
    if (!removed.ok) return failure(c, removed.error);
    await audit({
      actorId: viewer.accountId,
      action: 'announcement.delete',
      targetType: 'announcement',
      targetId: removed.value.id,
    });
    return c.json({});
  });
}
