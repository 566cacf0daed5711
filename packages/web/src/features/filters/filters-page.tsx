import { type FormEvent, useId, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { type Filter, type FilterContext, filterContexts } from '../../api/defence.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { keywordsFromText } from './filter-helpers.ts';

const contextKey: ReadonlyMap<FilterContext, MessageKey> = new Map([
  ['home', 'filters.context.home'],
  ['notifications', 'filters.context.notifications'],
  ['public', 'filters.context.public'],
  ['thread', 'filters.context.thread'],
  ['account', 'filters.context.account'],
] as const);
const expiries = [
  { value: '', key: 'filters.expires.never' },
  { value: String(24 * 3600), key: 'filters.expires.day' },
  { value: String(7 * 24 * 3600), key: 'filters.expires.week' },
] as const;

/** Mastodon's v2 keyword filters: a list of one's own, and a form to add one. */
export function FiltersPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const id = useId();
  const list = usePaginated<Filter>(() => api.filters(), 'filters');
  const [title, setTitle] = useState('');
  const [keywords, setKeywords] = useState('');
  const [wholeWord, setWholeWord] = useState(true);
  const [contexts, setContexts] = useState<FilterContext[]>(['home', 'notifications']);
  const [action, setAction] = useState<'warn' | 'hide'>('hide');
  const [expiresIn, setExpiresIn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [saving, setSaving] = useState(false);

  const toggle = (context: FilterContext) =>
    setContexts((current) =>
      current.includes(context) ? current.filter((c) => c !== context) : [...current, context],
    );

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const words = keywordsFromText(keywords);
    if (title.trim() === '' || words.length === 0 || contexts.length === 0) return;
    setSaving(true);
    const result = await api.createFilter({
      title: title.trim(),
      context: contexts,
      filter_action: action,
      ...(expiresIn ? { expires_in: Number(expiresIn) } : {}),
      keywords_attributes: words.map((keyword) => ({ keyword, whole_word: wholeWord })),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    list.prepend(result.value);
    setTitle('');
    setKeywords('');
    setAnnouncement(t('filters.created', { title: result.value.title }));
  };

  const remove = async (filter: Filter) => {
    const result = await api.deleteFilter(filter.id);
    if (!result.ok) return setError(result.error);
    list.remove(filter.id);
    setAnnouncement(t('filters.deleted', { title: filter.title }));
  };

  return (
    <>
      <PageHeader title={t('filters.title')}>
        <p className="page-lede">{t('filters.lede')}</p>
      </PageHeader>
      <p className="visually-hidden" aria-live="polite" data-testid="filters-announcement">
        {announcement}
      </p>
      <form className="card stack" onSubmit={create} data-testid="filter-form">
        <label className="field">
          <span>{t('filters.name')}</span>
          <input
            data-testid="filter-title"
            value={title}
            maxLength={200}
            required
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('filters.keywords')}</span>
          <textarea
            data-testid="filter-keywords"
            value={keywords}
            rows={3}
            required
            onChange={(event) => setKeywords(event.target.value)}
          />
        </label>
        <label className="field field-inline">
          <input
            type="checkbox"
            checked={wholeWord}
            onChange={(event) => setWholeWord(event.target.checked)}
          />
          <span>{t('filters.wholeWord')}</span>
        </label>
        <fieldset className="field">
          <legend>{t('filters.contexts')}</legend>
          {filterContexts.map((context) => (
            <label key={context} className="field field-inline">
              <input
                type="checkbox"
                data-testid={`filter-context-${context}`}
                checked={contexts.includes(context)}
                onChange={() => toggle(context)}
              />
              <span>{t(contextKey.get(context) ?? 'filters.context.home')}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t('filters.action')}</legend>
          {(['hide', 'warn'] as const).map((value) => (
            <label key={value} className="field field-inline">
              <input
                type="radio"
                name={`${id}-action`}
                data-testid={`filter-action-${value}`}
                checked={action === value}
                onChange={() => setAction(value)}
              />
              <span>{t(value === 'hide' ? 'filters.action.hide' : 'filters.action.warn')}</span>
            </label>
          ))}
        </fieldset>
        <label className="field field-inline">
          <span>{t('filters.expires')}</span>
          <select value={expiresIn} onChange={(event) => setExpiresIn(event.target.value)}>
            {expiries.map((e) => (
              <option key={e.key} value={e.value}>
                {t(e.key)}
              </option>
            ))}
          </select>
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <button type="submit" className="button" data-testid="filter-create" disabled={saving}>
          {t('filters.create')}
        </button>
      </form>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('filters.emptyTitle')}>
          <p>{t('filters.emptyText')}</p>
        </EmptyState>
      ) : null}
      <ul className="link-list">
        {list.items.map((filter) => (
          <li key={filter.id} className="card row" data-testid="filter-item">
            <span>
              <strong>{filter.title}</strong> — {filter.keywords.map((k) => k.keyword).join(', ')}{' '}
              <span className="muted">
                (
                {filter.context
                  .map((c) => t(contextKey.get(c) ?? 'filters.context.home'))
                  .join(', ')}
                {filter.expires_at
                  ? `; ${t('filters.until', { date: formatFullTime(filter.expires_at, language) })}`
                  : ''}
                )
              </span>
            </span>
            <button
              type="button"
              className="button button-quiet button-small row-end"
              onClick={() => remove(filter)}
            >
              {t('filters.delete')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
