import type { Context, Hono } from 'hono';
import { DEFAULT_AVATAR_PATH, DEFAULT_HEADER_PATH } from '../api/mastodon/account.serializer.ts';
import type { AppEnv } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { ImageProxy, ProxiedFile, ProxyError } from './image-proxy.service.ts';

const KEY = ':key{[A-Za-z0-9_-]{22}}';

function proxyErrorResponse(c: Context, error: ProxyError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'rejected':
      return apiError(
        c,
        'forbidden',
        {
          fr: 'Cette instance n’affiche pas les images de ce serveur.',
          en: 'This instance does not show images from that server.',
        },
        { reason: 'media_rejected' },
      );
    case 'failed':
      return apiError(
        c,
        'bad_gateway',
        {
          fr: 'Cette image n’a pas pu être récupérée auprès de son serveur. Elle sera redemandée plus tard.',
          en: 'This image could not be fetched from its server. It will be asked for again later.',
        },
        { reason: error.reason },
      );
    default: {
      const unexpected: never = error;
      throw new Error(`unexpected proxy error ${String(unexpected)}`);
    }
  }
}

function file(c: Context, proxied: ProxiedFile, maxAge: number): Response {
  return c.body(proxied.bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': proxied.contentType,
    'Cache-Control': `public, max-age=${maxAge}`,
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff',
  });
}

/**
 * GET /media/proxy/… : other servers' images, served from our own origin (the web app's CSP
 * allows images from 'self' only). The `/media/*` headers (sandboxing CSP, nosniff) apply.
 */
export function mountImageProxyRoutes(
  app: Hono<AppEnv>,
  deps: { proxy: ImageProxy; openapi: OpenApiRegistry },
): void {
  const { proxy, openapi } = deps;
  // An attachment's file never changes under its name (a new address is a new row): a year.
  const YEAR = 31_536_000;

  for (const size of ['original', 'small'] as const) {
    const path = `/media/proxy/${KEY}${size === 'small' ? '/small' : ''}`;
    openapi.register({
      method: 'get',
      path,
      summary:
        size === 'small'
          ? 'Preview of a remote post’s image, fetched and cleaned by this server'
          : 'A remote post’s image, fetched, cleaned and cached by this server',
      tag: 'media',
    });
    app.get(path, async (c) => {
      const result = await proxy.attachment(c.req.param('key') ?? '', size);
      return result.ok ? file(c, result.value, YEAR) : proxyErrorResponse(c, result.error);
    });
  }

  for (const purpose of ['avatar', 'header'] as const) {
    const path = `/media/proxy/accounts/:id{[0-9]+}/${purpose}`;
    openapi.register({
      method: 'get',
      path,
      summary: `A remote account’s ${purpose}, fetched and cleaned by this server`,
      tag: 'media',
    });
    app.get(path, async (c) => {
      const result = await proxy.picture(c.req.param('id') ?? '', purpose);
      if (!result.ok) return proxyErrorResponse(c, result.error);
      if (result.value.kind === 'default') {
        return c.redirect(purpose === 'avatar' ? DEFAULT_AVATAR_PATH : DEFAULT_HEADER_PATH, 302);
      }
      // A person may change their picture under the same address: an hour.
      return file(c, result.value.file, 3600);
    });
  }
  // Anything else under the proxy (a row id, an address) is no row of ours: a JSON 404, never
  // the web app's page.
  app.get('/media/proxy/*', (c) => apiError(c, 'not_found'));
}
