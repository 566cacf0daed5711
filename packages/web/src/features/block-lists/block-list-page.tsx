import { type ChangeEvent, type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { BlockList, BlockListEntry } from '../../api/defence.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';

/** One block list: its accounts and reasons, subscribing, and (for its keeper) editing it. */
export function BlockListPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const me = useMe();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [list, setList] = useState<BlockList | null>(null);
  const [entries, setEntries] = useState<BlockListEntry[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [acct, setAcct] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [found, accounts] = await Promise.all([api.blockList(id), api.blockListEntries(id)]);
    if (!found.ok) return setError(found.error);
    setList(found.value);
    if (accounts.ok) setEntries(accounts.value);
  }, [api, id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error && !list) return <ErrorNotice error={error} onRetry={() => void load()} />;
  if (!list) return <Loading />;
  const keeper = me?.id === list.owner.id;

  const run = async (action: () => Promise<{ ok: boolean; error?: ApiError }>, said: string) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setError(result.error ?? null);
    setError(null);
    setAnnouncement(said);
    await load();
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = acct.trim().replace(/^@/, '');
    if (!wanted) return;
    const found = await api.lookupAccount(wanted);
    if (!found.ok) return setAnnouncement(t('blockLists.notFound', { acct: wanted }));
    await run(
      () => api.addToBlockList(list.id, [found.value.id], reason.trim()),
      displayName(found.value),
    );
    setAcct('');
    setReason('');
  };

  const importCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = await api.importBlockList(list.id, await file.text());
    if (!result.ok) return setError(result.error);
    setAnnouncement(
      t('blockLists.imported', {
        count: result.value.imported,
        skipped: result.value.skipped.join(', ') || '—',
      }),
    );
    await load();
  };

  const exportCsv = async () => {
    const result = await api.exportBlockList(list.id);
    if (!result.ok) return setError(result.error);
    const url = URL.createObjectURL(result.value.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName ?? `block-list-${list.id}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <>
      <PageHeader title={list.title}>
        <p className="page-lede">
          {list.description ? `${list.description} · ` : ''}
          {t('blockLists.by', { name: displayName(list.owner) })} ·{' '}
          <span data-testid="block-list-count">
            {t(list.accounts_count === 1 ? 'blockLists.count.one' : 'blockLists.count', {
              count: list.accounts_count,
            })}
          </span>
        </p>
        <p>
          <Link to="/block-lists">{t('blockLists.back')}</Link>
        </p>
      </PageHeader>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      <section className="card stack" data-testid="block-list-subscription">
        {list.subscription ? (
          <>
            <p data-testid="block-list-subscribed">
              {t(
                list.subscription.action === 'mute'
                  ? 'blockLists.subscribed.mute'
                  : 'blockLists.subscribed.block',
              )}
            </p>
            <button
              type="button"
              className="button button-quiet"
              data-testid="block-list-unsubscribe"
              disabled={busy}
              onClick={() =>
                run(() => api.unsubscribeBlockList(list.id), t('blockLists.unsubscribed'))
              }
            >
              {t('blockLists.unsubscribe')}
            </button>
          </>
        ) : (
          <span className="row">
            <button
              type="button"
              className="button"
              data-testid="block-list-subscribe"
              disabled={busy}
              onClick={() =>
                run(
                  () => api.subscribeBlockList(list.id, 'block'),
                  t('blockLists.subscribed.block'),
                )
              }
            >
              {t('blockLists.subscribe')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              data-testid="block-list-subscribe-mute"
              disabled={busy}
              onClick={() =>
                run(() => api.subscribeBlockList(list.id, 'mute'), t('blockLists.subscribed.mute'))
              }
            >
              {t('blockLists.subscribeMute')}
            </button>
          </span>
        )}
        {list.visibility === 'public' ? <p className="hint">{t('blockLists.shareHint')}</p> : null}
      </section>
      {keeper ? (
        <form className="card stack" onSubmit={add} data-testid="block-list-add">
          <label className="field">
            <span>{t('blockLists.addLabel')}</span>
            <input
              data-testid="block-list-acct"
              value={acct}
              onChange={(event) => setAcct(event.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('blockLists.reason')}</span>
            <input
              data-testid="block-list-reason"
              value={reason}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <button
            type="submit"
            className="button"
            data-testid="block-list-add-submit"
            disabled={busy}
          >
            {t('blockLists.add')}
          </button>
          <label className="field">
            <span>{t('blockLists.import')}</span>
            <input type="file" accept=".csv,text/csv" onChange={importCsv} />
          </label>
        </form>
      ) : null}
      <ul className="account-list">
        {entries.map((entry) => (
          <li key={entry.account.id} className="account-row" data-testid="block-list-entry">
            <Avatar account={entry.account} />
            <span>
              <Link to={profilePath(entry.account)}>
                <strong dir="auto">{displayName(entry.account)}</strong>{' '}
                <span className="muted">@{entry.account.acct}</span>
              </Link>
              {entry.reason ? <span className="muted"> — {entry.reason}</span> : null}
            </span>
            {keeper ? (
              <button
                type="button"
                className="button button-quiet button-small row-end"
                onClick={() =>
                  run(
                    () => api.removeFromBlockList(list.id, [entry.account.id]),
                    displayName(entry.account),
                  )
                }
              >
                {t('blockLists.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="row">
        <button type="button" className="button button-quiet" onClick={exportCsv}>
          {t('blockLists.export')}
        </button>
        {keeper ? (
          <button
            type="button"
            className="button button-quiet danger"
            onClick={() =>
              void api.deleteBlockList(list.id).then((result) => {
                if (result.ok) navigate('/block-lists');
                else setError(result.error);
              })
            }
          >
            {t('blockLists.delete')}
          </button>
        ) : null}
      </p>
    </>
  );
}
