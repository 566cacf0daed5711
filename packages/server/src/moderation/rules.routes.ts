import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireAdmin } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { AuditEntry } from './audit.repository.ts';
import {
  deleteRule,
  findRule,
  insertRule,
  listRules,
  ruleJson,
  updateRule,
} from './rules.repository.ts';

const rulePost = z.object({
  text: z.string().trim().min(1).max(500),
  hint: z.string().trim().max(2000).optional(),
  position: z.coerce.number().int().min(0).max(10_000).optional(),
});
const rulePut = rulePost.partial();
const ID = ':id{[0-9]{1,20}}';

/** The instance's rules, written by admins; everyone reads them at `GET /api/v1/instance/rules`. */
export function mountRuleRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    audit: (entry: AuditEntry) => Promise<void>;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, clock, ids, audit, openapi } = deps;

  app.get('/api/empathie/v1/admin/rules', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    return c.json((await listRules(db)).map((r) => ({ ...ruleJson(r), position: r.position })));
  });
  app.post('/api/empathie/v1/admin/rules', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, rulePost);
    if (!parsed.ok) return parsed.response;
    const at = clock.now().toISOString();
    const existing = await listRules(db);
    const row = {
      id: ids(),
      text: parsed.value.text,
      hint: parsed.value.hint ?? '',
      position: parsed.value.position ?? existing.length,
      created_at: at,
      updated_at: at,
    };
    await insertRule(db, row);
    await audit({
      actorId: viewer.accountId,
      action: 'rule.create',
      targetType: 'rule',
      targetId: row.id,
      detail: { text: row.text },
    });
    return c.json(ruleJson(row), 201);
  });
  app.put(`/api/empathie/v1/admin/rules/${ID}`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, rulePut);
    if (!parsed.ok) return parsed.response;
    const id = c.req.param('id');
    const changes = {
      ...(parsed.value.text !== undefined ? { text: parsed.value.text } : {}),
      ...(parsed.value.hint !== undefined ? { hint: parsed.value.hint } : {}),
      ...(parsed.value.position !== undefined ? { position: parsed.value.position } : {}),
      updated_at: clock.now().toISOString(),
    };
    if (!(await updateRule(db, id, changes))) return apiError(c, 'not_found');
    await audit({
      actorId: viewer.accountId,
      action: 'rule.update',
      targetType: 'rule',
      targetId: id,
      detail: changes,
    });
    const row = await findRule(db, id);
    return row ? c.json(ruleJson(row)) : apiError(c, 'not_found');
  });
  app.delete(`/api/empathie/v1/admin/rules/${ID}`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const id = c.req.param('id');
    if (!(await deleteRule(db, id))) return apiError(c, 'not_found');
    // Statements keep the rule's text as it read when they were written.
    await audit({
      actorId: viewer.accountId,
      action: 'rule.delete',
      targetType: 'rule',
      targetId: id,
    });
    return c.json({});
  });
  for (const [method, path, summary, body] of [
    ['get', '/api/empathie/v1/admin/rules', 'The instance’s rules (admins)', undefined],
    ['post', '/api/empathie/v1/admin/rules', 'Add a rule (admins)', rulePost],
    ['put', `/api/empathie/v1/admin/rules/${ID}`, 'Edit a rule (admins)', rulePut],
    ['delete', `/api/empathie/v1/admin/rules/${ID}`, 'Delete a rule (admins)', undefined],
  ] as const) {
    openapi.register({ method, path, summary, tag: 'moderation', ...(body ? { body } : {}) });
  }
}
