import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { HeldAction, HeldFolderService, Subject } from './held-folder.service.ts';
import { SHIELD_SENSITIVITIES } from './shield.detection.ts';
import type { HeldRow } from './shield.repository.ts';
import type { ShieldService, ShieldStatus } from './shield.service.ts';

const accountId = z.string().regex(/^\d{1,20}$/, 'an account id');
const forSchema = z.object({ for: accountId.optional() });
const heldListSchema = pageSchema(20, 40).extend({
  for: accountId.optional(),
  /** `held` (default): waiting; `all`: also what was approved or kept hidden. */
  state: z.enum(['held', 'all']).optional(),
});
const putSchema = z.object({
  mode: z.enum(['off', 'auto', 'on']).optional(),
  sensitivity: z.enum(SHIELD_SENSITIVITIES).nullable().optional(),
});

const statusJson = z.object({
  mode: z.enum(['off', 'auto', 'on']),
  active: z.boolean(),
  activated_at: z.string().nullable(),
  reason: z.string().nullable(),
  held_count: z.number().int(),
  sensitivity: z.enum(SHIELD_SENSITIVITIES),
  sensitivity_is_default: z.boolean(),
});

export function serializeShield(s: ShieldStatus): z.infer<typeof statusJson> {
  return {
    mode: s.mode,
    active: s.active,
    activated_at: s.activatedAt,
    reason: s.reason,
    held_count: s.heldCount,
    sensitivity: s.sensitivity,
    sensitivity_is_default: s.sensitivityIsDefault,
  };
}

const notAlly = (c: Context) =>
  apiError(c, 'forbidden', {
    fr: 'Vous n’êtes pas allié·e de cette personne avec ce droit (ou plus maintenant).',
    en: 'You are not this person’s ally with this permission (or no longer are).',
  });

export function mountShieldRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    shield: ShieldService;
    folder: HeldFolderService;
    present: StatusPresenter;
    publicUrl: string;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, shield, folder, present, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const path = '/api/empathie/v1/shield';

  /** The viewer, and the folder they act on (`?for=`), or the response refusing it. */
  async function who(c: Context<AppEnv>, forId: string | undefined): Promise<Subject | Response> {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const subject = await folder.subject(viewer.accountId, forId);
    return subject.ok ? subject.value : notAlly(c);
  }

  /** Batch: one query for the senders, one presenter call for the posts. */
  async function serializeHeld(rows: HeldRow[], viewerId: string) {
    const postIds = [...new Set(rows.flatMap((r) => (r.post_id ? [r.post_id] : [])))];
    const [senders, posts] = await Promise.all([
      findAccountsByIds(db, [...new Set(rows.map((r) => r.from_account_id))]),
      postIds.length === 0
        ? []
        : db.selectFrom('posts').selectAll().where('id', 'in', postIds).execute(),
    ]);
    // The folder's own rule stands in for visibility here: the viewer is the person or their
    // ally, and the posts are the ones written to the person.
    const statuses = new Map((await present(posts, viewerId)).map((s) => [s.id, s]));
    const senderById = new Map(senders.map((a) => [a.id, a]));
    return rows.flatMap((r) => {
      const from = senderById.get(r.from_account_id);
      if (!from || from.deleted_at) return [];
      return [
        {
          id: r.id,
          kind: r.kind,
          account: serializeAccount(from, ctx),
          status: r.post_id ? (statuses.get(r.post_id) ?? null) : null,
          received_at: r.received_at,
          state: r.state,
          reported: r.reported_at !== null,
          decided_at: r.decided_at,
        },
      ];
    });
  }

  app.get(path, async (c) => {
    const q = parseQuery(c, forSchema);
    if (!q.ok) return q.response;
    const subject = await who(c, q.value.for);
    if (subject instanceof Response) return subject;
    return c.json(serializeShield(await shield.status(subject.ownerId)));
  });

  app.put(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const q = parseQuery(c, forSchema);
    if (!q.ok) return q.response;
    // Only the person switches their shield: an ally reviews, never decides this for them.
    if (q.value.for !== undefined && q.value.for !== viewer.accountId) {
      return apiError(c, 'forbidden', {
        fr: 'Seule la personne elle-même règle son bouclier.',
        en: 'Only the person themselves sets their shield.',
      });
    }
    const parsed = await parseBody(c, putSchema);
    if (!parsed.ok) return parsed.response;
    const updated = await shield.configure(viewer.accountId, parsed.value);
    return c.json(serializeShield(updated));
  });

  app.get(`${path}/held`, async (c) => {
    const q = parseQuery(c, heldListSchema);
    if (!q.ok) return q.response;
    const subject = await who(c, q.value.for);
    if (subject instanceof Response) return subject;
    const states: HeldRow['state'][] =
      q.value.state === 'all' ? ['held', 'approved', 'hidden'] : ['held'];
    const rows = await folder.list(subject, toPageParams(q.value), states);
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await serializeHeld(rows, subject.actorId));
  });

  for (const action of ['approve', 'hide', 'report', 'block'] as const satisfies HeldAction[]) {
    app.post(`${path}/held/:id{[0-9]+}/${action}`, async (c) => {
      const q = parseQuery(c, forSchema);
      if (!q.ok) return q.response;
      const subject = await who(c, q.value.for);
      if (subject instanceof Response) return subject;
      const done = await folder.act(subject, c.req.param('id'), action);
      if (!done.ok) return apiError(c, 'not_found');
      const [out] = await serializeHeld([done.value], subject.actorId);
      return out ? c.json(out) : apiError(c, 'not_found');
    });
  }

  const tag = 'shield';
  openapi.register({
    method: 'get',
    path,
    summary: 'My shield (or, with ?for=, that of a person I help)',
    tag,
    query: forSchema,
    response: statusJson,
  });
  openapi.register({
    method: 'put',
    path,
    summary: 'Switch my shield on, off or to automatic, and choose its sensitivity',
    tag,
    query: forSchema,
    body: putSchema,
    response: statusJson,
  });
  openapi.register({
    method: 'get',
    path: `${path}/held`,
    summary: 'The held folder, newest first (Link pagination); ?for= for an ally',
    tag,
    query: heldListSchema,
  });
  const summaries = new Map<HeldAction, string>([
    ['approve', 'Let a held message through: it appears and notifies as it would have'],
    ['hide', 'Keep a held message out of sight (never deleted)'],
    ['report', 'Report a held message to the moderators'],
    ['block', 'Block the sender of a held message, for the person'],
  ]);
  for (const [action, summary] of summaries) {
    openapi.register({
      method: 'post',
      path: `${path}/held/:id/${action}`,
      summary,
      tag,
      query: forSchema,
    });
  }
}
