import { join } from 'node:path';
import { lookupTable } from '../src/text/lookup-table.ts';
import { parseDelimited, parseRecords, readText } from './csv.ts';
import { tweeteval } from './datasets.ts';
import { type Example, example } from './example.ts';

type Loader = (dir: string) => Example[];
const yes = (b: boolean) => (b ? 1 : 0);

const paradetox: Loader = (dir) => {
  const out: Example[] = [];
  const rows = parseDelimited(readText(join(dir, 'paradetox', 'paradetox.tsv')), '\t', false).slice(
    1,
  );
  rows.forEach((r, i) => {
    out.push(example(r[0] ?? '', 'en', 'paradetox', `pdx-${i}`, { TOXICITY: 1 }));
    for (const polite of r.slice(1)) {
      if (polite.trim() !== '')
        out.push(example(polite, 'en', 'paradetox', `pdx-${i}`, { TOXICITY: 0 }));
    }
  });
  const hard = parseDelimited(
    readText(join(dir, 'paradetox', 'paradetox_cannot_rewrite.tsv')),
    '\t',
  ).slice(1);
  for (const r of hard) {
    out.push(
      example((r[1] ?? '').replace(/^"+|"+$/g, ''), 'en', 'paradetox', `pdxh-${r[0]}`, {
        TOXICITY: 1,
      }),
    );
  }
  return out;
};

/** Machine-translated, with noisy positives; the largest French set. */
const eistakovskii: Loader = (dir) => {
  const base = join(dir, 'french-toxicity-mt-eistakovskii');
  const out: Example[] = [];
  for (const file of ['train_fr.csv', 'test_fr_400.csv']) {
    parseDelimited(readText(join(base, file))).forEach(([label, text], i) => {
      out.push(
        example(text ?? '', 'fr', 'eistakovskii-mt', `eis-${file}-${i}`, {
          TOXICITY: Number(label),
        }),
      );
    });
  }
  parseDelimited(readText(join(base, 'test_fr_200.csv'))).forEach(([text, label], i) => {
    out.push(
      example(text ?? '', 'fr', 'eistakovskii-tweets', `eis200-${i}`, { TOXICITY: Number(label) }),
    );
  });
  return out;
};

const sexism: Loader = (dir) =>
  parseRecords(readText(join(dir, 'sexism-twitter-french', 'gathered_tweets_labeled.csv')))
    .filter((r) => ['0', '1', '2'].includes((r.Category ?? '').trim()))
    .map((r) => {
      const c = (r.Category ?? '').trim();
      return example(r.Tweet ?? '', 'fr', 'sexism-fr', `sex-${r['']}`, {
        TOXICITY: yes(c !== '0'),
        IDENTITY_ATTACK: yes(c === '2'),
      });
    });

const textdetox: Loader = (dir) =>
  parseRecords(readText(join(dir, 'textdetox2025-fr-toxic', 'dev_inputs_fr_only.tsv')), '\t').map(
    (r, i) => example(r.toxic_sentence ?? '', 'fr', 'textdetox-fr', `tdx-${i}`, { TOXICITY: 1 }),
  );

const EKMAN = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'] as const;

const goemotions: Loader = (dir) => {
  const out: Example[] = [];
  for (const split of ['train', 'dev', 'test']) {
    for (const r of parseDelimited(
      readText(join(dir, 'goemotions', 'ekman', `${split}.tsv`)),
      '\t',
      false,
    )) {
      const ids = new Set((r[1] ?? '').split(',').map(Number));
      const labels = Object.fromEntries(EKMAN.map((e, i) => [e, yes(ids.has(i))]));
      out.push(example(r[0] ?? '', 'en', 'goemotions', `goe-${r[2]}`, labels));
    }
  }
  return out;
};

// XED numbers Plutchik's emotions 1..8; anticipation (2) and trust (8) have no head of ours.
const XED = lookupTable<string>({
  1: 'anger',
  3: 'disgust',
  4: 'fear',
  5: 'joy',
  6: 'sadness',
  7: 'surprise',
});

function xedRows(text: string): Array<[string, Set<string>]> {
  const out: Array<[string, Set<string>]> = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split('\t');
    // About 250 rows use another layout; only "sentence<TAB>labels" rows are kept.
    if (cells.length !== 2 || !/^\s*\d(\s*,\s*\d)*\s*$/.test(cells[1] ?? '')) continue;
    out.push([cells[0] ?? '', new Set((cells[1] ?? '').split(',').map((s) => s.trim()))]);
  }
  return out;
}

