/**
 * The one setting of the test harness: a PostgreSQL server for the integration suite, set by the
 * test command when it runs the suite on PostgreSQL. Read here so the environment is read in
 * `config/` only.
 */
export function testPostgresUrl(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return env.EMPATHIE_TEST_PG || undefined;
}
