import type { Context } from 'hono';
import { z } from 'zod';
import { apiError } from './errors.ts';
import { langOf } from './language.ts';

type Params = Record<string, unknown>;

/**
 * Mastodon clients send arrays as `key[]=a&key[]=b` and objects as `source[privacy]=private`,
 * in query strings, forms and multipart alike. Turn those into plain arrays and objects.
 */
export function expandBrackets(entries: Iterable<[string, unknown]>): Params {
  const out: Params = {};
  for (const [rawKey, value] of entries) {
    const match = /^([^[\]]+)(?:\[([^\]]*)\])?(\[\])?$/.exec(rawKey);
    if (!match) {
      out[rawKey] = value;
      continue;
    }
    const [, name = rawKey, sub, trailingArray] = match;
    const list = (previous: unknown) => [
      ...(Array.isArray(previous) ? previous : []),
      ...(Array.isArray(value) ? value : [value]),
    ];
    if (sub === undefined) {
      out[name] = value;
    } else if (sub === '') {
      out[name] = list(out[name]);
    } else {
      const parent =
        typeof out[name] === 'object' && out[name] !== null && !Array.isArray(out[name])
          ? (out[name] as Params)
          : {};
      parent[sub] = trailingArray ? list(parent[sub]) : value;
      out[name] = parent;
    }
  }
  return out;
}

/** Reads the body whatever its type (JSON, form, multipart); `null` when it cannot be parsed. */
export async function readBody(c: Context): Promise<Params | null> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.includes('application/json')) {
    const text = await c.req.text();
    if (text.trim() === '') return {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
      return parsed as Params;
    } catch {
      return null;
    }
  }
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    try {
      const body = await c.req.parseBody({ all: true });
      return expandBrackets(Object.entries(body));
    } catch {
      return null;
    }
  }
  const text = await c.req.text();
  if (text.trim() === '') return {};
  // No content type: accept JSON, as many clients forget the header.
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Params)
      : null;
  } catch {
    return null;
  }
}

export function readQuery(c: Context): Params {
  const url = new URL(c.req.url);
  const grouped = new Map<string, string | string[]>();
  for (const [key, value] of url.searchParams) {
    const previous = grouped.get(key);
    if (previous === undefined) grouped.set(key, key.endsWith('[]') ? [value] : value);
    else grouped.set(key, [...(Array.isArray(previous) ? previous : [previous]), value]);
  }
  return expandBrackets(grouped);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

function validate<S extends z.ZodType>(c: Context, schema: S, input: Params): Parsed<z.infer<S>> {
  const lang = langOf(c);
  const result = schema.safeParse(input, {
    error: (lang === 'fr' ? z.locales.fr() : z.locales.en()).localeError,
  });
  if (result.success) return { ok: true, value: result.data };
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
  }));
  const first = fields[0];
  const summary = first ? `${first.field ? `${first.field}: ` : ''}${first.message}` : '';
  return {
    ok: false,
    response: apiError(
      c,
      'validation_failed',
      {
        fr: `Certaines informations ne sont pas valides. ${summary}`.trim(),
        en: `Some of the information is not valid. ${summary}`.trim(),
      },
      { fields },
    ),
  };
}

/** Parses and validates the body; answers 400 for unparsable bodies and 422 for invalid ones. */
export async function parseBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<Parsed<z.infer<S>>> {
  const body = await readBody(c);
  if (body === null) return { ok: false, response: apiError(c, 'malformed_request') };
  return validate(c, schema, body);
}

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): Parsed<z.infer<S>> {
  return validate(c, schema, readQuery(c));
}

/** Form values arrive as strings: accept Mastodon's boolean spellings. */
export const formBoolean = z.preprocess((v) => {
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (['true', '1', 'on', 'yes'].includes(s)) return true;
    if (['false', '0', 'off', 'no', ''].includes(s)) return false;
  }
  return v;
}, z.boolean());
