import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { mountDraftRoutes } from '../drafts/drafts.routes.ts';
import { createDraftsService } from '../drafts/drafts.service.ts';
import { createPostToneService, type ToneEngine } from '../gentle/post-tone.service.ts';
import { createStatusExtension } from '../gentle/status-extension.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { mountCoachOutcomesRoutes } from './coach-outcomes.routes.ts';
import { createCoachOutcomesService } from './coach-outcomes.service.ts';
import { mountCoachSettingsRoutes } from './coach-settings.routes.ts';
import { createCoachSettingsService } from './coach-settings.service.ts';

/**
 * "Think before you post" on the server: coach settings, outcomes and figures, saved drafts, the
 * tone measured on every published post, and gentle reading. Returns the status extension that
 * the status presenter calls, and the settings other domains may read.
 */
export function mountCoachDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    events: EventBus;
    engine: ToneEngine;
    openapi: OpenApiRegistry;
    maxPostChars: () => Promise<number>;
  },
) {
  const { db, clock, ids, events, engine, openapi } = deps;
  const coachSettings = createCoachSettingsService({ db, clock });
  const coachOutcomes = createCoachOutcomesService({ db, clock, ids });
  const drafts = createDraftsService({ db, clock, ids, maxPostChars: deps.maxPostChars });
  const postTones = createPostToneService({ db, clock, engine });
  postTones.listen(events);

  mountCoachSettingsRoutes(app, coachSettings, openapi);
  mountCoachOutcomesRoutes(app, coachOutcomes, openapi);
  mountDraftRoutes(app, drafts, openapi);

  const statusExtension = createStatusExtension({ db, settings: coachSettings, tones: postTones });
  return { coachSettings, postTones, statusExtension };
}
