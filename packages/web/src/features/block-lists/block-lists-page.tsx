import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { BlockList } from '../../api/defence.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { displayName } from '../status/status-helpers.ts';

/** The person's block lists, the lists they subscribe to, and a form to start one. */
export function BlockListsPage() {
  const api = useApi();
  const { t } = useI18n();
  const mine = usePaginated<BlockList>(() => api.myBlockLists(), 'block-lists-mine');
  const subscribed = usePaginated<BlockList>(
    () => api.subscribedBlockLists(),
    'block-lists-subscribed',
  );
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [privateList, setPrivateList] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    const result = await api.createBlockList({
      title: title.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      visibility: privateList ? 'private' : 'public',
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setTitle('');
    setDescription('');
    mine.prepend(result.value);
  };

  return (
    <>
      <PageHeader title={t('blockLists.title')}>
        <p className="page-lede">{t('blockLists.lede')}</p>
      </PageHeader>
      <form className="card stack" onSubmit={create} data-testid="block-list-form">
        <label className="field">
          <span>{t('blockLists.name')}</span>
          <input
            data-testid="block-list-title"
            value={title}
            maxLength={100}
            required
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('blockLists.description')}</span>
          <input
            value={description}
            maxLength={1000}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <label className="field field-inline">
          <input
            type="checkbox"
            checked={privateList}
            onChange={(event) => setPrivateList(event.target.checked)}
          />
          <span>{t('blockLists.private')}</span>
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <button type="submit" className="button" data-testid="block-list-create">
          {t('blockLists.create')}
        </button>
      </form>
      <ListSection title={t('blockLists.mine')} lists={mine.items} status={mine.status} />
      <ListSection
        title={t('blockLists.subscriptions')}
        lists={subscribed.items}
        status={subscribed.status}
      />
    </>
  );
}

function ListSection(props: { title: string; lists: BlockList[]; status: string }) {
  const { t } = useI18n();
  return (
    <section className="stack">
      <h2 className="section-title">{props.title}</h2>
      {props.status === 'loading' ? <Loading /> : null}
      {props.status === 'ready' && props.lists.length === 0 ? (
        <EmptyState title={t('blockLists.emptyTitle')} />
      ) : null}
      <ul className="link-list">
        {props.lists.map((list) => (
          <li key={list.id} className="card" data-testid="block-list-item">
            <Link to={`/block-lists/${list.id}`}>
              <strong dir="auto">{list.title}</strong>
            </Link>{' '}
            <span className="muted">
              {t(list.accounts_count === 1 ? 'blockLists.count.one' : 'blockLists.count', {
                count: list.accounts_count,
              })}{' '}
              · {t('blockLists.by', { name: displayName(list.owner) })} ·{' '}
              {t(
                list.visibility === 'private'
                  ? 'blockLists.visibility.private'
                  : 'blockLists.visibility.public',
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
