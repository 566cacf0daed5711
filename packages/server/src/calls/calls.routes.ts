import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import { type AppEnv, requireAdmin, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import { presentCallDetail, presentCalls } from './calls.present.ts';
import {
  type CallRow,
  type Db,
  findVisibleCall,
  isOrganiser,
  listCalls,
  skillKeysOf,
  skillsOf,
  volunteersPage,
} from './calls.repository.ts';
import type { CallError, CallsService } from './calls.service.ts';
import { readCallSettings, writeCallSettings } from './calls.settings.ts';
import { csvRow, VOLUNTEER_COLUMNS } from './volunteers-csv.ts';

const isoTime = z
  .string()
  .datetime({ offset: true })
  .transform((s) => new Date(s));
const skillName = z.string().trim().min(1).max(60);
const createSchema = z.object({
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().min(1).max(2000),
  skills: z
    .array(z.object({ name: skillName, wanted: z.coerce.number().int().min(1).max(100_000) }))
    .min(1)
    .max(20)
    .refine(
      (list) => new Set(list.map((s) => s.name.toLowerCase())).size === list.length,
      'each skill once',
    ),
  deadline: isoTime,
  flash_at: isoTime.nullish(),
  place: z.string().trim().max(200).nullish(),
  visibility: z.enum(['public', 'unlisted', 'private']).default('public'),
});
const listSchema = pageSchema(20, 40).extend({
  state: z.enum(['open', 'closed']).optional(),
  skill: skillName.optional(),
  order: z.enum(['newest', 'closing']).default('newest'),
  matching: z.enum(['me']).optional(),
});
const joinSchema = z.object({
  skills: z.array(skillName).min(1).max(20),
  note: z.string().trim().max(500).nullish(),
  note_visibility: z.enum(['public', 'organisers']).default('organisers'),
});
const textSchema = z.object({ text: z.string().trim().min(1).max(2800) });
const closeSchema = z.object({ outcome: z.string().trim().min(1).max(1000) });
const organiserSchema = z.object({ account_id: z.string().regex(/^\d{1,20}$/) });
const settingsSchema = z.object({ publishers: z.enum(['everyone', 'moderators', 'admins']) });
const volunteersQuery = pageSchema(40, 80);

function errorResponse(c: Context, error: CallError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'not_organiser':
      return apiError(c, 'forbidden', {
        fr: 'Seules les personnes qui organisent cet appel peuvent faire cela.',
        en: 'Only the organisers of this call can do that.',
      });
    case 'publishing_restricted':
      return apiError(c, 'forbidden', {
        fr: 'Sur cette instance, seuls certains rôles peuvent publier un appel à agir.',
        en: 'On this instance, only some roles may publish a call to action.',
      });
    case 'closed':
      return apiError(c, 'conflict', {
        fr: 'Cet appel est clos.',
        en: 'This call is closed.',
      });
    case 'unknown_skills':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Cet appel ne demande pas ces compétences.',
          en: 'This call does not ask for these skills.',
        },
        { skills: error.names },
      );
    case 'invalid_dates':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'La date doit être dans le futur.',
          en: 'The date must be in the future.',
        },
        { field: error.field },
      );
    case 'unknown_account':
      return apiError(c, 'validation_failed', {
        fr: 'Ce compte n’existe pas sur cette instance.',
        en: 'This account does not exist on this instance.',
      });
    case 'post':
      switch (error.error.kind) {
        case 'too_long':
          return apiError(c, 'validation_failed', {
            fr: `Le texte dépasse ${error.error.max} caractères.`,
            en: `The text is longer than ${error.error.max} characters.`,
          });
        case 'empty':
          return apiError(c, 'validation_failed');
        case 'not_found':
          return apiError(c, 'not_found');
        case 'reply_refused':
          return apiError(c, 'forbidden');
        // A call's status never carries a poll.
        case 'poll_invalid':
          return apiError(c, 'validation_failed');
        // Nor images.
        case 'media_invalid':
          return apiError(c, 'validation_failed');
      }
  }
}

/**
 * Calls to action under `/api/empathie/v1/calls`. Reading a call needs the right to see the
 * status that carries it; organiser-only routes (volunteers, export, updates, messages,
 * co-organisers, closing) answer 403 to everyone else.
 */
