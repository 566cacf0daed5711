import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'empathie-engine.js');
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60000 });

describe('empathie-engine CLI (no build step)', () => {
  it('answers JSON lines in input order and flags bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'shut up, idiot' }),
      'not json',
      JSON.stringify({ id: 2, text: 'Merci pour ton aide !' }),
    ].join('\n');
    const result = run(['analyze'], input);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id ?? l.error)).toEqual(['a', 'invalid_json', 2]);
    expect(lines[0].scores.INSULT).toBeGreaterThan(lines[2].scores.INSULT);
    expect(lines[2].language).toBe('fr');
    expect(Object.keys(lines[0])).toEqual(
      expect.arrayContaining(['id', 'language', 'scores', 'spans', 'emotions', 'coach']),
    );
    expect(result.status).toBe(1);
  });

  it('prints one analysis readably', () => {
    const result = run(['analyze', "t'es vraiment nul"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('TOXICITY');
    expect(result.stdout).toContain('"nul"');
  });
});
