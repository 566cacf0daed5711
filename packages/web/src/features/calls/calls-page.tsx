import { useState } from 'react';
import { Link } from 'react-router';
import type { Call, CallOrder } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { CallCard } from './call-card.tsx';

const orders: readonly CallOrder[] = ['newest', 'closing', 'matching'];

/** Discovery: open calls, newest first, closing soon, or matching the skills on my profile. */
export function CallsPage() {
  const api = useApi();
  const me = useMe();
  const { t } = useI18n();
  const [order, setOrder] = useState<CallOrder>('newest');
  const list = usePaginated<Call>(() => api.calls(order), `calls-${order}`);
  const shown = me ? orders : orders.filter((o) => o !== 'matching');

  return (
    <>
      <PageHeader title={t('calls.title')}>
        <p className="page-lede">{t('calls.lede')}</p>
        {me ? (
          <p className="row">
            <Link to="/calls/new" className="button" data-testid="calls-new">
              {t('calls.new')}
            </Link>
            <Link to="/settings/skills" className="button button-quiet">
              {t('calls.mySkills')}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <fieldset className="tabs">
        <legend className="visually-hidden">{t('calls.orderLabel')}</legend>
        {shown.map((o) => (
          <button
            key={o}
            type="button"
            className={`button button-small${o === order ? '' : ' button-quiet'}`}
            aria-pressed={o === order}
            data-testid={`calls-order-${o}`}
            onClick={() => setOrder(o)}
          >
            {t(`calls.order.${o}`)}
          </button>
        ))}
      </fieldset>
      {list.status === 'loading' ? <Loading /> : null}
      {list.error ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t(order === 'matching' ? 'calls.emptyMatching' : 'calls.empty')} />
      ) : null}
      <ul className="link-list">
        {list.items.map((call) => (
          <li key={call.id} className="card" data-testid="calls-item">
            <CallCard call={call} onChange={(next) => list.update(call.id, () => next)} />
          </li>
        ))}
      </ul>
      {list.hasMore ? (
        <button type="button" className="button button-quiet" onClick={list.loadMore}>
          {t('calls.more')}
        </button>
      ) : null}
    </>
  );
}
