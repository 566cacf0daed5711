import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Giving, ProfileSkill, Spotlight } from '../../api/collective-endpoints.ts';
import type { Account } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useMe } from '../auth/session-context.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';

/**
 * On a profile, what the person gave (spotlights given, calls joined, support sent) rather
 * than vanity counts, their public skills, and the spotlights they chose to show.
 */
export function ProfileGiving(props: { account: Account }) {
  const { account } = props;
  const api = useApi();
  const me = useMe();
  const { t } = useI18n();
  const [giving, setGiving] = useState<Giving | null>(null);
  const [skills, setSkills] = useState<ProfileSkill[]>([]);
  const [spotlights, setSpotlights] = useState<Spotlight[]>([]);
  useEffect(() => {
    void api.giving(account.id).then((r) => r.ok && setGiving(r.value));
    void api
      .publicSkills(account.id)
      .then((r) => r.ok && setSkills(r.value.filter((s) => s.public)));
    void api
      .accountSpotlights(account.id)
      .then((r) => r.ok && setSpotlights(r.value.filter((s) => s.accepted)));
  }, [api, account.id]);

  return (
    <section className="card stack" aria-labelledby="profile-giving" data-testid="profile-giving">
      <h2 id="profile-giving" className="eyebrow">
        {t('giving.title')}
      </h2>
      {giving ? (
        <dl className="profile-counts">
          <div>
            <dt>{t('giving.spotlights')}</dt>
            <dd data-testid="giving-spotlights">{giving.spotlights_given}</dd>
          </div>
          <div>
            <dt>{t('giving.calls')}</dt>
            <dd data-testid="giving-calls">{giving.calls_joined}</dd>
          </div>
          <div>
            <dt>{t('giving.support')}</dt>
            <dd data-testid="giving-support">{giving.support_sent}</dd>
          </div>
        </dl>
      ) : null}
      {skills.length > 0 ? (
        <p data-testid="profile-skills">
          {t('giving.skills')}{' '}
          {skills.map((s) => (
            <span key={s.name} className="pill" dir="auto">
              {s.name}
            </span>
          ))}
        </p>
      ) : null}
      {spotlights.length > 0 ? (
        <>
          <h3 className="eyebrow">{t('giving.spotlighted')}</h3>
          <ul className="link-list">
            {spotlights.map((s) => (
              <SpotlightItem key={s.id} spotlight={s} />
            ))}
          </ul>
        </>
      ) : null}
      {me && me.id !== account.id ? (
        <Link
          to={`/spotlights/new/${account.acct}`}
          className="button button-quiet"
          data-testid="spotlight-new"
        >
          {t('spotlights.new', { name: displayName(account) })}
        </Link>
      ) : null}
    </section>
  );
}

export function SpotlightItem(props: { spotlight: Spotlight }) {
  const { spotlight } = props;
  const { t } = useI18n();
  return (
    <li className="card" data-testid="spotlight-item">
      <p className="muted">
        {t('spotlights.byFor', {
          author: displayName(spotlight.author),
          name: displayName(spotlight.account),
        })}{' '}
        <Link to={profilePath(spotlight.account)}>@{spotlight.account.acct}</Link>
      </p>
      <p dir="auto">{spotlight.text}</p>
      <Link to={`/statuses/${spotlight.status_id}`}>{t('spotlights.see')}</Link>
    </li>
  );
}
