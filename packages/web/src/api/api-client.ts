import { type ApiError, toApiError } from './api-error.ts';
import { type PageLinks, parseLinkHeader } from './link-header.ts';

export type ApiResult<T> =
  | { ok: true; value: T; links: PageLinks }
  | { ok: false; error: ApiError };

export type QueryValue = string | number | boolean | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

export interface ApiClientDeps {
  fetch: typeof fetch;
  getToken: () => string | null;
  getLanguage: () => string;
  /** Called when a request that carried a token is refused: the token is no longer valid. */
  onUnauthorized?: () => void;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<ApiResult<T>>;
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
    const token = deps.getToken();
    // lookup-safe: header names are our own
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': deps.getLanguage(),
      ...options.headers,
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await deps.fetch(`${path}${buildQuery(options.query)}`, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch {
      return { ok: false, error: { kind: 'network' } };
    }

    const body = await readBody(response);
    if (!response.ok) {
      if (response.status === 401 && token) deps.onUnauthorized?.();
      return {
        ok: false,
        error: toApiError(response.status, body, response.headers.get('Retry-After')),
      };
    }
    return { ok: true, value: body as T, links: parseLinkHeader(response.headers.get('Link')) };
  }

  return { request };
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
