import type { Hono } from 'hono';
import { DEFAULT_AVATAR_PATH, DEFAULT_HEADER_PATH } from '../api/mastodon/account.serializer.ts';
import type { AppEnv } from '../http/auth.ts';

// A calm, neutral silhouette: nobody is pictured until avatars can be uploaded.
const AVATAR_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img" aria-label="avatar"><rect width="120" height="120" fill="#e8efe9"/><circle cx="60" cy="46" r="22" fill="#7fa88c"/><path d="M20 112c4-24 20-36 40-36s36 12 40 36z" fill="#7fa88c"/></svg>`;
const HEADER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1500 500" role="img" aria-label="header"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#dfeee4"/><stop offset="1" stop-color="#f5e9dc"/></linearGradient></defs><rect width="1500" height="500" fill="url(#g)"/></svg>`;

export function mountAvatarRoutes(app: Hono<AppEnv>): void {
  const svg = (body: string) => () =>
    new Response(body, {
      headers: {
        'content-type': 'image/svg+xml; charset=utf-8',
        'cache-control': 'public, max-age=86400',
      },
    });
  app.get(DEFAULT_AVATAR_PATH, svg(AVATAR_SVG));
  app.get(DEFAULT_HEADER_PATH, svg(HEADER_SVG));
}
