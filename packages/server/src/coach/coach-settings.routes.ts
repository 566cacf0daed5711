import type { Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, requireAdmin, requireViewer } from '../http/auth.ts';
import { formBoolean, parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { CoachSettingsChanges } from './coach-settings.repository.ts';
import {
  COOL_DOWN_RANGE,
  type CoachSettings,
  type CoachSettingsService,
  UNDO_RANGE,
} from './coach-settings.service.ts';
import { SENSITIVITIES, thresholdFor } from './sensitivity.ts';

// Form bodies send numbers as text; "" or true must fail rather than become 0 or 1.
const integerIn = (range: { min: number; max: number }) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z.number().int().min(range.min).max(range.max),
  );

// Every field is optional (PATCH) and `null` resets it to the default it falls back to.
const settingsPatchSchema = z.object({
  coach_enabled: formBoolean.nullable().optional(),
  sensitivity: z.enum(SENSITIVITIES).nullable().optional(),
  cool_down_minutes: integerIn(COOL_DOWN_RANGE).nullable().optional(),
  undo_seconds: integerIn(UNDO_RANGE).nullable().optional(),
});

const settingsJsonSchema = z.object({
  coach_enabled: z.boolean(),
  sensitivity: z.enum(SENSITIVITIES),
  cool_down_minutes: z.number().int(),
  undo_seconds: z.number().int(),
  score_threshold: z.number().nullable(),
});

/** Wire shape; `score_threshold` saves clients from repeating the sensitivity mapping. */
export function serializeCoachSettings(s: CoachSettings): z.infer<typeof settingsJsonSchema> {
  return {
    coach_enabled: s.coachEnabled,
    sensitivity: s.sensitivity,
    cool_down_minutes: s.coolDownMinutes,
    undo_seconds: s.undoSeconds,
    score_threshold: thresholdFor(s.sensitivity),
  };
}

function toChanges(body: z.infer<typeof settingsPatchSchema>): CoachSettingsChanges {
  return {
    coachEnabled: body.coach_enabled,
    sensitivity: body.sensitivity,
    coolDownMinutes: body.cool_down_minutes,
    undoSeconds: body.undo_seconds,
  };
}

export function mountCoachSettingsRoutes(
  app: Hono<AppEnv>,
  settings: CoachSettingsService,
  openapi: OpenApiRegistry,
): void {
  const path = '/api/empathie/v1/coach/settings';
  const adminPath = '/api/empathie/v1/admin/coach/settings';

  app.get(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(serializeCoachSettings(await settings.forPerson(viewer.accountId)));
  });
  app.patch(path, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, settingsPatchSchema);
    if (!parsed.ok) return parsed.response;
    const updated = await settings.updatePersonal(viewer.accountId, toChanges(parsed.value));
    return c.json(serializeCoachSettings(updated));
  });
  app.get(adminPath, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    return c.json(serializeCoachSettings(await settings.instanceDefaults()));
  });
  app.patch(adminPath, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, settingsPatchSchema);
    if (!parsed.ok) return parsed.response;
    return c.json(
      serializeCoachSettings(await settings.updateInstanceDefaults(toChanges(parsed.value))),
    );
  });

  const tag = 'coach';
  const response = settingsJsonSchema;
  openapi.register({ method: 'get', path, summary: 'My coach settings', tag, response });
  openapi.register({
    method: 'patch',
    path,
    summary: 'Change my coach settings (null: back to the instance default)',
    tag,
    body: settingsPatchSchema,
    response,
  });
  openapi.register({
    method: 'get',
    path: adminPath,
    summary: 'Instance default coach settings (admin)',
    tag: 'admin',
    response,
  });
  openapi.register({
    method: 'patch',
    path: adminPath,
    summary: 'Change the instance default coach settings (admin)',
    tag: 'admin',
    body: settingsPatchSchema,
    response,
  });
}
