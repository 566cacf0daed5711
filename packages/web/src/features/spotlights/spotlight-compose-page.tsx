import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Account } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { CoachedTextForm } from '../calls/coached-text-form.tsx';
import { displayName } from '../status/status-helpers.ts';

/** Putting someone in the spotlight (`/spotlights/new/:acct`): why others should know them. */
export function SpotlightComposePage() {
  const { acct = '' } = useParams();
  const api = useApi();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [account, setAccount] = useState<Account | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void api.lookupAccount(acct).then((found) => {
      if (found.ok) setAccount(found.value);
      else setError(found.error);
    });
  }, [api, acct]);

  if (error) return <ErrorNotice error={error} />;
  if (!account) return <Loading />;
  return (
    <>
      <PageHeader title={t('spotlights.composeTitle', { name: displayName(account) })}>
        <p className="page-lede">{t('spotlights.composeLede')}</p>
      </PageHeader>
      <div className="card stack">
        <CoachedTextForm
          label={t('spotlights.why', { name: displayName(account) })}
          submitLabel={t('spotlights.publish')}
          testId="spotlight-form"
          send={async (text) => {
            const made = await api.createSpotlight(account.id, text);
            if (!made.ok) return made.error;
            navigate(`/statuses/${made.value.status_id}`);
            return null;
          }}
        />
      </div>
    </>
  );
}
