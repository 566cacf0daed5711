import { loadEngine } from '@empathie/engine';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { type Config, readEnv } from './config/config.ts';
import { databaseTarget, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { demoCommand } from './demo/demo.command.ts';
import { ensureKvPurgeScheduled } from './federation/kv-maintenance.ts';
import { systemClock } from './shared/clock.ts';
import { createIdGenerator } from './shared/ids.ts';
import { createLogger } from './shared/logger.ts';

const USAGE = `Usage: empathie <command>

  start     apply pending migrations, then serve the API and the web app
  migrate   apply pending migrations and exit
  demo      fill an empty instance with a small bilingual demo community (--force: even if not empty)
`;

function loadConfig(): Config {
  const result = readEnv();
  if (!result.ok) {
    for (const e of result.errors)
      process.stderr.write(`Configuration error: ${e.variable} ${e.message}\n`);
    process.exit(2);
  }
  return result.config;
}

async function openMigrated(config: Config) {
  const target = databaseTarget(config.databaseUrl, config.dataDir);
  const database = openDatabase(target);
  const where = target.kind === 'sqlite' ? target.file : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(`Database: ${where}\n`);
  const outcome = await migrateToLatest(database, (name) =>
    process.stdout.write(`  migration applied: ${name}\n`),
  );
  if (!outcome.ok) {
    process.stderr.write(`Migration ${outcome.failed ?? ''} failed: ${String(outcome.error)}\n`);
    await database.close();
    process.exit(1);
  }
  return database;
}

async function start(config: Config): Promise<void> {
  const database = await openMigrated(config);
  const logger = createLogger(config.logLevel);
  const { app, jobs, streaming, federation } = createApp({
    config,
    database,
    clock: systemClock,
    ids: createIdGenerator(),
    logger,
    engine: await loadEngine(),
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    process.stdout.write(
      `\nEmpathie is running on ${config.publicUrl} (listening on ${info.address}:${info.port})\n` +
        `Empathie est en ligne sur ${config.publicUrl}\n\n`,
    );
  });
  // The streaming API's WebSockets arrive as upgrades of this same server (ADR 0020).
  streaming.attach(server);
  await streaming.start();
  // The job worker (home-feed fan-out…) runs in the server process; jobs survive restarts.
  jobs.start();
  await ensureKvPurgeScheduled({ db: database.db, jobs, clock: systemClock, logger });
  // Federation's worker (deliveries, incoming activities) on its database queue: messages left
  // by a previous run go out now; a stop lets deliveries under way finish (ADR 0019).
  const federationWorker = new AbortController();
  const federationQueue = federation.startQueue(federationWorker.signal);
  const stop = async () => {
    process.stdout.write('Stopping Empathie…\n');
    // Upgraded sockets keep a server open: live connections are told goodbye first.
    await streaming.close();
    server.close(async () => {
      await jobs.stop();
      federationWorker.abort();
      await federationQueue;
      await database.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(argv: string[]): Promise<void> {
  const command = argv[0] ?? 'start';
  const config = loadConfig();
  switch (command) {
    case 'start':
      return start(config);
    case 'demo': {
      const database = await openMigrated(config);
      const code = await demoCommand({
        config,
        database,
        logger: createLogger(config.logLevel === 'debug' ? 'debug' : 'warn'),
        args: argv.slice(1),
        out: (line) => process.stdout.write(`${line}\n`),
      });
      await database.close();
      process.exit(code);
      return;
    }
    case 'migrate': {
      const database = await openMigrated(config);
      await database.close();
      return;
    }
    default:
      process.stderr.write(USAGE);
      process.exit(2);
  }
}

await main(process.argv.slice(2));
