/**
 * A frozen lookup table with no prototype. Words of a post are looked up in such tables, and a
 * word such as "constructor" or "__proto__" must find nothing rather than a built-in of
 * `Object.prototype`.
 *
 * @example
 * const SLANG = lookupTable({ mdr: 'lol' });
 * SLANG['mdr']; // 'lol'
 * SLANG['constructor']; // undefined
 */
export function lookupTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  const table = Object.create(null) as Record<string, V>;
  for (const key of Object.keys(entries)) table[key] = entries[key] as V;
  return Object.freeze(table);
}
