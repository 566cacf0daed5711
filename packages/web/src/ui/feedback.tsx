import type { ReactNode } from 'react';
import { type ApiError, describeError } from '../api/api-error.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

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
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeError(props.error, t)}</p>
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
