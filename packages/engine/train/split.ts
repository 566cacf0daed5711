import { fnv1a } from '../src/features/hash.ts';
import { tokenise } from '../src/text/tokenise.ts';
import type { Example } from './example.ts';

export type Split = 'train' | 'dev' | 'test';

/** Deterministic split by source item: 80 % train, 10 % dev, 10 % test. */
export function splitOf(group: string, seed: number): Split {
  const bucket = fnv1a(group, fnv1a(String(seed))) % 10;
  return bucket < 8 ? 'train' : bucket === 8 ? 'dev' : 'test';
}

/** Normalised text used to find duplicates across sets (OLID inside others, retweets…). */
export function dedupKey(text: string): string {
  return tokenise(text)
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.key)
    .join(' ');
}

/** Drops empty texts and later duplicates of a normalised text (the first source wins). */
export function deduplicate(examples: readonly Example[]): Example[] {
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const ex of examples) {
    const key = dedupKey(ex.text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(ex);
  }
  return out;
}
