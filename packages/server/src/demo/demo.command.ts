import { loadEngine } from '@empathie/engine';
import { createApp } from '../app.ts';
import type { Config } from '../config/config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createIdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { demoClient } from './demo.client.ts';
import { DEMO_PASSWORD } from './demo.people.ts';
import { DEMO_SPAN_DAYS, planDemo } from './demo.plan.ts';
import { countLocalAccounts } from './demo.repository.ts';
import { type MovableClock, runDemo } from './demo.service.ts';

export interface DemoCommandDeps {
  config: Config;
  database: DatabaseHandle;
  logger: Logger;
  args: readonly string[];
  out: (line: string) => void;
  now?: () => number;
}

/** A clock that starts weeks ago and only moves when the demo moves it. */
export function movableClock(startMs: number): MovableClock {
  let now = startMs;
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/**
 * `empathie demo [--force]`: fills an empty instance with the demo community, dated over the
 * last weeks. Returns the process exit code.
 */
export async function demoCommand(deps: DemoCommandDeps): Promise<number> {
  const { out } = deps;
  const force = deps.args.includes('--force');
  const now = deps.now?.() ?? Date.now();
  const clock = movableClock(now - DEMO_SPAN_DAYS * 24 * 3_600_000);
  const built = createApp({
    config: deps.config,
    database: deps.database,
    clock,
    ids: createIdGenerator(() => clock.now().getTime()),
    logger: deps.logger,
    engine: await loadEngine(),
  });
  const plan = planDemo();
  out('Création de la communauté de démonstration… / Creating the demo community…');
  const outcome = await runDemo(
    {
      client: demoClient((path, init) => built.app.request(path, init), 'en'),
      clock,
      countAccounts: () => countLocalAccounts(deps.database.db),
      runDueJobs: () => built.jobs.runDueJobs(),
      progress: out,
    },
    plan,
    force,
  );
  if (!outcome.ok) {
    const error = outcome.error;
    switch (error.type) {
      case 'not_empty':
        out(
          `\nCette instance a déjà ${error.accounts} compte(s) : la démo ne remplit qu’une instance vide.\n` +
            'Relancez avec --force pour l’ajouter quand même (npm run demo -- --force).\n' +
            `This instance already has ${error.accounts} account(s): the demo only fills an empty one.\n` +
            'Run it again with --force to add it anyway (npm run demo -- --force).',
        );
        return 1;
      case 'request_failed':
        out(
          `\nLa démo s’est arrêtée / The demo stopped at "${error.step}": HTTP ${error.status}\n` +
            JSON.stringify(error.body),
        );
        return 1;
    }
  }
  const s = outcome.value;
  out(
    `\nLa communauté de démonstration est prête / The demo community is ready:\n` +
      `  ${s.people} people · ${s.posts} posts (${s.replies} replies) · ${s.follows} follows ` +
      `(${s.pending} pending) · ${s.favourites} favourites · ${s.reblogs} shares\n\n` +
      'Connectez-vous avec / Sign in with:\n' +
      `  jeanne_martin   (français)  mot de passe / password: ${DEMO_PASSWORD}\n` +
      `  margaret_reads  (English)   mot de passe / password: ${DEMO_PASSWORD}\n` +
      (s.admin
        ? `  ${s.admin} administre l’instance / is the instance admin (same password)\n`
        : '') +
      `Toutes les personnes de la démo ont ce mot de passe / Every demo person has this password.\n` +
      `Then: npm start, and open ${deps.config.publicUrl}`,
  );
  return 0;
}
