import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Head } from '../src/model/model.ts';
import { parseDelimited, parseRecords, readText } from './csv.ts';
import { type Example, example } from './example.ts';

/**
 * Loaders for the sets added to `../shared/datasets` after the first model. All English; each
 * is kept in training only if leave-one-source-out transfer says so (ADR 0018, model card).
 * `french-profanity-lexicons` is word lists with neutral words among them, not labels: no loader.
 */
type Loader = (dir: string) => Example[];

/**
 * Civil Comments posts that raters found toxic (positives only), with per-rater typed spans. An
 * attribute is 1 when at least half of the post's raters typed a span with it, else 0. TOXICITY
 * gets half a weight: a positives-only set would otherwise teach that long argumentative
 * comments are toxic.
 */
const toxicSpans: Loader = (dir) => {
  const base = join(dir, 'toxic-spans-civilcomments', 'data');
  const comments = parseRecords(readText(join(base, 'comments.csv')));
  const annotations = parseRecords(readText(join(base, 'annotations.csv')));
  const spans = parseRecords(readText(join(base, 'spans.csv')));
  const TYPES = new Map([
    ['Insult', 'INSULT'],
    ['Profane/Obscene', 'PROFANITY'],
    ['Identity based Attack', 'IDENTITY_ATTACK'],
    ['Threat', 'THREAT'],
  ]);
  const typesOf = new Map<string, Set<string>>();
  for (const s of spans) {
    const t = TYPES.get(s.type ?? '');
    if (t === undefined) continue;
    const set = typesOf.get(s.annotation ?? '') ?? new Set<string>();
    set.add(t);
    typesOf.set(s.annotation ?? '', set);
  }
  const raters = new Map<string, number>();
  const votes = new Map<string, Map<string, number>>();
  for (const a of annotations) {
    const post = a.comment_id ?? '';
    raters.set(post, (raters.get(post) ?? 0) + 1);
    const v = votes.get(post) ?? new Map<string, number>();
    for (const t of typesOf.get(a.annotation ?? '') ?? []) v.set(t, (v.get(t) ?? 0) + 1);
    votes.set(post, v);
  }
  const out: Example[] = [];
  for (const c of comments) {
    const post = c.comment_id ?? '';
    const n = raters.get(post) ?? 0;
    if (n === 0) continue;
    const v = votes.get(post) ?? new Map<string, number>();
    const major = (t: string) => ((v.get(t) ?? 0) * 2 >= n ? 1 : 0);
    const ex = example(
      c.comment_text ?? '',
      'en',
      'toxic-spans',
      `tsp-${post}`,
      {
        TOXICITY: 1,
        INSULT: major('INSULT'),
        PROFANITY: major('PROFANITY'),
        IDENTITY_ATTACK: major('IDENTITY_ATTACK'),
        THREAT: major('THREAT'),
      },
      0.5,
    );
    out.push(ex);
  }
  return out;
};

/**
 * OpenAI's moderation samples: H → IDENTITY_ATTACK, HR → INSULT, H2 or V → THREAT; toxic when
 * any of them; not toxic when all four are known and 0 and no sexual or self-harm label is set
 * (those are outside our heads, so such a text says nothing about TOXICITY).
 */
const openaiModeration: Loader = (dir) => {
  const raw = gunzipSync(
    readFileSync(join(dir, 'openai-moderation-samples', 'samples-1680.jsonl.gz')),
  ).toString('utf8');
  const out: Example[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const r = JSON.parse(line) as Record<string, unknown>;
    const get = (k: string) => (typeof r[k] === 'number' ? (r[k] as number) : Number.NaN);
    const [h, hr, h2, v] = [get('H'), get('HR'), get('H2'), get('V')];
    const any = h === 1 || hr === 1 || h2 === 1 || v === 1;
    const known = [h, hr, h2, v].every((x) => !Number.isNaN(x));
    const other = get('S') === 1 || get('S3') === 1 || get('SH') === 1 || get('V2') === 1;
    const labels: Partial<Record<Head, number>> = {};
    if (any) {
      labels.TOXICITY = 1;
      if (!Number.isNaN(h)) labels.IDENTITY_ATTACK = h;
      if (!Number.isNaN(hr)) labels.INSULT = hr;
      if (!Number.isNaN(h2) || !Number.isNaN(v)) labels.THREAT = h2 === 1 || v === 1 ? 1 : 0;
    } else if (known && !other) labels.TOXICITY = 0;
    else return;
    out.push(example(String(r.prompt ?? ''), 'en', 'openai-moderation', `oai-${i}`, labels));
  });
  return out;
};

/**
 * Stormfront sentences: hate → TOXICITY and IDENTITY_ATTACK; noHate → IDENTITY_ATTACK 0 only
 * (a sentence of that forum may still be rude), made a weak non-toxic example by the corpus
 * when it has no hurtful lexicon word, as FTR's. `relation` (hateful only with its neighbours)
 * and skips are dropped; sentences of one post share a source item.
 */
const stormfront: Loader = (dir) =>
  parseRecords(readText(join(dir, 'stormfront-hate-forum', 'stormfront_sentences.csv')))
    .filter((r) => r.label === 'hate' || r.label === 'noHate')
    .map((r) =>
      example(
        r.text ?? '',
        'en',
        'stormfront',
        `sf-${(r.file_id ?? '').split('_')[0]}`,
        r.label === 'hate' ? { TOXICITY: 1, IDENTITY_ATTACK: 1 } : { IDENTITY_ATTACK: 0 },
      ),
    );

/** ToxiGen's human-curated statements about groups: hate → TOXICITY + IDENTITY_ATTACK, neutral → 0. */
const toxigen: Loader = (dir) =>
  parseRecords(readText(join(dir, 'toxigen-demonstrations', 'toxigen_seed_statements.csv'))).map(
    (r, i) =>
      example(
        r.text ?? '',
        'en',
        'toxigen',
        `tg-${i}`,
        r.label === 'hate' ? { TOXICITY: 1, IDENTITY_ATTACK: 1 } : { TOXICITY: 0 },
      ),
  );

// The templates repeat themselves: one phrase in 19 (≈ 4,000) teaches what they can teach.
const TEMPLATE_STRIDE = 19;

/** Jigsaw's sentence templates naming identity groups, toxic / nontoxic, subsampled. */
const jigsawTemplates: Loader = (dir) =>
  parseDelimited(readText(join(dir, 'jigsaw-sentence-templates-en', 'en_sentence_templates.csv')))
    .slice(1)
    .filter((_, i) => i % TEMPLATE_STRIDE === 0)
    .map(([template, toxicity, phrase]) =>
      example(phrase ?? '', 'en', 'jigsaw-templates', `jst-${template}-${phrase}`, {
        TOXICITY: toxicity === 'toxic' ? 1 : 0,
      }),
    );

/** Every newer set by folder; `--extra` chooses which ones a training run loads. */
export const NEW_LOADERS: ReadonlyArray<[string, Loader]> = [
  ['toxic-spans-civilcomments', toxicSpans],
  ['openai-moderation-samples', openaiModeration],
  ['stormfront-hate-forum', stormfront],
  ['toxigen-demonstrations', toxigen],
  ['jigsaw-sentence-templates-en', jigsawTemplates],
];
