import { type ReactNode, useEffect, useRef } from 'react';
import { type ApiError, describeError } from '../api/api-error.ts';
import { useApi } from '../app/services-context.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { sleepUntilOnline, waitUntilReachable } from './reconnect.ts';

export function Loading(props: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading-dot" aria-hidden="true" />
      <span>{props.label ?? t('common.loading')}</span>
    </div>
  );
}

export function ErrorNotice(props: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const reconnecting = props.error.kind === 'network' && props.onRetry !== undefined;
  useReconnect(reconnecting, props.onRetry);
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeError(props.error, t)}</p>
      {reconnecting ? (
        <p className="hint" data-testid="reconnecting">
          {t('error.reconnecting')}
        </p>
      ) : null}
      {props.onRetry ? (
        <button type="button" className="button button-quiet" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState(props: { title: string; children?: ReactNode }) {
  return (
    <section className="empty-state">
      <div className="empty-state-mark" aria-hidden="true" />
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function PageHeader(props: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{props.title}</h1>
      {props.children}
    </header>
  );
}

/**
 * While the server cannot be reached, asks again by itself and retries the page's request once
 * it answers: nobody has to find the Retry button, and what they typed elsewhere stays put.
 */
function useReconnect(active: boolean, onRetry: (() => void) | undefined) {
  const api = useApi();
  const retry = useRef(onRetry);
  retry.current = onRetry;
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    void waitUntilReachable({
      probe: async () => (await api.instance()).ok,
      signal: controller.signal,
      sleep: sleepUntilOnline,
    }).then((back) => {
      if (back) retry.current?.();
    });
    return () => controller.abort();
  }, [active, api]);
}
