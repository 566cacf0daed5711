import SQLite from 'better-sqlite3';

/**
 * Waits until the server's worker has run every pending job (home-feed fan-outs), reading the
 * jobs table through a read-only connection. Returns the backlog found and how long it took to
 * drain; jobs that failed (they carry `last_error`) are not waited for.
 */
export async function waitForJobs(
  file: string,
  maxSeconds: number,
): Promise<{ backlog: number; seconds: number; left: number }> {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const pending = sqlite.prepare('select count(*) as n from jobs where last_error is null');
    const count = () => Number((pending.get() as { n: number }).n);
    const backlog = count();
    const started = performance.now();
    let left = backlog;
    while (left > 0 && performance.now() - started < maxSeconds * 1000) {
      await new Promise((r) => setTimeout(r, 100));
      left = count();
    }
    return { backlog, seconds: (performance.now() - started) / 1000, left };
  } finally {
    sqlite.close();
  }
}