export function mountCallRoutes(
  app: Hono<AppEnv>,
  deps: { db: Db; calls: CallsService; publicUrl: string; openapi: OpenApiRegistry },
): void {
  const { db, calls, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const base = '/api/empathie/v1/calls';
  const doc = (method: 'get' | 'post' | 'put', path: string, summary: string, extra = {}) =>
    openapi.register({ method, path: `${base}${path}`, summary, tag: 'calls', ...extra });

  const detail = async (c: Context<AppEnv>, row: CallRow, viewerId: string | null) =>
    c.json(await presentCallDetail(db, row, viewerId, ctx));

  doc('get', '/settings', 'Who may publish a call to action on this instance');
  app.get(`${base}/settings`, async (c) => c.json(await readCallSettings(db)));

  doc('put', '/settings', 'Choose who may publish a call to action (admins)', {
    body: settingsSchema,
  });
  app.put(`${base}/settings`, async (c) => {
    const admin = requireAdmin(c);
    if (admin instanceof Response) return admin;
    const parsed = await parseBody(c, settingsSchema);
    if (!parsed.ok) return parsed.response;
    await writeCallSettings(db, parsed.value.publishers);
    return c.json(await readCallSettings(db));
  });

  doc('post', '', 'Publish a call to action (also a status)', { body: createSchema });
  app.post(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createSchema);
    if (!parsed.ok) return parsed.response;
    const v = parsed.value;
    const done = await calls.create(viewer, {
      title: v.title,
      description: v.description,
      skills: v.skills,
      deadline: v.deadline,
      flashAt: v.flash_at ?? null,
      place: v.place ?? null,
      visibility: v.visibility,
    });
    return done.ok ? detail(c, done.value, viewer.accountId) : errorResponse(c, done.error);
  });

  doc('get', '', 'Calls to action: newest, closing soon, by skill or matching my skills', {
    query: listSchema,
  });
  app.get(base, async (c) => {
    const viewer = c.get('viewer');
    const parsed = parseQuery(c, listSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    if (q.matching === 'me' && !viewer) return apiError(c, 'unauthorized');
    const rows = await listCalls(db, {
      viewerId: viewer?.accountId ?? null,
      state: q.state,
      skill: q.skill,
      matchingMe: q.matching === 'me',
      order: q.order,
      maxId: q.max_id,
      limit: q.limit,
    });
    // `closing` pages forward by deadline; `max_id` names the last call seen either way.
    if (rows.length === q.limit) setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await presentCalls(db, rows, viewer?.accountId ?? null, ctx));
  });

  doc('get', '/:id', 'A call to action, its updates and public notes');
  app.get(`${base}/:id{[0-9]+}`, async (c) => {
    const viewerId = c.get('viewer')?.accountId ?? null;
    const row = await findVisibleCall(db, c.req.param('id'), viewerId);
    return row ? detail(c, row, viewerId) : apiError(c, 'not_found');
  });

  doc('post', '/:id/join', 'Join a call with some of its skills', { body: joinSchema });
  app.post(`${base}/:id{[0-9]+}/join`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, joinSchema);
    if (!parsed.ok) return parsed.response;
    const done = await calls.join(viewer.accountId, c.req.param('id'), {
      skills: parsed.value.skills,
      note: parsed.value.note ?? null,
      noteVisibility: parsed.value.note_visibility,
    });
    return done.ok ? detail(c, done.value, viewer.accountId) : errorResponse(c, done.error);
  });

  doc('post', '/:id/leave', 'Leave a call');
  app.post(`${base}/:id{[0-9]+}/leave`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await calls.leave(viewer.accountId, c.req.param('id'));
    return done.ok ? detail(c, done.value, viewer.accountId) : errorResponse(c, done.error);
  });

  const organiserWrite = (
    path: string,
    summary: string,
    schema: z.ZodType,
    act: (viewerId: string, id: string, body: never) => ReturnType<CallsService['close']>,
  ) => {
    doc('post', path, summary, { body: schema });
    app.post(`${base}/:id{[0-9]+}${path.slice('/:id'.length)}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const parsed = await parseBody(c, schema);
      if (!parsed.ok) return parsed.response;
      const done = await act(viewer.accountId, c.req.param('id'), parsed.value as never);
      return done.ok ? detail(c, done.value, viewer.accountId) : errorResponse(c, done.error);
    });
  };
  organiserWrite(
    '/:id/updates',
    'Post an update to everyone who joined (organisers)',
    textSchema,
    (v, id, b: { text: string }) => calls.postUpdate(v, id, b.text),
  );
  organiserWrite(
    '/:id/message',
    'Message the volunteers only (organisers)',
    textSchema,
    (v, id, b: { text: string }) => calls.message(v, id, b.text),
  );
  organiserWrite(
    '/:id/close',
    'Close a call with its outcome (organisers)',
    closeSchema,
    (v, id, b: { outcome: string }) => calls.close(v, id, b.outcome),
  );
  organiserWrite(
    '/:id/organisers',
    'Add a co-organiser (organisers)',
    organiserSchema,
    (v, id, b: { account_id: string }) => calls.coOrganise(v, id, b.account_id),
  );

  /** The call, for one of its organisers; otherwise the response to give. */
  async function forOrganiser(c: Context<AppEnv>): Promise<CallRow | Response> {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const row = await findVisibleCall(db, c.req.param('id') ?? '', viewer.accountId);
    if (!row) return apiError(c, 'not_found');
    if (!(await isOrganiser(db, row.id, viewer.accountId))) {
      return errorResponse(c, { kind: 'not_organiser' });
    }
    return row;
  }

  async function volunteerRows(callId: string, page: { maxId?: string; limit: number }) {
    const rows = await volunteersPage(db, callId, page);
    const [accounts, skills, callSkills] = await Promise.all([
      findAccountsByIds(
        db,
        rows.map((r) => r.account_id),
      ),
      skillKeysOf(
        db,
        callId,
        rows.map((r) => r.account_id),
      ),
      skillsOf(db, [callId]),
    ]);
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const nameOf = new Map(callSkills.map((s) => [s.name_key, s.name]));
    return rows.flatMap((r) => {
      const account = byId.get(r.account_id);
      if (!account) return [];
      return [
        {
          id: r.id,
          account,
          skills: skills
            .filter((s) => s.account_id === r.account_id)
            .map((s) => nameOf.get(s.name_key) ?? s.name_key),
          note: r.note,
          note_visibility: r.note_visibility,
          joined_at: r.joined_at,
        },
      ];
    });
  }

  doc('get', '/:id/volunteers', 'Who joined, with their skills and notes (organisers)', {
    query: volunteersQuery,
  });
  app.get(`${base}/:id{[0-9]+}/volunteers`, async (c) => {
    const row = await forOrganiser(c);
    if (row instanceof Response) return row;
    const parsed = parseQuery(c, volunteersQuery);
    if (!parsed.ok) return parsed.response;
    const page = await volunteerRows(row.id, {
      ...(parsed.value.max_id ? { maxId: parsed.value.max_id } : {}),
      limit: parsed.value.limit,
    });
    if (page.length === parsed.value.limit) setLinkHeader(c, page[0]?.id, page.at(-1)?.id);
    return c.json(page.map((v) => ({ ...v, account: serializeAccount(v.account, ctx) })));
  });

  doc('get', '/:id/volunteers.csv', 'The volunteers as CSV, safe for spreadsheets (organisers)');
  app.get(`${base}/:id{[0-9]+}/volunteers.csv`, async (c) => {
    const row = await forOrganiser(c);
    if (row instanceof Response) return row;
    // Only what volunteers shared with the organisers: never an e-mail address or private skill.
    let out = csvRow(VOLUNTEER_COLUMNS);
    let maxId: string | undefined;
    for (;;) {
      const page = await volunteerRows(row.id, { ...(maxId ? { maxId } : {}), limit: 500 });
      for (const v of page) {
        out += csvRow([
          v.account.username,
          v.account.display_name,
          v.account.url ?? '',
          v.skills.join('; '),
          v.note ?? '',
          v.note_visibility,
          v.joined_at,
        ]);
      }
      if (page.length < 500) break;
      maxId = page.at(-1)?.id;
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="call-${row.id}-volunteers.csv"`);
    return c.body(out);
  });
}
