import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../src/index.ts';
import { sensitivityTable } from '../train/calibration.ts';
import { writeSection } from '../train/card-sections.ts';
import { defaultDataDir, loadCorpus } from '../train/corpus.ts';
import { evaluate } from '../train/evaluate.ts';
import { evaluateFunctional, loadFunctional } from '../train/functional.ts';
import { IN_DOMAIN_PROTOCOL, inDomainCv, inDomainLine } from '../train/in-domain.ts';
import { LOSO_EPOCHS, LOSO_PROTOCOL, leaveOneSourceOut, losoTable } from '../train/loso.ts';
import { evaluateSuite } from '../train/suite.ts';
import { parseTrainArgs, runTraining, type TrainArgs } from '../train/train.ts';
import { evaluateUnseen } from '../train/unseen.ts';
import { analyzeCommand } from './analyze.ts';
import { bench } from './bench.ts';
import { describeLoad, describeMachine, type Machine, readMachine } from './machine.ts';

const USAGE = `usage: empathie-engine <command>
  analyze "text"        analyse one text and print it readably
  analyze               read JSON lines {"id": …, "text": "…"} on stdin, write one JSON line each
  analyze --no-coach    the same without the coach (scores, spans, emotions): bulk scoring
  bench [--quick]       machine and load, analyses per second (CPU and wall time), load time, memory
  train [--data DIR] [--epochs N] [--bits B] [--seed S] [--masked-copies] [--suite]
        [--extra all|none|a,b]   newer sets to load (default: those kept, train/corpus.ts)
        [--source-cap N]         training rows one set may weigh (default 20000)
                        train and write models/
  eval [--data DIR] [--write-card]   evaluate the shipped model (held-out split, template suite,
                        coach sensitivities); --write-card puts the last two in models/MODEL_CARD.md
  eval --loso [--epochs N] [--only NAME] [--masked-copies] [--suite] [--extra …] [--source-cap N]
                        leave-one-source-out: train without each set, score it (--write-card: lead the card)`;

/** Wall and CPU time since `t0` / `c0`, as the card states them. */
function tookSoFar(c0: NodeJS.CpuUsage, t0: number): string {
  const cpu = process.cpuUsage(c0);
  return `Took ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU.`;
}

/** Where and how a figure written into the model card was measured. */
function stamp(machine: Machine, train: TrainArgs): string {
  const additions = [
    train.maskedCopies ? '--masked-copies' : '',
    train.suite ? '--suite' : '',
    train.sourceCap !== undefined ? `--source-cap ${train.sourceCap}` : '',
    train.maskSoftened ? '--mask-softened' : '',
    train.softenedLabel !== undefined ? `--soften-labels ${train.softenedLabel}` : '',
    train.undamped ? '--undamped' : '',
    train.sourceWeights !== undefined
      ? `--source-weight ${[...train.sourceWeights].map(([k, v]) => `${k}=${v}`).join(',')}`
      : '',
  ].filter((x) => x !== '');
  const command = `npm run eval -w @empathie/engine -- ${process.argv.slice(3).join(' ')}`;
  const day = new Date().toISOString().slice(0, 10);
  const extras = additions.length > 0 ? `, with ${additions.join(' ')}` : '';
  return `Measured ${day} by \`${command}\` on ${describeMachine(machine)} (${describeLoad(machine)} at start)${extras}.`;
}

const cardPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'models', 'MODEL_CARD.md');

async function evalCommand(args: readonly string[]): Promise<number> {
  const i = args.indexOf('--data');
  const dir = i >= 0 && args[i + 1] !== undefined ? args[i + 1] : defaultDataDir();
  const machine = readMachine();
  console.log(`machine: ${describeMachine(machine)}; at start: ${describeLoad(machine)}`);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const engine = await loadEngine();
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const train = parseTrainArgs(args);
  const corpus = loadCorpus(dir as string, engine.meta.seed, log, train);
  const inDomain = args.indexOf('--in-domain');
  if (inDomain >= 0) {
    const source = args[inDomain + 1] ?? '';
    const weight = train.sourceWeights?.get(source) ?? 1;
    const result = inDomainCv(corpus, source, { ...train, epochs: LOSO_EPOCHS }, weight);
    console.log(`${IN_DOMAIN_PROTOCOL}\n\n${inDomainLine(result, weight)}`);
  } else if (args.includes('--loso')) {
    const epochs = args.includes('--epochs') ? train.epochs : LOSO_EPOCHS;
    const only = args.flatMap((a, k) => (args[k - 1] === '--only' ? [a] : []));
    const results = leaveOneSourceOut(
      corpus,
      { ...train, epochs, learningRate: train.learningRate, only },
      log,
    );
    const table = losoTable(results, epochs);
    console.log(table);
    if (args.includes('--write-card') && only.length === 0) {
      writeSection(
        cardPath,
        'loso',
        `## Transfer: leave-one-source-out\n\n${LOSO_PROTOCOL}\n\n${stamp(machine, train)} ${tookSoFar(c0, t0)}\n\n${table}`,
      );
    }
  } else {
    console.log(
      evaluate(engine, corpus.test, (n) => log(`  evaluating ${n}/${corpus.test.length}`)),
    );
    const suite = evaluateSuite(engine);
    // The product's thresholds today (packages/server/src/coach/sensitivity.ts).
    const sensitivities = sensitivityTable(engine, corpus.dev, corpus.test, {
      high: 0.5,
      medium: 0.7,
      low: 0.85,
    });
    const unseen = evaluateUnseen(engine, dir as string, [...corpus.train, ...corpus.dev]);
    console.log(`\n${suite}\n\n${unseen}\n\n${sensitivities}`);
    if (args.includes('--write-card')) {
      // The functional development set as the engine reads it today; the Metrics section keeps
      // the figures measured when the weights were trained.
      const functional = evaluateFunctional(engine, loadFunctional()).replace(
        '### Functional set of our own (development set, not the hidden evaluation)',
        '### Functional set of our own, today (development set, not the hidden evaluation)',
      );
      writeSection(
        cardPath,
        'eval',
        `## Functional suite, unseen sets and coach sensitivities (shipped weights)\n\n${stamp(machine, train)}\n\n${suite}\n\n${functional}\n\n${unseen}\n\n${sensitivities}`,
      );
    }
  }
  const cpu = process.cpuUsage(c0);
  console.log(
    `took ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; at end: ${describeLoad(readMachine())}`,
  );
  return 0;
}

/** Runs one CLI command; returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyzeCommand(rest);
    case 'bench':
      await bench(rest);
      return 0;
    case 'train':
      runTraining(parseTrainArgs(rest));
      return 0;
    case 'eval':
      return evalCommand(rest);
    default:
      console.error(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
