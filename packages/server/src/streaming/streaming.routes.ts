import type { Hono } from 'hono';
import type { AppEnv } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { STREAMING_PATH } from './streaming.server.ts';

/**
 * The HTTP side of the streaming API. The WebSocket itself is served by the upgrade handler
 * (streaming.server.ts); a plain GET on its path is told to upgrade (400) instead of meeting the web
 * app's page, and the health check answers `OK` as Mastodon's does (apps and load balancers
 * poll it before connecting).
 */
export function mountStreamingRoutes(app: Hono<AppEnv>, deps: { openapi: OpenApiRegistry }) {
  deps.openapi.register({
    method: 'get',
    path: `${STREAMING_PATH}/health`,
    summary: 'Whether the streaming API is up: answers `OK`',
    tag: 'streaming',
    auth: false,
  });
  app.get(`${STREAMING_PATH}/health`, (c) => c.text('OK'));

  deps.openapi.register({
    method: 'get',
    path: STREAMING_PATH,
    summary:
      'Live events over a WebSocket (`stream`, `tag`, `list`; token by `access_token`, ' +
      '`Sec-WebSocket-Protocol` or `Authorization`); a plain GET answers 400',
    tag: 'streaming',
    auth: false,
  });
  app.get(STREAMING_PATH, (c) =>
    apiError(c, 'malformed_request', {
      fr: 'Ce flux s’ouvre en WebSocket (en-tête Upgrade: websocket).',
      en: 'This stream opens as a WebSocket (Upgrade: websocket header).',
    }),
  );
}
