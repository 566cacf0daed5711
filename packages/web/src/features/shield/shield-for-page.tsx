import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Account } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { AllyLog } from '../allies/ally-log.tsx';
import { displayName } from '../status/status-helpers.ts';
import { HeldFolder } from './held-folder.tsx';
import type { ShieldStatus } from './shield.types.ts';
import { ShieldState } from './shield-status.tsx';

/** An ally's view of the person they help: their shield, and their folder to review. */
export function ShieldForPage() {
  const { accountId = '' } = useParams();
  const api = useApi();
  const { t } = useI18n();
  const [status, setStatus] = useState<ShieldStatus | null>(null);
  const [person, setPerson] = useState<Account | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation reloads the status on purpose
  useEffect(() => {
    void api.shield(accountId).then((result) => {
      if (result.ok) setStatus(result.value);
      else setError(result.error);
    });
    void api.helping().then((result) => {
      if (result.ok)
        setPerson(result.value.find((a) => a.account.id === accountId)?.account ?? null);
    });
  }, [api, accountId, generation]);

  const name = person ? displayName(person) : '';
  return (
    <>
      <PageHeader title={t('shield.forTitle', { name })}>
        <p className="page-lede">{t('shield.forLede', { name })}</p>
        <p>
          <Link
            to={`/dossiers?for=${encodeURIComponent(accountId)}`}
            data-testid="shield-for-dossiers"
          >
            {t('dossiers.forLink', { name })}
          </Link>
        </p>
      </PageHeader>
      {error ? <ErrorNotice error={error} /> : null}
      {!status && !error ? <Loading /> : null}
      {status ? (
        <section className="card stack" data-testid="shield-for">
          <ShieldState status={status} name={name} />
        </section>
      ) : null}
      {status ? (
        <HeldFolder forId={accountId} onChange={() => setGeneration((g) => g + 1)} />
      ) : null}
      {status ? <AllyLog forId={accountId} /> : null}
    </>
  );
}
