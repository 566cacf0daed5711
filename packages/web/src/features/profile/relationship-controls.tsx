import { useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { RelationshipAction } from '../../api/endpoints.ts';
import type { Account, Relationship } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { Icon } from '../../ui/icons.tsx';
import { ReportButton } from '../reports/report-button.tsx';

export function followLabelKey(relationship: Relationship) {
  if (relationship.following) return 'profile.unfollow' as const;
  if (relationship.requested) return 'profile.requested' as const;
  return 'profile.follow' as const;
}

export function RelationshipControls(props: {
  account: Account;
  relationship: Relationship;
  onChange: (relationship: Relationship) => void;
}) {
  const { account, relationship, onChange } = props;
  const api = useApi();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const act = async (action: RelationshipAction) => {
    setBusy(true);
    const result = await api.relate(account.id, action);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onChange(result.value);
  };

  const followAction: RelationshipAction =
    relationship.following || relationship.requested ? 'unfollow' : 'follow';
  return (
    <div className="profile-controls">
      {relationship.blocking ? (
        <button type="button" className="button" disabled={busy} onClick={() => act('unblock')}>
          {t('profile.unblock')}
        </button>
      ) : (
        <button
          type="button"
          className={
            relationship.following || relationship.requested ? 'button button-quiet' : 'button'
          }
          data-testid="profile-follow"
          data-state={
            relationship.following ? 'following' : relationship.requested ? 'requested' : 'none'
          }
          disabled={busy || relationship.blocked_by}
          onClick={() => act(followAction)}
        >
          {t(followLabelKey(relationship))}
        </button>
      )}
      <details className="menu">
        <summary
          className="button button-quiet"
          aria-label={t('profile.moreActions')}
          data-testid="profile-menu"
        >
          <Icon name="more" />
        </summary>
        <div className="menu-items">
          <button
            type="button"
            data-testid="profile-mute"
            onClick={() => act(relationship.muting ? 'unmute' : 'mute')}
          >
            {relationship.muting ? t('profile.unmute') : t('profile.mute')}
          </button>
          <button
            type="button"
            className="danger"
            data-testid="profile-block"
            onClick={() => {
              if (relationship.blocking) return act('unblock');
              if (window.confirm(t('profile.blockConfirm', { name: account.username })))
                act('block');
            }}
          >
            {relationship.blocking ? t('profile.unblock') : t('profile.block')}
          </button>
          <ReportButton accountId={account.id} testId="profile-report" />
        </div>
      </details>
      <p className="visually-hidden" aria-live="polite">
        {relationship.muting ? t('profile.mutedNotice') : ''}
        {relationship.blocking ? t('profile.blockedNotice') : ''}
      </p>
      {relationship.followed_by ? <span className="badge">{t('profile.followsYou')}</span> : null}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
