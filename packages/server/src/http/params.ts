import type { Context } from 'hono';
import { z } from 'zod';
import { apiError } from './errors.ts';
import { langOf } from './language.ts';

type Params = Record<string, unknown>;

/**
 * Keys no parsed input may carry. Assigning `__proto__` on an ordinary object replaces its
 * prototype, and `constructor` / `prototype` name built-ins that a later lookup would find:
 * either way one request could change how every other request behaves.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden parameter name: ${key}`);
  }
}

/** A plain record with no prototype, so that no key, however named, reaches a built-in. */
function record(): Params {
  return Object.create(null) as Params;
}

/**
 * Mastodon clients send arrays as `key[]=a&key[]=b` and objects as `source[privacy]=private`,
 * in query strings, forms and multipart alike. Turn those into plain arrays and objects.
 * Throws `ForbiddenKeyError` for `__proto__`, `constructor` or `prototype` at any level.
 */
export function expandBrackets(entries: Iterable<[string, unknown]>): Params {
  const out = record();
  for (const [rawKey, value] of entries) {
    const match = /^([^[\]]+)(?:\[([^\]]*)\])?(\[\])?$/.exec(rawKey);
    if (!match) {
      // Deeper nesting is kept as one flat key; each of its parts is still checked.
      for (const part of rawKey.split(/[[\]]+/)) refuseForbidden(part);
      out[rawKey] = value;
      continue;
    }
    const [, name = rawKey, sub, trailingArray] = match;
    refuseForbidden(name);
    if (sub) refuseForbidden(sub);
    const list = (previous: unknown) => [
      ...(Array.isArray(previous) ? previous : []),
      ...(Array.isArray(value) ? value : [value]),
    ];
    const current = Object.hasOwn(out, name) ? out[name] : undefined;
    if (sub === undefined) {
      out[name] = value;
    } else if (sub === '') {
      out[name] = list(current);
    } else {
      const parent =
        typeof current === 'object' && current !== null && !Array.isArray(current)
          ? (current as Params)
          : record();
      parent[sub] = trailingArray
        ? list(Object.hasOwn(parent, sub) ? parent[sub] : undefined)
        : value;
      out[name] = parent;
    }
  }
  return out;
}

function refuseForbidden(key: string): void {
  if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
}

/**
 * JSON.parse makes `__proto__` an own property (harmless by itself), but code that copies or
 * spreads the result would then set a prototype: refuse such keys at any depth, as forms do.
 */
function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => hasForbiddenKey(item, depth + 1));
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return true;
    if (hasForbiddenKey((value as Params)[key], depth + 1)) return true;
  }
  return false;
}

function parseJsonObject(text: string): Params | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    if (hasForbiddenKey(parsed)) return null;
    return parsed as Params;
  } catch {
    return null;
  }
}

/** Reads the body whatever its type (JSON, form, multipart); `null` when it cannot be parsed. */
export async function readBody(c: Context): Promise<Params | null> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    try {
      const body = await c.req.parseBody({ all: true });
      return expandBrackets(Object.entries(body));
    } catch {
      // Unparsable, or a forbidden key: either way the request is malformed.
      return null;
    }
  }
  // JSON, or no content type at all (many clients forget the header).
  const text = await c.req.text();
  if (text.trim() === '') return {};
  return parseJsonObject(text);
}

/** The query string as parameters; `null` when it names a forbidden key. */
export function readQuery(c: Context): Params | null {
  const url = new URL(c.req.url);
  const grouped = new Map<string, string | string[]>();
  for (const [key, value] of url.searchParams) {
    const previous = grouped.get(key);
    if (previous === undefined) grouped.set(key, key.endsWith('[]') ? [value] : value);
    else grouped.set(key, [...(Array.isArray(previous) ? previous : [previous]), value]);
  }
  try {
    return expandBrackets(grouped);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return null;
    throw error;
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

// C0 controls but tab, line feed and carriage return, and DEL: nothing a person types, and NUL
// in particular truncates text in some databases, terminals and C libraries downstream.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The path of the first string holding a control character, or `null` when there is none. */
function controlCharacterPath(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? path : null;
  if (depth > 64 || typeof value !== 'object' || value === null) return null;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.keys(value).map((key) => [key, (value as Params)[key]] as const);
  for (const [key, item] of entries) {
    if (CONTROL_CHARACTER.test(key)) return [...path, key];
    const found = controlCharacterPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

function validate<S extends z.ZodType>(c: Context, schema: S, input: Params): Parsed<z.infer<S>> {
  const lang = langOf(c);
  const controlAt = controlCharacterPath(input);
  if (controlAt) {
    const field = controlAt.join('.');
    return {
      ok: false,
      response: apiError(
        c,
        'validation_failed',
        {
          fr: `${field} contient un caractère de contrôle invisible (comme NUL) : retirez-le et réessayez.`,
          en: `${field} contains an invisible control character (such as NUL): remove it and try again.`,
        },
        {
          fields: [
            { field, message: lang === 'fr' ? 'caractère de contrôle' : 'control character' },
          ],
        },
      ),
    };
  }
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
  const query = readQuery(c);
  if (query === null) return { ok: false, response: apiError(c, 'malformed_request') };
  return validate(c, schema, query);
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
