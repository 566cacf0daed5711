import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { MediaAttachment } from '../../api/media-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { imagesAmong } from './media-drafts.ts';

export interface MediaDraft {
  key: string;
  file: File;
  /** A local `blob:` address, shown while the upload goes (the CSP allows blob: images). */
  preview: string;
  state: 'uploading' | 'ready' | 'failed';
  id: string | null;
  description: string;
  error: ApiError | null;
}

const POLL_MS = 1000;
const POLL_TRIES = 60;

/**
 * The images of a post being written: each is uploaded as soon as it is added (so publishing
 * waits for nothing), its description is sent just before the post, and the local previews
 * are released when the composer forgets them.
 */
export function useMediaDrafts() {
  const api = useApi();
  const [drafts, setDrafts] = useState<MediaDraft[]>([]);
  const counter = useRef(0);
  const live = useRef(drafts);
  live.current = drafts;

  const update = useCallback((key: string, change: Partial<MediaDraft>) => {
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...change } : d)));
  }, []);

  // A 202 answer: the server is still processing; ask again until the image has its address.
  const waitUntilProcessed = useCallback(
    async (media: MediaAttachment): Promise<boolean> => {
      for (let i = 0; i < POLL_TRIES && media.url === null; i++) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const again = await api.media(media.id);
        if (!again.ok) return false;
        if (again.value.url !== null) return true;
      }
      return media.url !== null;
    },
    [api],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      const images = imagesAmong(files, live.current.length);
      const fresh = images.map((file) => {
        counter.current += 1;
        return {
          key: `media-${counter.current}`,
          file,
          preview: URL.createObjectURL(file),
          state: 'uploading' as const,
          id: null,
          description: '',
          error: null,
        };
      });
      if (fresh.length === 0) return 0;
      setDrafts((list) => [...list, ...fresh]);
      for (const draft of fresh) {
        void api.uploadMedia(draft.file).then(async (result) => {
          if (!result.ok) return update(draft.key, { state: 'failed', error: result.error });
          const ready = await waitUntilProcessed(result.value);
          update(draft.key, ready ? { state: 'ready', id: result.value.id } : { state: 'failed' });
        });
      }
      return fresh.length;
    },
    [api, update, waitUntilProcessed],
  );

  const remove = useCallback((key: string) => {
    setDrafts((list) => {
      const gone = list.find((d) => d.key === key);
      if (gone) URL.revokeObjectURL(gone.preview);
      return list.filter((d) => d.key !== key);
    });
  }, []);

  const describe = useCallback(
    (key: string, description: string) => update(key, { description }),
    [update],
  );

  /** Sends each description, then answers the ids to publish with (in order). */
  const prepare = useCallback(async (): Promise<
    { ok: true; ids: string[] } | { ok: false; error: ApiError }
  > => {
    const ready = live.current.filter((d) => d.state === 'ready' && d.id !== null);
    for (const draft of ready) {
      if (draft.description.trim() === '' || draft.id === null) continue;
      const sent = await api.describeMedia(draft.id, draft.description.trim());
      if (!sent.ok) return { ok: false, error: sent.error };
    }
    return { ok: true, ids: ready.flatMap((d) => (d.id ? [d.id] : [])) };
  }, [api]);

  const reset = useCallback(() => {
    for (const draft of live.current) URL.revokeObjectURL(draft.preview);
    setDrafts([]);
  }, []);

  // Previews are released with the composer.
  useEffect(() => () => reset(), [reset]);

  return {
    drafts,
    add,
    remove,
    describe,
    prepare,
    reset,
    /** Something is still uploading: publishing now would leave it out. */
    busy: drafts.some((d) => d.state === 'uploading'),
    /** Ready images: a post of images alone may have no text. */
    ready: drafts.some((d) => d.state === 'ready'),
  };
}
