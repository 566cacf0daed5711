import { type Analysis, type AnalyzeOptions, loadEngine } from '../src/index.ts';

// `empathie-engine analyze`, in a module of its own: `bin/empathie-engine.js` runs it from a
// bundle built by `bin/prebuilt.js` when it can (faster than through tsx), and `main.ts` runs it
// through tsx otherwise. It imports nothing but the engine, so the bundle holds nothing else.

function readable(text: string, a: Analysis): string {
  const bar = (x: number) => '█'.repeat(Math.round(x * 20)).padEnd(20, '·');
  const lines = [`language: ${a.language} (${a.languageConfidence})`, 'scores:'];
  for (const [k, v] of Object.entries(a.scores))
    lines.push(`  ${k.padEnd(16)} ${bar(v)} ${v.toFixed(3)}`);
  lines.push('spans:');
  for (const s of a.spans)
    lines.push(
      `  ${s.attribute.padEnd(16)} "${text.slice(s.begin, s.end)}" [${s.begin}, ${s.end}) ${s.score}`,
    );
  lines.push('emotions:');
  for (const [k, v] of Object.entries(a.emotions))
    lines.push(`  ${k.padEnd(16)} ${bar(v)} ${v.toFixed(3)}`);
  lines.push('coach:');
  for (const f of a.coach.findings)
    lines.push(`  ${f.kind} "${text.slice(f.begin, f.end)}": ${f.explanation.en}`);
  if (a.coach.rewrite !== null) lines.push(`  rewrite: ${a.coach.rewrite}`);
  return lines.join('\n');
}

/**
 * `analyze "text"` prints one analysis readably; `analyze` alone answers JSON lines read on stdin,
 * one JSON line each. Returns the exit status.
 */
export async function analyzeCommand(argv: readonly string[]): Promise<number> {
  const engine = await loadEngine();
  // Scoring many texts (a moderation queue, a migration) needs no rewrite: the coach costs about
  // as much as everything else together.
  const options: AnalyzeOptions = argv.includes('--no-coach') ? { coach: false } : {};
  const args = argv.filter((a) => a !== '--no-coach');
  if (args.length > 0) {
    const text = args.join(' ');
    console.log(readable(text, engine.analyze(text, options)));
    return 0;
  }
  let status = 0;
  let line = 0;
  // A chunk's lines are answered together: `analyzeMany` runs the coach's rules over all of them
  // rule by rule, the same answers as one at a time, faster.
  const answerAll = (raws: readonly string[]): string => {
    const out: string[] = [];
    const texts: string[] = [];
    const ids: unknown[] = [];
    const at: number[] = [];
    for (const raw of raws) {
      line++;
      if (raw.trim() === '') {
        out.push('');
        continue;
      }
      let input: { id?: unknown; text?: unknown };
      try {
        input = JSON.parse(raw) as { id?: unknown; text?: unknown };
      } catch {
        status = 1;
        out.push(`${JSON.stringify({ line, error: 'invalid_json' })}\n`);
        continue;
      }
      if (typeof input.text !== 'string') {
        status = 1;
        out.push(`${JSON.stringify({ id: input.id ?? null, line, error: 'text_missing' })}\n`);
        continue;
      }
      at.push(out.length);
      out.push('');
      texts.push(input.text);
      ids.push(input.id ?? null);
    }
    engine.analyzeMany(texts, options).forEach((analysis, i) => {
      // `{"id":…,` then the analysis's own members: what JSON.stringify({ id, ...a }) writes,
      // without copying every answer into a new object first.
      const body = JSON.stringify(analysis);
      out[at[i] as number] = `{"id":${JSON.stringify(ids[i])},${body.slice(1)}\n`;
    });
    return out.join('');
  };
  // Lines are cut from each chunk of input as it comes, and the chunk's answers are written at
  // once in one write: a line at a time through readline's async iterator cost a promise and a
  // turn of the event loop per line, and one write per answer a system call each. A client that
  // waits for each answer before sending the next still gets it as soon as it is ready. Line
  // ends are readline's: "\n", "\r\n" or a lone "\r".
  const END = /\r\n|\n|\r(?!\n)/g;
  let carry = '';
  const take = (text: string, last: boolean): string => {
    const lines: string[] = [];
    let from = 0;
    END.lastIndex = 0;
    for (let m = END.exec(text); m !== null; m = END.exec(text)) {
      // A "\r" that ends the chunk may be the first half of "\r\n": wait for the next one.
      if (!last && m[0] === '\r' && m.index === text.length - 1) break;
      lines.push(text.slice(from, m.index));
      from = m.index + m[0].length;
    }
    carry = text.slice(from);
    if (last && carry !== '') {
      lines.push(carry);
      carry = '';
    }
    return answerAll(lines);
  };
  process.stdin.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    process.stdin.on('data', (chunk: string) => {
      const out = take(carry + chunk, false);
      // Hold the input while stdout catches up, so a slow reader never makes us buffer it all.
      if (out !== '' && !process.stdout.write(out)) {
        process.stdin.pause();
        process.stdout.once('drain', () => process.stdin.resume());
      }
    });
    process.stdin.on('end', () => {
      const out = take(carry, true);
      if (out === '') resolve();
      else process.stdout.write(out, () => resolve());
    });
    process.stdin.on('error', reject);
  });
  return status;
}
