// Turns whatever the server (or the network) answered into a value the UI can show.
// The server already writes `error_description` in the language we asked for (Accept-Language);
// the stable `error` code is the fallback when no description came back.

export const knownErrorCodes = [
  'validation_failed',
  'malformed_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'registrations_closed',
  'approval_required',
  'internal_error',
] as const;

export type KnownErrorCode = (typeof knownErrorCodes)[number];

export type ApiError =
  | { kind: 'network' }
  | {
      kind: 'http';
      status: number;
      code: KnownErrorCode | 'unknown';
      description?: string;
      fields: Record<string, string>;
      retryAfterSeconds?: number;
      /** The coach's findings, when the server refused a text because it may hurt (`details.coach`). */
      coach?: unknown;
    };

export function toApiError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const record = isRecord(body) ? body : {};
  const rawCode = typeof record.error === 'string' ? record.error : '';
  const description =
    typeof record.error_description === 'string' && record.error_description.trim()
      ? record.error_description
      : undefined;
  const retry = retryAfter === null ? Number.NaN : Number.parseInt(retryAfter, 10);
  return {
    kind: 'http',
    status,
    code: codeFor(rawCode, status),
    ...(description ? { description } : {}),
    fields: fieldMessages(record.details),
    ...(isRecord(record.details) && record.details.coach !== undefined
      ? { coach: record.details.coach }
      : {}),
    ...(Number.isFinite(retry) && retry >= 0 ? { retryAfterSeconds: retry } : {}),
  };
}

// When the body has no usable code, the status still says what kind of failure it was.
function codeFor(raw: string, status: number): KnownErrorCode | 'unknown' {
  if ((knownErrorCodes as readonly string[]).includes(raw)) return raw as KnownErrorCode;
  switch (status) {
    case 400:
      return 'malformed_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 422:
      return 'validation_failed';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal_error' : 'unknown';
  }
}

// Accepts the shapes a validation error may carry per field: a string, a list of strings, or
// Mastodon's list of `{error, description}` objects. The first message of each field is kept.
function fieldMessages(details: unknown): Record<string, string> {
  // No prototype: field names come from the server's answer.
  const fields = Object.create(null) as Record<string, string>;
  if (!isRecord(details)) return fields;
  for (const [name, value] of Object.entries(details)) {
    const message = firstMessage(value);
    if (message) fields[name] = message;
  }
  return fields;
}

function firstMessage(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const message = firstMessage(item);
      if (message) return message;
    }
    return undefined;
  }
  if (isRecord(value)) {
    for (const key of ['description', 'message', 'error']) {
      const candidate = value[key];
      if (typeof candidate === 'string' && candidate) return candidate;
    }
  }
  return undefined;
}

export type ErrorMessageKey = `error.${KnownErrorCode | 'unknown' | 'network'}`;

/** The i18n key for an error; used when the server gave no description of its own. */
export function errorMessageKey(error: ApiError): ErrorMessageKey {
  return error.kind === 'network' ? 'error.network' : `error.${error.code}`;
}

/** What to show the person: the server's own words when it sent some, else our translation. */
export function describeError(
  error: ApiError,
  translate: (key: ErrorMessageKey) => string,
): string {
  if (error.kind === 'http' && error.description && error.code !== 'internal_error') {
    return error.description;
  }
  return translate(errorMessageKey(error));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
