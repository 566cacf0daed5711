import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireAdmin } from '../http/auth.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { isShieldSensitivity, SHIELD_SENSITIVITIES } from './shield.detection.ts';
import type { ShieldDefaults } from './shield.service.ts';

/** What an instance starts with: medium sensitivity, off after 48 hours without a surge. */
export const BUILT_IN_SHIELD_DEFAULTS: ShieldDefaults = { sensitivity: 'medium', quietHours: 48 };
export const QUIET_HOURS_RANGE = { min: 1, max: 24 * 14 } as const;

const KEY_SENSITIVITY = 'shield_sensitivity';
const KEY_QUIET_HOURS = 'shield_quiet_hours';

/** The admin's defaults, read on every call (in `instance_settings`) so all processes agree. */
export async function readShieldDefaults(db: Kysely<Database>): Promise<ShieldDefaults> {
  const rows = await db
    .selectFrom('instance_settings')
    .selectAll()
    .where('key', 'in', [KEY_SENSITIVITY, KEY_QUIET_HOURS])
    .execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const sensitivity = stored.get(KEY_SENSITIVITY);
  const quiet = Number(stored.get(KEY_QUIET_HOURS));
  return {
    sensitivity: isShieldSensitivity(sensitivity)
      ? sensitivity
      : BUILT_IN_SHIELD_DEFAULTS.sensitivity,
    quietHours:
      Number.isInteger(quiet) && quiet >= QUIET_HOURS_RANGE.min && quiet <= QUIET_HOURS_RANGE.max
        ? quiet
        : BUILT_IN_SHIELD_DEFAULTS.quietHours,
  };
}

async function writeDefault(db: Kysely<Database>, key: string, value: string | null) {
  if (value === null) {
    await db.deleteFrom('instance_settings').where('key', '=', key).execute();
    return;
  }
  await db
    .insertInto('instance_settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

const patchSchema = z.object({
  sensitivity: z.enum(SHIELD_SENSITIVITIES).nullable().optional(),
  quiet_hours: z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
      z.number().int().min(QUIET_HOURS_RANGE.min).max(QUIET_HOURS_RANGE.max),
    )
    .nullable()
    .optional(),
});
const responseSchema = z.object({
  sensitivity: z.enum(SHIELD_SENSITIVITIES),
  quiet_hours: z.number().int(),
});

const serialize = (d: ShieldDefaults) => ({
  sensitivity: d.sensitivity,
  quiet_hours: d.quietHours,
});

/** `GET|PATCH /api/empathie/v1/admin/shield/settings`: the instance defaults (null: built-in). */
export function mountShieldDefaultsRoutes(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; openapi: OpenApiRegistry },
): void {
  const { db, openapi } = deps;
  const path = '/api/empathie/v1/admin/shield/settings';
  app.get(path, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    return c.json(serialize(await readShieldDefaults(db)));
  });
  app.patch(path, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, patchSchema);
    if (!parsed.ok) return parsed.response;
    const { sensitivity, quiet_hours } = parsed.value;
    if (sensitivity !== undefined) await writeDefault(db, KEY_SENSITIVITY, sensitivity);
    if (quiet_hours !== undefined)
      await writeDefault(db, KEY_QUIET_HOURS, quiet_hours === null ? null : String(quiet_hours));
    return c.json(serialize(await readShieldDefaults(db)));
  });
  openapi.register({
    method: 'get',
    path,
    summary: 'Instance default shield settings (admin)',
    tag: 'admin',
    response: responseSchema,
  });
  openapi.register({
    method: 'patch',
    path,
    summary: 'Change the instance default shield settings (admin; null: built-in default)',
    tag: 'admin',
    body: patchSchema,
    response: responseSchema,
  });
}
