import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/logger.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { MediaRepository, MediaRow } from './media.repository.ts';
import { MEDIA_MAX_BYTES, type ProcessingError, processImage } from './media-processing.ts';
import { type MediaStore, newMediaKey } from './media-store.ts';
import {
  fetchRemoteImage,
  type RemoteFetchError,
  type RemoteFetchOptions,
} from './remote-fetch.ts';
import type { RemoteMediaRepository } from './remote-media.repository.ts';
import { isImageType, type RemoteMedia } from './remote-media.service.ts';

/** A remote file that failed is not fetched again for this long (no retry storm on a dead host). */
export const FAILURE_MEMORY_MS = 60 * 60_000;
export const REMOTE_FETCH_TIMEOUT_MS = 10_000;

export type ProxyError =
  | { kind: 'not_found' }
  /** The instance rejects media from this server (domain block with `reject_media`). */
  | { kind: 'rejected' }
  /** The remote file could not be had or is not an image we serve; remembered for a while. */
  | { kind: 'failed'; reason: RemoteFetchError['kind'] | ProcessingError['kind'] };

export interface ProxiedFile {
  bytes: Uint8Array;
  contentType: string;
}

export type PictureAnswer =
  | { kind: 'file'; file: ProxiedFile }
  /** The account shows no picture of its own (none given, or media rejected): the default. */
  | { kind: 'default' };

/**
 * The image proxy: remote images are fetched the first time someone asks (never on arrival),
 * through the SSRF guard, re-encoded by the same sharp pipeline as uploads (no metadata, no SVG,
 * no animation, no decompression bomb) and cached in the media store. Only rows of ours are
 * served — never an address a client names — so the proxy cannot be used to reach anything else.
 */
export function createImageProxy(deps: {
  repo: MediaRepository;
  remote: RemoteMediaRepository;
  remoteMedia: RemoteMedia;
  store: MediaStore;
  clock: Clock;
  logger: Logger;
  fetch: Omit<RemoteFetchOptions, 'maxBytes' | 'timeoutMs'> &
    Partial<Pick<RemoteFetchOptions, 'maxBytes' | 'timeoutMs'>>;
}) {
  const { repo, remote, store, clock, logger } = deps;
  /** One download per row at a time: a page of twenty readers asking at once fetches once. */
  const inFlight = new Map<string, Promise<Result<MediaRow, ProxyError>>>();

  async function download(row: MediaRow): Promise<Result<MediaRow, ProxyError>> {
    const fetched = await fetchRemoteImage(row.remote_url ?? '', {
      maxBytes: MEDIA_MAX_BYTES,
      timeoutMs: REMOTE_FETCH_TIMEOUT_MS,
      ...deps.fetch,
    });
    const processed = fetched.ok ? await processImage(fetched.value) : null;
    if (!fetched.ok || !processed?.ok) {
      const reason = !fetched.ok
        ? fetched.error.kind
        : processed && !processed.ok
          ? processed.error.kind
          : 'unreadable';
      await repo.update(row.id, {
        fetch_error: reason,
        fetch_failed_at: clock.now().toISOString(),
      });
      logger.info('remote image not fetched', { mediaId: row.id, reason });
      return err({ kind: 'failed', reason });
    }
    const { contentType, original, small, blurhash } = processed.value;
    const originalKey = newMediaKey(contentType);
    const smallKey = newMediaKey(contentType);
    await store.put(originalKey, original.bytes, contentType);
    await store.put(smallKey, small.bytes, contentType);
    for (const key of [row.original_key, row.small_key]) if (key) await store.delete(key);
    const changes = {
      original_key: originalKey,
      original_type: contentType,
      original_width: original.width,
      original_height: original.height,
      original_bytes: original.bytes.length,
      small_key: smallKey,
      small_width: small.width,
      small_height: small.height,
      // The sender's own blurhash is kept: it is what other servers paint too.
      blurhash: row.blurhash ?? blurhash,
      fetch_error: null,
      fetch_failed_at: null,
    };
    await repo.update(row.id, changes);
    return ok({ ...row, ...changes });
  }

  function recentFailure(row: MediaRow): ProxyError | null {
    if (!row.fetch_failed_at || !row.fetch_error) return null;
    const age = clock.now().getTime() - Date.parse(row.fetch_failed_at);
    if (age >= FAILURE_MEMORY_MS) return null;
    return { kind: 'failed', reason: row.fetch_error as RemoteFetchError['kind'] };
  }

  /** The cached file of a row, fetched first when it is not cached (or its file went missing). */
  async function fileOf(
    row: MediaRow,
    size: 'original' | 'small',
  ): Promise<Result<ProxiedFile, ProxyError>> {
    if (!row.remote_url || !isImageType(row.remote_media_type)) return err({ kind: 'not_found' });
    const owner = await remote.domainOf(row.account_id);
    if (!(await deps.remoteMedia.mayHold(owner, row.remote_url))) return err({ kind: 'rejected' });
    let current = row;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const key = size === 'small' ? current.small_key : current.original_key;
      const bytes = key ? await store.get(key) : null;
      if (bytes && current.original_type) return ok({ bytes, contentType: current.original_type });
      // Not cached yet, or the cached file was lost (a wiped disk, a bucket emptied): fetch.
      if (attempt === 1) break;
      const failure = recentFailure(current);
      if (failure) return err(failure);
      let pending = inFlight.get(row.id);
      if (!pending) {
        pending = download(current).finally(() => inFlight.delete(row.id));
        inFlight.set(row.id, pending);
      }
      const downloaded = await pending;
      if (!downloaded.ok) return downloaded;
      current = downloaded.value;
    }
    return err({ kind: 'failed', reason: 'unreadable' });
  }

  return {
    /** A remote post's attachment, by the random name its status gave. */
    async attachment(
      proxyKey: string,
      size: 'original' | 'small',
    ): Promise<Result<ProxiedFile, ProxyError>> {
      const row = await remote.byProxyKey(proxyKey);
      if (!row || row.purpose !== null || !(await remote.stillShown(row))) {
        return err({ kind: 'not_found' });
      }
      return fileOf(row, size);
    },

    /**
     * A remote account's avatar or header. The row is made (or replaced) the first time the
     * picture is asked for, from the address its actor document gave; an account that gave none,
     * or whose server's media the instance rejects, shows the default picture.
     */
    async picture(
      accountId: string,
      purpose: 'avatar' | 'header',
    ): Promise<Result<PictureAnswer, ProxyError>> {
      const profile = await remote.profileOf(accountId);
      if (!profile || profile.domain === null || profile.deleted_at !== null) {
        return err({ kind: 'not_found' });
      }
      const url = purpose === 'avatar' ? profile.avatar_url : profile.header_url;
      if (!url || !(await deps.remoteMedia.mayHold(profile.domain, url))) {
        return ok({ kind: 'default' });
      }
      let row = await remote.picture(accountId, purpose);
      // A changed address (a new avatar) is a new row; the old one's files are purged.
      if (row?.remote_url !== url) {
        row = await deps.remoteMedia.addPicture(accountId, purpose, url, row);
      }
      // An avatar is shown small (the ~400 px preview); a header is wide, so in full.
      const file = await fileOf(row, purpose === 'avatar' ? 'small' : 'original');
      return file.ok ? ok({ kind: 'file', file: file.value }) : file;
    },
  };
}

export type ImageProxy = ReturnType<typeof createImageProxy>;
