import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A plain object indexed with a key from outside (a query parameter, a JSON key, a word of a
 * post) finds `Object.prototype`'s built-ins for "constructor" or "toString", and assigning
 * "__proto__" replaces its prototype: one word in a post once broke timelines, one query
 * parameter the whole server. So every string-keyed table in the code base is one of:
 *   - a `Map`, a `Set`, or `lookupTable({...})` / `Object.create(null)` (no prototype);
 *   - a plain object whose keys never come from outside, marked by a comment on the line above
 *     that starts with `// lookup-safe:` and says why.
 * This test finds the others. It reads declarations, not data flow: a new plain table needs a
 * reviewed decision, which is the point.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SCANNED = [
  'packages/engine',
  'packages/server',
  'packages/web',
  'bench',
  'e2e',
  'scripts',
  'attack',
  'test',
];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'models', 'data', 'test-results']);

// A string-keyed object type given a literal: `x: Record<string, T> = {`, `{ [k: string]: T } = {`,
// or a cast of an empty literal: `{} as Record<string, T>`.
const TYPED_LITERAL = /(?:Record<\s*string\s*,|\{\s*\[\s*\w+\s*:\s*string\s*\]\s*:)[^;]*?=\s*\{/;
const CAST_LITERAL =
  /\{\s*\}\s*as\s*(?:Readonly<\s*)?(?:Record<\s*string\s*,|\{\s*\[\s*\w+\s*:\s*string)/;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      out.push(path);
  }
  return out;
}

function plainTables(source: string): number[] {
  const lines = source.split('\n');
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (line.trim().startsWith('//') || line.trim().startsWith('*')) return;
    if (!TYPED_LITERAL.test(line) && !CAST_LITERAL.test(line)) return;
    const above = lines[index - 1]?.trim() ?? '';
    if (above.startsWith('// lookup-safe:') || line.includes('// lookup-safe:')) return;
    found.push(index + 1);
  });
  return found;
}

describe('string-keyed tables', () => {
  it('are recognised, with and without a reviewed reason', () => {
    expect(plainTables("const SLANG: Record<string, string> = {\n  mdr: 'lol',\n};")).toEqual([1]);
    expect(plainTables('const out = {} as Record<string, number>;')).toEqual([1]);
    expect(plainTables('const m: { [key: string]: number } = {};')).toEqual([1]);
    expect(
      plainTables('// lookup-safe: keys are our own\nconst x: Record<string, number> = {};'),
    ).toEqual([]);
    expect(plainTables('const SLANG = lookupTable<string>({ mdr: "lol" });')).toEqual([]);
    expect(plainTables('const t = new Map<string, string>();')).toEqual([]);
    expect(plainTables('const e = {} as Record<Attribute, number>;')).toEqual([]);
  });

  it('are never plain objects without a reason, anywhere in the code base', () => {
    const offenders: string[] = [];
    for (const top of SCANNED) {
      let files: string[] = [];
      try {
        files = sourceFiles(join(ROOT, top));
      } catch {
        continue;
      }
      for (const file of files) {
        for (const line of plainTables(readFileSync(file, 'utf8'))) {
          offenders.push(`${relative(ROOT, file)}:${line}`);
        }
      }
    }
    expect(
      offenders,
      'use a Map, lookupTable() or Object.create(null), or explain with // lookup-safe:',
    ).toEqual([]);
  });
});