const xed: Loader = (dir) => {
  const out: Example[] = [];
  for (const [file, lang] of [
    ['en-annotated.tsv', 'en'],
    ['fr-projections.tsv', 'fr'],
  ] as const) {
    xedRows(readText(join(dir, 'xed', file))).forEach(([text, ids], i) => {
      // lookup-safe: keys are our own head names
      const labels: Record<string, number> = { neutral: 0 };
      for (const [id, emotion] of Object.entries(XED)) labels[emotion] = yes(ids.has(id));
      out.push(example(text, lang, `xed-${lang}`, `xed-${file}-${i}`, labels));
    });
  }
  readText(join(dir, 'xed', 'neu_en.txt'))
    .split(/\r?\n/)
    .forEach((line, i) => {
      const text = line.split('\t').slice(1).join('\t');
      if (text.trim() === '') return;
      // lookup-safe: keys are our own head names
      const labels: Record<string, number> = { neutral: 1 };
      for (const emotion of Object.values(XED)) labels[emotion] = 0;
      out.push(example(text, 'en', 'xed-en', `xedn-${i}`, labels, 0.5));
    });
  return out;
};

const emodift: Loader = (dir) =>
  parseRecords(readText(join(dir, 'emodift', 'emodift_manual_annot_2215.csv'))).map((r) => {
    const on = (k: string) => yes(Number.parseFloat(r[k] ?? '0') >= 0.5);
    return example(r.tweet ?? '', 'fr', 'emodift', `emo-${r.num}`, {
      anger: on('Colere'),
      disgust: on('Degout'),
      fear: on('Peur'),
      sadness: on('Tristesse'),
      surprise: on('Surprise'),
      neutral: on('Neutre'),
    });
  });

/** FEEL's words become one-word examples: cheap emotion coverage for French vocabulary. */
const feel: Loader = (dir) =>
  parseRecords(readText(join(dir, 'feel-lexicon', 'feel.csv'))).map((r) =>
    example(
      r.word ?? '',
      'fr',
      'feel',
      `feel-${r.id}`,
      {
        anger: Number(r.anger),
        disgust: Number(r.disgust),
        fear: Number(r.fear),
        joy: Number(r.joy),
        sadness: Number(r.sadness),
        surprise: Number(r.surprise),
      },
      0.3,
    ),
  );

const tweetevalEmotion: Loader = (dir) =>
  tweeteval(dir, 'emotion').map(([text, label], i) =>
    example(text, 'en', 'tweeteval-emotion', `tee-${i}`, {
      anger: yes(label === '0'),
      joy: yes(label === '1' || label === '2'),
      sadness: yes(label === '3'),
    }),
  );

/** Neutral and positive tweets: weak non-toxic examples (see corpus.ts), no emotion labels. */
const umsab: Loader = (dir) => {
  const out: Example[] = [];
  for (const [folder, lang] of [
    ['french', 'fr'],
    ['english', 'en'],
  ] as const) {
    for (const split of ['train', 'val', 'test']) {
      const texts = readText(join(dir, 'umsab-sentiment', folder, `${split}_text.txt`)).split('\n');
      const labels = readText(join(dir, 'umsab-sentiment', folder, `${split}_labels.txt`)).split(
        '\n',
      );
      texts.forEach((text, i) => {
        if (text.trim() !== '' && (labels[i] ?? '').trim() !== '0') {
          out.push(example(text, lang, `umsab-${lang}`, `umsab-${lang}-${split}-${i}`, {}));
        }
      });
    }
  }
  return out;
};

/** Polite Wikipedia requests (score ≥ 0): weak non-toxic examples. */
const tydip: Loader = (dir) =>
  parseRecords(readText(join(dir, 'tydip-politeness-fr', 'fr_test.csv')))
    .filter((r) => Number.parseFloat(r.score ?? '') >= 0)
    .map((r, i) => example(r.sentence ?? '', 'fr', 'tydip-fr', `tydip-${i}`, {}));

export const MORE_LOADERS: ReadonlyArray<[string, Loader]> = [
  ['paradetox', paradetox],
  ['sexism-twitter-french', sexism],
  ['textdetox2025-fr-toxic', textdetox],
  ['french-toxicity-mt-eistakovskii', eistakovskii],
  ['goemotions/ekman', goemotions],
  ['xed', xed],
  ['emodift', emodift],
  ['tweeteval/emotion', tweetevalEmotion],
  ['feel-lexicon', feel],
  ['umsab-sentiment', umsab],
  ['tydip-politeness-fr', tydip],
];
