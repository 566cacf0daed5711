/**
 * JSON Canonicalization Scheme (RFC 8785, "JCS"): the one byte string a JSON value hashes to,
 * whoever serialises it. Objects list their members sorted by the UTF-16 code units of their
 * names, with no whitespace; strings and numbers are written as ECMAScript's JSON.stringify
 * writes them (RFC 8785 §3.2.2 defines its number format as ECMAScript's Number.toString).
 *
 * Written here rather than taken from the `canonicalize` package: it is these few lines, it
 * must run unchanged in the server, the CLI and the browser bundle, and a dossier's whole value
 * rests on it, so it is tested against the RFC's own examples (canonical-json.test.ts).
 *
 * @example canonicalJson({ b: 1, a: [true, null, 'é'] }) === '{"a":[true,null,"é"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

/** Deeper than any dossier: a guard against hostile input, not a format limit. */
const MAX_DEPTH = 100;

export class NotCanonicalisableError extends Error {}

function write(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw new NotCanonicalisableError('JSON nested too deeply');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalisableError('number is not finite');
      // -0 is written 0 (RFC 8785 §3.2.2.3), as JSON.stringify already does.
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => write(v, depth + 1)).join(',')}]`;
      const record = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, which is exactly RFC 8785 §3.2.3's order.
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], depth + 1)}`).join(',')}}`;
    }
    default:
      throw new NotCanonicalisableError(`${typeof value} is not JSON`);
  }
}
