import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ClientIp } from '../accounts/client-ip.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { langOf } from '../http/language.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { RateLimiter } from '../shared/rate-limiter.ts';
import type { ModerationService } from './moderation.service.ts';
import { NOTICE_CATEGORIES, type NoticesService } from './notices.service.ts';
import { currentRules } from './rules.repository.ts';
import { presentStatements } from './statements.presenter.ts';
import { transparencyReport } from './transparency.repository.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
export const noticePost = z
  .object({
    url: z
      .string()
      .trim()
      .max(2000)
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'an http(s) address'),
    category: z.enum(NOTICE_CATEGORIES),
    explanation: text(5000),
    name: z.string().trim().max(200).optional(),
    email: z.string().trim().max(320).email().optional(),
    good_faith: formBoolean.refine((v) => v === true, 'the good-faith statement must be true'),
  })
  .refine((n) => n.category === 'child_safety' || (Boolean(n.name) && Boolean(n.email)), {
    message: 'name and email are required, except for child safety',
    path: ['email'],
  });
const noticeQuery = z.object({ email: z.string().max(320).optional() });
const REFERENCE = ':reference{N-[A-Z0-9]{12}}';
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+Z)?$/, 'a date: YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'a real date');
const periodQuery = z.object({ from: day.optional(), to: day.optional() });
const appealPost = z.object({ text: text(5000) });
const page = pageSchema(20, 80);

/** A period from query dates: `from` inclusive, `to` inclusive of its whole day; a year by default. */
export function period(q: { from?: string | undefined; to?: string | undefined }, now: Date) {
  const iso = (d: string, end: boolean) => {
    if (d.includes('T')) return new Date(d).toISOString();
    const t = new Date(`${d}T00:00:00.000Z`);
    if (end) t.setUTCDate(t.getUTCDate() + 1);
    return t.toISOString();
  };
  // Without `to`, the period runs to the end of today (UTC), so what happened just now counts.
  const to = iso(q.to ?? now.toISOString().slice(0, 10), true);
  const from = q.from
    ? iso(q.from, false)
    : new Date(Date.parse(to) - 365 * 86_400_000).toISOString();
  return { from, to };
}

/**
 * What anybody reaches without an account: the instance's rules, notices of illegal content
 * (DSA Art. 16) and their decision, the transparency report; and what a restricted person
 * reads and does: their statements of reasons, an appeal.
 */
export function mountModerationPublicRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    notices: NoticesService;
    moderation: ModerationService;
    noticeLimiter: RateLimiter;
    clientIp: ClientIp;
    now: () => Date;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, notices, moderation, openapi } = deps;

  app.get('/api/v1/instance/rules', async (c) => {
    const lang = langOf(c);
    const rules = await currentRules(db);
    return c.json(rules.map((r) => ({ id: r.id, text: r.text[lang], hint: r.hint[lang] })));
  });
  openapi.register({
    method: 'get',
    path: '/api/v1/instance/rules',
    summary: 'The instance’s rules',
    tag: 'instance',
    auth: false,
  });

  app.post('/api/empathie/v1/notices', async (c) => {
    const parsed = await parseBody(c, noticePost);
    if (!parsed.ok) return parsed.response;
    const limit = deps.noticeLimiter.hit(`notice:${deps.clientIp(c) ?? 'in-process'}`);
    if (!limit.ok) {
      return apiError(c, 'rate_limited', undefined, undefined, {
        'Retry-After': String(limit.retryAfterSeconds),
      });
    }
    const v = parsed.value;
    const row = await notices.submit({
      url: v.url,
      category: v.category,
      explanation: v.explanation,
      name: v.name || null,
      email: v.email || null,
      senderId: c.get('viewer')?.accountId ?? null,
    });
    const lang = langOf(c);
    return c.json(
      {
        reference: row.reference,
        created_at: row.created_at,
        message:
          lang === 'fr'
            ? 'Merci. Votre notification est enregistrée. Nous n’envoyons pas de courriel : la décision sera lisible avec cette référence et votre adresse e-mail.'
            : 'Thank you. Your notice is recorded. We send no e-mail: the decision will be readable with this reference and your e-mail address.',
      },
      201,
    );
  });
  openapi.register({
    method: 'post',
    path: '/api/empathie/v1/notices',
    summary: 'Notify illegal content, with or without an account (DSA Art. 16)',
    tag: 'moderation',
    auth: false,
    body: noticePost,
  });

  app.get(`/api/empathie/v1/notices/${REFERENCE}`, async (c) => {
    const parsed = parseQuery(c, noticeQuery);
    if (!parsed.ok) return parsed.response;
    const row = await notices.read(c.req.param('reference'), {
      email: parsed.value.email ?? null,
      accountId: c.get('viewer')?.accountId ?? null,
    });
    if (!row) return apiError(c, 'not_found');
    return c.json({
      reference: row.reference,
      url: row.url,
      category: row.category,
      state: row.state,
      created_at: row.created_at,
      decision:
        row.state === 'resolved'
          ? { outcome: row.outcome, text: row.decision, decided_at: row.decided_at }
          : null,
    });
  });
  openapi.register({
    method: 'get',
    path: `/api/empathie/v1/notices/${REFERENCE}`,
    summary: 'A notice’s state and decision, for its notifier (e-mail or account)',
    tag: 'moderation',
    auth: false,
    query: noticeQuery,
  });

  app.get('/api/empathie/v1/transparency', async (c) => {
    const parsed = parseQuery(c, periodQuery);
    if (!parsed.ok) return parsed.response;
    const range = period(parsed.value, deps.now());
    if (range.from >= range.to) {
      return apiError(c, 'validation_failed', {
        fr: 'La date de début doit précéder la date de fin.',
        en: 'The start date must come before the end date.',
      });
    }
    return c.json(await transparencyReport(db, range));
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/transparency',
    summary: 'The transparency report for a period (DSA Art. 15 and 24)',
    tag: 'moderation',
    auth: false,
    query: periodQuery,
  });

  app.get('/api/empathie/v1/statements', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, page);
    if (!parsed.ok) return parsed.response;
    const { rows, json } = await presentStatements(
      db,
      viewer.accountId,
      toPageParams(parsed.value),
    );
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(json);
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/statements',
    summary: 'My statements of reasons, in my language (DSA Art. 17)',
    tag: 'moderation',
    query: page,
  });

  app.post('/api/empathie/v1/statements/:id{[0-9]{1,20}}/appeal', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, appealPost);
    if (!parsed.ok) return parsed.response;
    const done = await moderation.appeal(viewer.accountId, c.req.param('id'), parsed.value.text);
    if (!done.ok) {
      return done.error.kind === 'conflict'
        ? apiError(c, 'conflict', {
            fr: 'Cette décision a déjà fait l’objet d’un appel ou a été annulée.',
            en: 'This decision was already appealed or reversed.',
          })
        : apiError(c, 'not_found');
    }
    return c.json(
      { id: done.value.id, state: done.value.state, created_at: done.value.created_at },
      201,
    );
  });
  openapi.register({
    method: 'post',
    path: '/api/empathie/v1/statements/:id{[0-9]{1,20}}/appeal',
    summary: 'Appeal a moderation decision (DSA Art. 20)',
    tag: 'moderation',
    body: appealPost,
  });
}
