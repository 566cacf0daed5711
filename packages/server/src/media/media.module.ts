import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { MediaStorageConfig } from '../config/media-config.ts';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/auth.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { createDomainPolicy } from '../policy/domain-policy.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { mountImageProxyRoutes } from './image-proxy.routes.ts';
import { createImageProxy } from './image-proxy.service.ts';
import { mediaRepository } from './media.repository.ts';
import { mountMediaRoutes } from './media.routes.ts';
import { createMediaService, MEDIA_CLEANUP_QUEUE, MEDIA_PURGE_QUEUE } from './media.service.ts';
import { createDiskStore, type MediaStore } from './media-store.ts';
import { remoteMediaRepository } from './remote-media.repository.ts';
import { createRemoteMedia } from './remote-media.service.ts';
import { createS3Store } from './s3-store.ts';

export function createMediaStore(config: MediaStorageConfig, publicUrl: string): MediaStore {
  return config.kind === 's3' ? createS3Store(config) : createDiskStore(config.dir, publicUrl);
}

/**
 * Images with their descriptions: upload, describe, attach (through the posts service), serve
 * from the disk or a bucket, and the two durable jobs that delete files nobody needs any more.
 */
export function mountMediaDomain(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    storage: MediaStorageConfig;
    publicUrl: string;
    jobs: JobQueue;
    clock: Clock;
    ids: IdGenerator;
    logger: Logger;
    openapi: OpenApiRegistry;
    /** How long POST /api/v2/media waits for processing before answering 202. */
    waitMs?: number;
    /** ALLOW_PRIVATE_ADDRESS: the image proxy may fetch from loopback (development, tests). */
    allowPrivateAddress?: boolean;
  },
) {
  const store = createMediaStore(deps.storage, deps.publicUrl);
  const repo = mediaRepository(deps.db);
  const media = createMediaService({ ...deps, repo, store });
  // Other servers' images: rows on arrival, files fetched by the proxy on first view.
  const remote = remoteMediaRepository(deps.db);
  const remoteMedia = createRemoteMedia({
    ...deps,
    repo,
    remote,
    acceptsMediaFrom: createDomainPolicy(deps.db).acceptsMediaFrom,
  });
  const proxy = createImageProxy({
    ...deps,
    repo,
    remote,
    remoteMedia,
    store,
    fetch: { allowPrivate: deps.allowPrivateAddress ?? false },
  });
  mountImageProxyRoutes(app, { proxy, openapi: deps.openapi });
  // Registered by every app built, so cleanups due while the server was down run at start.
  deps.jobs.register(MEDIA_CLEANUP_QUEUE, media.cleanupDue);
  deps.jobs.register(MEDIA_PURGE_QUEUE, media.purgeDue);
  mountMediaRoutes(app, {
    media,
    store,
    servesFiles: deps.storage.kind === 'disk',
    openapi: deps.openapi,
    waitMs: deps.waitMs ?? 5000,
  });
  return {
    media: { ...media, postMedia: { ...media.postMedia, remote: remoteMedia.forPosts } },
    mediaStore: store,
    remoteMedia,
  };
}
