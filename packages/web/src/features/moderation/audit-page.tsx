import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { AuditEntry } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatWhen } from './labels.ts';
import { ModerationNav } from './moderation-nav.tsx';
import './moderation.css';

/** The append-only audit log of every moderation step: who, what, when, why (admins). */
export function AuditPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    const result = await api.auditLog();
    if (!result.ok) return setError(result.error);
    setError(null);
    setEntries(result.value);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack">
      <PageHeader title={t('mod.audit')} />
      <ModerationNav />
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      {entries === null && !error ? <Loading /> : null}
      {entries ? (
        <table className="mod-table" data-testid="mod-audit">
          <thead>
            <tr>
              <th scope="col">{t('mod.auditWhen')}</th>
              <th scope="col">{t('mod.auditWho')}</th>
              <th scope="col">{t('mod.auditWhat')}</th>
              <th scope="col">{t('mod.auditWhy')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="mod-audit-entry">
                <td>{formatWhen(e.created_at, language)}</td>
                <td>{e.actor_id ?? t('mod.auditAnonymous')}</td>
                <td data-testid="mod-audit-action">
                  {e.action} · {e.target_type} {e.target_id}
                </td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
