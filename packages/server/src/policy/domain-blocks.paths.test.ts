import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(name) ? [path] : [];
  });
}

/** Reading or writing the domain block tables, in Kysely or in raw SQL. */
const DOMAIN_TABLE =
  /\b(selectFrom|innerJoin|leftJoin|deleteFrom|insertInto|updateTable)\(\s*[`'"](instance_domain_blocks|account_domain_blocks)\b|\b(from|join)\s+(instance_domain_blocks|account_domain_blocks)\b/;

describe('domain blocks are read through the policy only', () => {
  it('no module outside policy/ (and the migration) touches their tables', () => {
    const offenders = sources()
      .map((path) => relative(SRC, path).split('\\').join('/'))
      .filter((path) => !path.startsWith('policy/') && !path.startsWith('db/migrations/'))
      .filter((path) => DOMAIN_TABLE.test(readFileSync(join(SRC, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a module reading them itself', () => {
    expect(DOMAIN_TABLE.test(".selectFrom('instance_domain_blocks')")).toBe(true);
    expect(DOMAIN_TABLE.test('inner join account_domain_blocks d on')).toBe(true);
    expect(DOMAIN_TABLE.test("createDomainPolicy(db).mayDeliverTo('a.example')")).toBe(false);
  });
});
