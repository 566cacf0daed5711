import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { serializeMediaAttachment } from '../api/mastodon/media-attachment.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { MediaRow } from './media.repository.ts';
import { MAX_DESCRIPTION_CHARS, type MediaService } from './media.service.ts';
import { mediaErrorResponse } from './media-errors.ts';
import { MEDIA_MAX_BYTES } from './media-processing.ts';
import { contentTypeOfKey, type MediaStore } from './media-store.ts';

/** The upload routes, whose body may reach the image limit (every other route keeps 1 MiB). */
export function isMediaUpload(method: string, path: string): boolean {
  return method === 'POST' && (path === '/api/v1/media' || path === '/api/v2/media');
}
/** The body limit of the upload routes: the image plus room for the form around it. */
export const MEDIA_UPLOAD_BODY_LIMIT = MEDIA_MAX_BYTES + 64 * 1024;

/** Mastodon's focal point, `"x,y"`, each between -1 and 1. */
export const focusParam = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'x,y')
  .transform((v) => {
    const [x = 0, y = 0] = v.split(',').map(Number);
    return { x, y };
  })
  .refine(({ x, y }) => Math.abs(x) <= 1 && Math.abs(y) <= 1, 'between -1 and 1');
export const descriptionParam = z.string().max(MAX_DESCRIPTION_CHARS);

const uploadSchema = z.object({
  file: z.instanceof(File),
  description: descriptionParam.optional(),
  focus: focusParam.optional(),
  // Mastodon's video thumbnail: images need none, refused rather than silently dropped.
  thumbnail: z.undefined().optional(),
});
const updateSchema = z.object({
  description: descriptionParam.optional(),
  focus: focusParam.optional(),
  thumbnail: z.undefined().optional(),
});

/**
 * CSP and headers of a served file, set after the app-wide ones: an image opened directly gets
 * no right to run anything, even if a browser were tricked into reading it as a page.
 */
export const mediaFileHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Content-Security-Policy', "default-src 'none'; sandbox");
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
};

export function mountMediaRoutes(
  app: Hono<AppEnv>,
  deps: {
    media: MediaService;
    store: MediaStore;
    /** Whether files are on this server's disk (served at /media/:key) or in a bucket. */
    servesFiles: boolean;
    openapi: OpenApiRegistry;
    /** How long an upload may process before v2 answers 202 (Mastodon's asynchronous upload). */
    waitMs: number;
  },
): void {
  const { media, store, openapi } = deps;
  const json = (row: MediaRow) => serializeMediaAttachment(row, store.urlOf);

  async function upload(c: Context<AppEnv>, waitMs: number) {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, uploadSchema);
    if (!parsed.ok) return parsed.response;
    const { file, description, focus } = parsed.value;
    if (file.size > MEDIA_MAX_BYTES) {
      return mediaErrorResponse(c, { kind: 'too_large', max: MEDIA_MAX_BYTES });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await media.upload(viewer.accountId, { bytes, description, focus }, waitMs);
    if (!result.ok) return mediaErrorResponse(c, result.error);
    return c.json(json(result.value), result.value.state === 'ready' ? 200 : 202);
  }

  const doc = (method: 'get' | 'post' | 'put', path: string, summary: string, extra = {}) =>
    openapi.register({ method, path, summary, tag: 'media', ...extra });

  doc('post', '/api/v2/media', 'Upload an image (202 with a null url while it is processed)', {
    body: uploadSchema,
  });
  app.post('/api/v2/media', (c) => upload(c, deps.waitMs));

  doc('post', '/api/v1/media', 'Upload an image (answers once it is processed)', {
    body: uploadSchema,
  });
  app.post('/api/v1/media', (c) => upload(c, Number.POSITIVE_INFINITY));

  doc('get', '/api/v1/media/:id', 'One of your uploads (206 while it is processed)');
  app.get('/api/v1/media/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const found = await media.find(viewer.accountId, c.req.param('id'));
    if (!found.ok) return mediaErrorResponse(c, found.error);
    if (found.value.state === 'failed') return mediaErrorResponse(c, { kind: 'unreadable' });
    return c.json(json(found.value), found.value.state === 'ready' ? 200 : 206);
  });

  doc('put', '/api/v1/media/:id', 'Describe an upload (alt text) or set its focal point', {
    body: updateSchema,
  });
  app.put('/api/v1/media/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, updateSchema);
    if (!parsed.ok) return parsed.response;
    const result = await media.update(viewer.accountId, c.req.param('id'), parsed.value);
    return result.ok ? c.json(json(result.value)) : mediaErrorResponse(c, result.error);
  });

  if (!deps.servesFiles) {
    // Notes name our images at /media/<key> on this origin (federation/objects/note-attachments.ts):
    // with a bucket, that address sends the reader on to the file.
    app.get('/media/:key', (c) => {
      const key = c.req.param('key');
      return contentTypeOfKey(key) ? c.redirect(store.urlOf(key), 301) : apiError(c, 'not_found');
    });
    return;
  }
  app.get('/media/:key', async (c) => {
    const key = c.req.param('key');
    const type = contentTypeOfKey(key);
    const bytes = type ? await store.get(key) : null;
    if (!type || !bytes) return apiError(c, 'not_found');
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': type,
      // The name is random and a file never changes: cached for a year.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });
}
