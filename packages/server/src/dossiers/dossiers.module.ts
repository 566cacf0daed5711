import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { createDossierKeyService } from './dossier-key.service.ts';
import { mountDossierRoutes } from './dossiers.routes.ts';
import { createDossiersService } from './dossiers.service.ts';

/**
 * Evidence dossiers: collected snapshots of posts, exported as a ZIP signed with the
 * instance's Ed25519 key (ADR 0013). A person who deletes their account takes their dossiers
 * with them.
 */
export function mountDossiersDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    events: EventBus;
    openapi: OpenApiRegistry;
    publicUrl: string;
    domain: string;
  },
) {
  const { db, clock, ids, events, openapi, publicUrl, domain } = deps;
  const keys = createDossierKeyService({ db, clock, publicUrl });
  const dossiers = createDossiersService({ db, clock, ids, keys, publicUrl, domain });
  events.subscribe('account.deleted', (event) => dossiers.forgetOwner(event.accountId));
  mountDossierRoutes(app, { db, dossiers, keys, openapi });
  return { dossiers, dossierKeys: keys };
}
