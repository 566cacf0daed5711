import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'empathie-engine.js');
const main = join(import.meta.dirname, '..', 'cli', 'main.ts');
const bundle = join(import.meta.dirname, '..', 'dist-cli', 'analyze.mjs');
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

  it('answers a line while its input is still open (answers are batched, never held back)', async () => {
    const child = spawn(process.execPath, [bin, 'analyze']);
    const first = new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += String(chunk);
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', () => reject(new Error(`exited before answering: ${out}`)));
    });
    child.stdin.write(`${JSON.stringify({ id: 'open', text: 'shut up, idiot' })}\n`);
    const answer = JSON.parse((await first).split('\n')[0] as string);
    child.stdin.end();
    expect(answer.id).toBe('open');
  });

  it('scores without the coach when asked: same scores, no findings or rewrite', () => {
    const input = JSON.stringify({ id: 'x', text: "shut up, idiot, t'es vraiment nul" });
    const [full, bare] = [run(['analyze'], input), run(['analyze', '--no-coach'], input)].map((r) =>
      JSON.parse(r.stdout.trim()),
    );
    expect(full.coach.findings.length).toBeGreaterThan(0);
    expect(bare.coach).toEqual({
      findings: [],
      register: null,
      scaffold: { observation: '', feeling: '', need: '', request: '' },
      rewrite: null,
    });
    expect(bare.scores).toEqual(full.scores);
    expect(bare.spans).toEqual(full.spans);
  });

  it('prints one analysis readably', () => {
    const result = run(['analyze', "t'es vraiment nul"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('TOXICITY');
    expect(result.stdout).toContain('"nul"');
  });

  it('answers through the prebuilt bundle exactly as through tsx', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Tu es vraiment un c0nnard, ferme-la !' }),
      JSON.stringify({ id: 2, text: 'I hope that moron dies, honestly' }),
      JSON.stringify({ id: 3, text: 'Merci pour ton aide 🙏' }),
    ].join('\n');
    const prebuilt = run(['analyze'], input);
    const tsx = spawnSync(process.execPath, ['--import', 'tsx', main, 'analyze'], {
      input,
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(existsSync(bundle)).toBe(true);
    expect(prebuilt.stdout.split('\n').length).toBe(4);
    expect(prebuilt.stdout).toBe(tsx.stdout);
  });
});
