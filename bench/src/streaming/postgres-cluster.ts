import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../server-process.ts';

export interface PostgresCluster {
  /** A fresh database on the cluster, for the bench's instance. */
  url: string;
  stop(): void;
}

function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/**
 * A throwaway PostgreSQL cluster on loopback, as scripts/test-pg.sh starts one (Debian's
 * `postgresql` package; as root it runs as the `postgres` user). Null when PostgreSQL is not
 * installed: the bench then says so and measures SQLite only.
 */
export async function startPostgres(): Promise<PostgresCluster | null> {
  const bin = pgBin();
  if (!bin) return null;
  const work = mkdtempSync(join(tmpdir(), 'empathie-bench-pg-'));
  const data = join(work, 'data');
  const socket = join(work, 'socket');
  mkdirSync(data);
  mkdirSync(socket);
  const root = process.getuid?.() === 0;
  if (root) {
    execFileSync('chown', ['-R', 'postgres', work]);
    chmodSync(data, 0o700);
  }
  const asPg = (command: string) =>
    root
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { encoding: 'utf8' })
      : spawnSync('sh', ['-c', command], { encoding: 'utf8' });
  const port = await freePort();
  const init = asPg(
    `'${bin}/initdb' -D '${data}' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8`,
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const started = asPg(
    `'${bin}/pg_ctl' -D '${data}' -l '${work}/server.log' -w -t 60 start -o "-p ${port} -k '${socket}' ` +
      `-c listen_addresses=127.0.0.1 -c max_connections=200"`,
  );
  if (started.status !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr}`);
  const stop = () => {
    asPg(`'${bin}/pg_ctl' -D '${data}' -m fast -w stop`);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const admin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    });
    await admin.connect();
    await admin.query('create database empathie_bench');
    await admin.end();
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/empathie_bench`, stop };
}
