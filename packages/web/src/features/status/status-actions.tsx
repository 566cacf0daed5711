import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { StatusAction } from '../../api/endpoints.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { Icon } from '../../ui/icons.tsx';
import { canReply, replyPolicyNoticeKey } from '../compose/reply-policy.ts';
import { ReplyPolicyMenuItem } from '../compose/reply-policy-menu-item.tsx';
import { AddToDossier } from '../dossiers/add-to-dossier.tsx';
import { ReportButton } from '../reports/report-button.tsx';
import { afterAction, canShare, displayName } from './status-helpers.ts';

// Counters of favourites and shares are left out on purpose: Empathie values giving, not scores.
export function StatusActions(props: {
  status: Status;
  mine: boolean;
  onChange: (status: Status) => void;
  onDelete: () => void;
  onEdit: () => void;
}) {
  const { status, mine, onChange, onDelete, onEdit } = props;
  const api = useApi();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const act = async (action: StatusAction) => {
    setBusy(true);
    const result = await api.actOnStatus(status.id, action);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onChange(afterAction(result.value));
  };

  const remove = async () => {
    if (!window.confirm(t('status.deleteConfirm'))) return;
    const result = await api.deleteStatus(status.id);
    if (!result.ok) return setError(result.error);
    onDelete();
  };

  const favourited = status.favourited === true;
  const shared = status.reblogged === true;
  return (
    <footer className="status-actions">
      {canReply(status) ? (
        <Link
          to={`/statuses/${status.id}?reply=1`}
          className="action"
          data-testid="status-reply"
          aria-label={t('status.reply')}
        >
          <Icon name="reply" />
          <span className="action-label">{t('status.reply')}</span>
        </Link>
      ) : (
        // Refused by the post's reply policy: disabled, and it says why.
        <button
          type="button"
          className="action"
          data-testid="status-reply"
          disabled
          title={t(replyPolicyNoticeKey(status) ?? 'replyPolicy.shown.nobody', {
            name: displayName(status.account),
          })}
        >
          <Icon name="reply" />
          <span className="action-label">{t('status.reply')}</span>
        </button>
      )}
      <button
        type="button"
        className="action action-share"
        data-testid="status-reblog"
        aria-pressed={shared}
        disabled={busy || !canShare(status)}
        title={canShare(status) ? undefined : t('status.cannotShare')}
        onClick={() => act(shared ? 'unreblog' : 'reblog')}
      >
        <Icon name="share" />
        <span className="action-label">{shared ? t('status.shared') : t('status.share')}</span>
      </button>
      <button
        type="button"
        className="action action-favourite"
        data-testid="status-favourite"
        aria-pressed={favourited}
        disabled={busy}
        onClick={() => act(favourited ? 'unfavourite' : 'favourite')}
      >
        <Icon name="heart" filled={favourited} />
        <span className="action-label">
          {favourited ? t('status.favourited') : t('status.favourite')}
        </span>
      </button>
      <details className="menu">
        <summary className="action" aria-label={t('status.more')} data-testid="status-menu">
          <Icon name="more" />
        </summary>
        <div className="menu-items">
          {mine ? (
            <>
              <button type="button" data-testid="status-edit" onClick={onEdit}>
                {t('status.edit')}
              </button>
              <button type="button" className="danger" data-testid="status-delete" onClick={remove}>
                {t('status.delete')}
              </button>
              <ReplyPolicyMenuItem status={status} onChange={onChange} />
            </>
          ) : null}
          {/* Any post the person can see may become evidence, their own included. */}
          <AddToDossier statusId={status.id} />
          {mine ? null : (
            <ReportButton
              accountId={status.account.id}
              statusId={status.id}
              testId="status-report"
            />
          )}
        </div>
      </details>
      {error ? <ErrorNotice error={error} /> : null}
    </footer>
  );
}
