import { type ReactNode, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Account, Relationship } from '../../api/mastodon.types.ts';
import { NotFoundPage } from '../../app/not-found-page.tsx';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { BotLabel } from '../../ui/bot-label.tsx';
import { EmptyState, ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { formatCount } from '../../ui/format-time.ts';
import { htmlToText } from '../../ui/html-text.ts';
import { useMe } from '../auth/session-context.tsx';
import { ProfileGiving } from '../spotlights/profile-giving.tsx';
import { displayName } from '../status/status-helpers.ts';
import { StatusList } from '../status/status-list.tsx';
import { RelationshipControls } from './relationship-controls.tsx';

/** Routes `/@username`; anything else under `/:acct` is not a page of ours. */
export function ProfileRoute() {
  const { acct = '' } = useParams();
  if (!acct.startsWith('@') || acct.length < 2) return <NotFoundPage />;
  return <ProfilePage key={acct} acct={acct.slice(1)} />;
}

function ProfilePage(props: { acct: string }) {
  const api = useApi();
  const me = useMe();
  const { t } = useI18n();
  const [account, setAccount] = useState<Account | null>(null);
  const [relationship, setRelationship] = useState<Relationship | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let active = true;
    void api.lookupAccount(props.acct).then(async (result) => {
      if (!active) return;
      if (!result.ok) return setError(result.error);
      setAccount(result.value);
      if (!me || me.id === result.value.id) return;
      const relations = await api.relationships([result.value.id]);
      if (active && relations.ok && relations.value[0]) setRelationship(relations.value[0]);
    });
    return () => {
      active = false;
    };
  }, [api, props.acct, me]);

  if (error) return <ErrorNotice error={error} />;
  if (!account) return <Loading />;
  return (
    <>
      <ProfileHeader account={account}>
        {me?.id === account.id ? (
          <Link to="/settings/profile" className="button button-quiet" data-testid="profile-edit">
            {t('profile.edit')}
          </Link>
        ) : relationship ? (
          <RelationshipControls
            account={account}
            relationship={relationship}
            onChange={setRelationship}
          />
        ) : null}
      </ProfileHeader>
      <ProfileGiving account={account} />
      <ProfilePosts account={account} />
    </>
  );
}

function ProfileHeader(props: { account: Account; children: ReactNode }) {
  const { account } = props;
  const { t, language } = useI18n();
  const intention = account.empathie?.intention?.trim();
  const bio = htmlToText(account.note);
  return (
    <header className="profile card">
      <div className="profile-top">
        <Avatar account={account} size="large" />
        <div className="profile-identity">
          <h1 className="profile-name" dir="auto">
            {displayName(account)}
          </h1>
          <p className="profile-acct">
            @{account.acct}
            {account.locked ? <span className="badge">{t('profile.locked')}</span> : null}
            <BotLabel account={account} />
          </p>
        </div>
      </div>
      <section
        className="intention"
        aria-labelledby="profile-intention"
        data-testid="profile-intention"
      >
        <h2 id="profile-intention" className="eyebrow">
          {t('intention.title')}
        </h2>
        <p dir="auto">{intention || t('intention.none')}</p>
      </section>
      {bio ? (
        <p className="profile-bio" dir="auto">
          {bio}
        </p>
      ) : null}
      <dl className="profile-counts">
        <div>
          <dt>{t('profile.posts')}</dt>
          <dd>{formatCount(account.statuses_count, language)}</dd>
        </div>
        <div>
          <dt>{t('profile.following')}</dt>
          <dd>{formatCount(account.following_count, language)}</dd>
        </div>
        <div>
          <dt>{t('profile.followers')}</dt>
          <dd>{formatCount(account.followers_count, language)}</dd>
        </div>
      </dl>
      {props.children}
    </header>
  );
}

function ProfilePosts(props: { account: Account }) {
  const api = useApi();
  const { t } = useI18n();
  const list = usePaginated(
    () => api.accountStatuses(props.account.id),
    `profile:${props.account.id}`,
  );
  return (
    <StatusList
      list={list}
      label={t('profile.posts')}
      empty={
        <EmptyState title={t('profile.emptyTitle')}>
          <p>{t('profile.emptyText')}</p>
        </EmptyState>
      }
    />
  );
}
