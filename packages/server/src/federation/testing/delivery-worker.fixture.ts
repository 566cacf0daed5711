/**
 * A delivery worker in its own process, for the restart tests: opens the SQLite file named by
 * EMPATHIE_TEST_DB, listens to the federation queue, and on SIGTERM stops gracefully (deliveries
 * under way finish and are written to the ledger) before exiting. SIGKILL is the crash.
 */
import { openDatabase } from '../../db/database.ts';
import { systemClock } from '../../shared/clock.ts';
import { createIdGenerator } from '../../shared/ids.ts';
import { createLogger } from '../../shared/logger.ts';
import { createDatabaseMessageQueue } from '../message-queue.ts';

const file = process.env.EMPATHIE_TEST_DB;
if (!file) throw new Error('EMPATHIE_TEST_DB is required');
const database = openDatabase({ kind: 'sqlite', file });
const queue = createDatabaseMessageQueue(
  {
    database,
    clock: systemClock,
    ids: createIdGenerator(),
    logger: createLogger('silent'),
    // The test's and the bench's inboxes are on loopback.
    allowPrivateAddress: true,
  },
  {
    pollMs: 50,
    deliveryTimeoutMs: Number(process.env.EMPATHIE_TEST_TIMEOUT_MS ?? 2000),
    lockMs: Number(process.env.EMPATHIE_TEST_LOCK_MS ?? 4000),
  },
);
const controller = new AbortController();
process.on('SIGTERM', () => controller.abort());
process.stdout.write('listening\n');
await queue.listen(
  () => {
    throw new Error('only outbox messages in this test');
  },
  { signal: controller.signal },
);
await database.close();
process.exit(0);
