import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Spotlight } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { useMe } from '../auth/session-context.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';

/** The person a status puts in the spotlight; they may show it on their profile from here. */
export function SpotlightCard(props: { spotlight: Spotlight }) {
  const api = useApi();
  const me = useMe();
  const { t } = useI18n();
  const [spotlight, setSpotlight] = useState(props.spotlight);
  useEffect(() => setSpotlight(props.spotlight), [props.spotlight]);
  const subject = spotlight.account;
  return (
    <section className="call-card" aria-label={t('spotlights.card')} data-testid="spotlight-card">
      <p className="row">
        <span className="pill">{t('spotlights.card')}</span>
        <Avatar account={subject} />
        <Link to={profilePath(subject)}>{displayName(subject)}</Link>
      </p>
      {spotlight.remote && spotlight.origin_url ? (
        // Shown on a profile from its own server only: accepting happens there.
        <a
          className="muted"
          href={spotlight.origin_url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="spotlight-remote"
        >
          {t('spotlights.seeOn', { origin: spotlight.origin ?? '' })}
        </a>
      ) : me?.id === subject.id ? (
        spotlight.accepted ? (
          <p className="muted" data-testid="spotlight-accepted">
            {t('spotlights.onProfile')}
          </p>
        ) : (
          <button
            type="button"
            className="button button-small"
            data-testid="spotlight-accept"
            onClick={async () => {
              const done = await api.acceptSpotlight(spotlight.id);
              if (done.ok) setSpotlight(done.value);
            }}
          >
            {t('spotlights.accept')}
          </button>
        )
      ) : null}
    </section>
  );
}
