import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../api/api-client.ts';
import type { ApiError } from '../api/api-error.ts';
import { appendPage, hasMorePages } from './pagination.ts';
import { useApi } from './services-context.tsx';

export interface Paginated<T> {
  items: T[];
  status: 'loading' | 'ready' | 'error';
  error: ApiError | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  update: (id: string, change: (item: T) => T) => void;
  remove: (id: string) => void;
  prepend: (item: T) => void;
}

/**
 * A cursor-paginated list. `load` fetches the first page; the following pages come from the
 * `Link: rel="next"` header. `key` restarts the list when what it shows changes.
 */
export function usePaginated<T extends { id: string }>(
  load: () => Promise<ApiResult<T[]>>,
  key: string,
): Paginated<T> {
  const api = useApi();
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<Paginated<T>['status']>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  const [next, setNext] = useState<string | undefined>(undefined);
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and generation restart the list on purpose
  useEffect(() => {
    let active = true;
    setStatus('loading');
    setItems([]);
    void loadRef.current().then((result) => {
      if (!active) return;
      if (!result.ok) {
        setError(result.error);
        setStatus('error');
        return;
      }
      setItems(result.value);
      setNext(result.links.next);
      setHasMore(hasMorePages(result.value, result.links.next));
      setError(null);
      setStatus('ready');
    });
    return () => {
      active = false;
    };
  }, [key, generation]);

  const loadMore = useCallback(() => {
    if (!next || loadingMore) return;
    setLoadingMore(true);
    void api.page<T[]>(next).then((result) => {
      setLoadingMore(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setItems((current) => appendPage(current, result.value));
      setNext(result.links.next);
      setHasMore(hasMorePages(result.value, result.links.next));
    });
  }, [api, next, loadingMore]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const update = useCallback((id: string, change: (item: T) => T) => {
    setItems((current) => current.map((item) => (item.id === id ? change(item) : item)));
  }, []);
  const remove = useCallback((id: string) => {
    setItems((current) => current.filter((item) => item.id !== id));
  }, []);
  const prepend = useCallback((item: T) => {
    setItems((current) => [item, ...current.filter((other) => other.id !== item.id)]);
  }, []);

  return { items, status, error, hasMore, loadingMore, loadMore, reload, update, remove, prepend };
}
