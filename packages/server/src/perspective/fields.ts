/**
 * Google's `fields` system parameter (partial response): `fields=attributeScores/TOXICITY/summaryScore,languages`
 * or `fields=attributeScores(TOXICITY(summaryScore/value))`. Paths are joined by `/`, lists are
 * separated by `,`, parentheses select several fields under one, `*` selects every field at its
 * level, and a selection under an array applies to each element. Names that match nothing select
 * nothing, as Google does for map keys.
 */

/** Field name → what to keep under it (`null`: the whole value). */
export type FieldMask = Map<string, FieldMask | null>;

const NAME = /[A-Za-z0-9_*]/;

function merge(into: FieldMask, name: string, sub: FieldMask | null): void {
  if (!into.has(name)) {
    into.set(name, sub);
    return;
  }
  const existing = into.get(name) ?? null;
  if (existing === null || sub === null) {
    into.set(name, null);
    return;
  }
  for (const [k, v] of sub) merge(existing, k, v);
}

/**
 * Parses a `fields` value; null when it is malformed (empty name, unbalanced parentheses).
 *
 * @example
 * parseFieldMask('attributeScores/TOXICITY/summaryScore,languages');
 */
export function parseFieldMask(spec: string): FieldMask | null {
  let i = 0;
  const text = spec.replace(/\s+/g, '');
  function name(): string | null {
    const start = i;
    while (i < text.length && NAME.test(text[i] as string)) i++;
    return i > start ? text.slice(start, i) : null;
  }
  // item := name ( '/' item | '(' list ')' )?
  function item(into: FieldMask): boolean {
    const n = name();
    if (n === null) return false;
    if (text[i] === '/') {
      i++;
      const sub: FieldMask = new Map();
      if (!item(sub)) return false;
      merge(into, n, sub);
      return true;
    }
    if (text[i] === '(') {
      i++;
      const sub: FieldMask = new Map();
      if (!list(sub) || text[i] !== ')') return false;
      i++;
      merge(into, n, sub);
      return true;
    }
    merge(into, n, null);
    return true;
  }
  function list(into: FieldMask): boolean {
    if (!item(into)) return false;
    while (text[i] === ',') {
      i++;
      if (!item(into)) return false;
    }
    return true;
  }
  const mask: FieldMask = new Map();
  if (!list(mask) || i !== text.length) return null;
  return mask;
}

/**
 * Keeps only the selected fields of a JSON value.
 *
 * @example
 * applyFieldMask({ a: 1, b: { c: 2, d: 3 } }, parseFieldMask('b/c')!); // { b: { c: 2 } }
 */
export function applyFieldMask(value: unknown, mask: FieldMask): unknown {
  if (Array.isArray(value)) return value.map((v) => applyFieldMask(v, mask));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Readonly<Record<string, unknown>>;
  const entries: [string, unknown][] = [];
  const all = mask.get('*');
  for (const key of Object.keys(source)) {
    const sub = mask.has(key) ? (mask.get(key) ?? null) : all;
    if (sub === undefined) continue;
    entries.push([key, sub === null ? source[key] : applyFieldMask(source[key], sub)]);
  }
  // fromEntries defines own properties: a key such as "__proto__" stays a plain key.
  return Object.fromEntries(entries);
}
