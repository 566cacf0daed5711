import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { SearchResults } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { BotLabel } from '../../ui/bot-label.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { StatusCard } from '../status/status-card.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';

export function SearchPage() {
  const api = useApi();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const [draft, setDraft] = useState(query);
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!query) return setResults(null);
    let active = true;
    setLoading(true);
    void api.search(query).then((result) => {
      if (!active) return;
      setLoading(false);
      if (result.ok) {
        setResults(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      active = false;
    };
  }, [api, query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };

  const nothing =
    results && !results.accounts.length && !results.statuses.length && !results.hashtags.length;
  return (
    <>
      <PageHeader title={t('search.title')} />
      <search>
        <form className="search-form" onSubmit={submit}>
          <label className="visually-hidden" htmlFor="search-input">
            {t('search.label')}
          </label>
          <input
            id="search-input"
            type="search"
            data-testid="search-input"
            value={draft}
            placeholder={t('search.placeholder')}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button" data-testid="search-submit">
            {t('search.submit')}
          </button>
        </form>
      </search>
      <div aria-live="polite">
        {loading ? <Loading /> : null}
        {error ? <ErrorNotice error={error} /> : null}
        {!query ? <p className="hint">{t('search.hint')}</p> : null}
        {nothing && !loading ? (
          <EmptyState title={t('search.emptyTitle', { query })}>
            <p>{t('search.emptyText')}</p>
          </EmptyState>
        ) : null}
      </div>
      {results && !loading ? (
        <>
          {results.accounts.length ? (
            <section aria-labelledby="search-accounts">
              <h2 id="search-accounts" className="section-title">
                {t('search.accounts')}
              </h2>
              <ul className="account-list">
                {results.accounts.map((account) => (
                  <li key={account.id}>
                    <Link
                      to={profilePath(account)}
                      className="account-row"
                      data-testid="search-account"
                    >
                      <Avatar account={account} />
                      <span>
                        <strong dir="auto">{displayName(account)}</strong>{' '}
                        <span className="muted">@{account.acct}</span>{' '}
                        <BotLabel account={account} />
                        {account.empathie?.intention ? (
                          <span className="account-intention" dir="auto">
                            {account.empathie.intention}
                          </span>
                        ) : null}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {results.hashtags.length ? (
            <section aria-labelledby="search-tags">
              <h2 id="search-tags" className="section-title">
                {t('search.hashtags')}
              </h2>
              <ul className="tag-list">
                {results.hashtags.map((tag) => (
                  <li key={tag.name}>
                    <Link to={`/tags/${encodeURIComponent(tag.name)}`} className="tag">
                      #{tag.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {results.statuses.length ? (
            <section aria-labelledby="search-posts">
              <h2 id="search-posts" className="section-title">
                {t('search.posts')}
              </h2>
              <div className="feed">
                {results.statuses.map((status) => (
                  <StatusCard
                    key={status.id}
                    status={status}
                    onChange={(updated) =>
                      setResults(
                        (current) =>
                          current && {
                            ...current,
                            statuses: current.statuses.map((s) =>
                              s.id === status.id ? updated : s,
                            ),
                          },
                      )
                    }
                    onDelete={(id) =>
                      setResults(
                        (current) =>
                          current && {
                            ...current,
                            statuses: current.statuses.filter((s) => s.id !== id),
                          },
                      )
                    }
                  />
                ))}
              </div>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
