import { type ApiError, toApiError } from './api-error.ts';
import { type PageLinks, parseLinkHeader } from './link-header.ts';

export type ApiResult<T> =
  | { ok: true; value: T; links: PageLinks }
  | { ok: false; error: ApiError };

export type QueryValue = string | number | boolean | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

export interface ApiClientDeps {
  fetch: typeof fetch;
  getLanguage: () => string;
  /** Called when the session is refused (401): the cookie's token is no longer valid. */
  onUnauthorized?: () => void;
}

/**
 * The web app authenticates with its HttpOnly session cookie (ADR 0009), which the server
 * honours only on requests carrying this header: a page on another site cannot add it.
 */
export const WEB_SESSION_HEADER = 'X-Empathie-Web';

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A multipart body (an image upload): the browser writes its Content-Type and boundary. */
  form?: FormData;
  headers?: Record<string, string>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A file the server sent for the person to keep (their data archive). */
export interface DownloadedFile {
  blob: Blob;
  /** The name the server suggests (Content-Disposition), if any. */
  fileName: string | null;
}

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<ApiResult<T>>;
  /** GETs a file through the session, as `request` does, and hands back its bytes. */
  download(path: string): Promise<ApiResult<DownloadedFile>>;
}

/** `attachment; filename="archive.zip"` → `archive.zip`; only plain, quoted ASCII names. */
export function attachmentFileName(header: string | null): string | null {
  const match = /filename="([A-Za-z0-9._-]{1,200})"/.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Mastodon's array notation: `id[]=1&id[]=2`. Undefined values are left out. */
export function buildQuery(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(`${key}[]`, item);
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createApiClient(deps: ApiClientDeps): ApiClient {
  async function request<T>(
    method: HttpMethod,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResult<T>> {
    // lookup-safe: header names are our own
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': deps.getLanguage(),
      [WEB_SESSION_HEADER]: '1',
      ...options.headers,
    };
    // The session cookie counts on the API only; a request with its own token (opening the
    // session) speaks for that token, not for the session.
    const bySession = path.startsWith('/api/') && !Object.hasOwn(headers, 'Authorization');
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await deps.fetch(`${path}${buildQuery(options.query)}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        ...(options.form ? { body: options.form } : {}),
      });
    } catch {
      return { ok: false, error: { kind: 'network' } };
    }

    const body = await readBody(response);
    if (!response.ok) {
      if (response.status === 401 && bySession) deps.onUnauthorized?.();
      return {
        ok: false,
        error: toApiError(response.status, body, response.headers.get('Retry-After')),
      };
    }
    return { ok: true, value: body as T, links: parseLinkHeader(response.headers.get('Link')) };
  }

  async function download(path: string): Promise<ApiResult<DownloadedFile>> {
    let response: Response;
    try {
      response = await deps.fetch(path, {
        method: 'GET',
        headers: { 'Accept-Language': deps.getLanguage(), [WEB_SESSION_HEADER]: '1' },
        credentials: 'same-origin',
      });
    } catch {
      return { ok: false, error: { kind: 'network' } };
    }
    if (!response.ok) {
      const body = await readBody(response);
      if (response.status === 401) deps.onUnauthorized?.();
      return {
        ok: false,
        error: toApiError(response.status, body, response.headers.get('Retry-After')),
      };
    }
    const fileName = attachmentFileName(response.headers.get('Content-Disposition'));
    return { ok: true, value: { blob: await response.blob(), fileName }, links: {} };
  }

  return { request, download };
}

// Some answers (204, a proxy's HTML error page) have no JSON body; they still must not throw.
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
