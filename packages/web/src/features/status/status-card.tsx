import { useState } from 'react';
import { Link } from 'react-router';
import type { Status } from '../../api/mastodon.types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { BotLabel } from '../../ui/bot-label.tsx';
import { formatFullTime, formatRelativeTime } from '../../ui/format-time.ts';
import { Icon } from '../../ui/icons.tsx';
import { useMe } from '../auth/session-context.tsx';
import { CallCard } from '../calls/call-card.tsx';
import { replyPolicyNoticeKey } from '../compose/reply-policy.ts';
import { warningFilterTitle } from '../filters/filter-helpers.ts';
import { FilterNotice } from '../filters/filter-notice.tsx';
import { GentleFold } from '../gentle/gentle-fold.tsx';
import { isFolded } from '../gentle/gentle-notice.ts';
import { SpotlightCard } from '../spotlights/spotlight-card.tsx';
import { StatusActions } from './status-actions.tsx';
import { StatusContent } from './status-content.tsx';
import { StatusEditForm } from './status-edit-form.tsx';
import { displayName, profilePath, shownStatus, withShown } from './status-helpers.ts';
import { StatusMedia } from './status-media.tsx';
import { StatusPoll } from './status-poll.tsx';

export interface StatusCardProps {
  status: Status;
  onChange: (status: Status) => void;
  onDelete: (id: string) => void;
  /** The post a thread is about: larger, with its full date. */
  focused?: boolean;
}

export function StatusCard(props: StatusCardProps) {
  const { status, onChange, onDelete, focused = false } = props;
  const { t, language } = useI18n();
  const me = useMe();
  const shown = shownStatus(status);
  const [unfolded, setUnfolded] = useState(false);
  const [editing, setEditing] = useState(false);
  const author = shown.account;
  const hasWarning = shown.spoiler_text.trim() !== '';
  // Gentle reading: a post that may hurt this reader waits behind a notice until they open it.
  const folded = isFolded(shown);
  const [gentlyOpen, setGentlyOpen] = useState(false);
  // The reader's own keyword filter: the post waits behind its name until they open it.
  const filterTitle = warningFilterTitle(status);
  const [filterOpen, setFilterOpen] = useState(false);
  const filterClosed = filterTitle !== null && !filterOpen;
  const contentVisible = !filterClosed && (!hasWarning || unfolded) && (!folded || gentlyOpen);
  const replyNotice = replyPolicyNoticeKey(shown);
  const headingId = `status-author-${status.id}`;

  return (
    <article
      className={`status${focused ? ' status-focused' : ''}`}
      data-testid="status"
      data-status-id={shown.id}
      aria-labelledby={headingId}
    >
      {status.reblog ? (
        <p className="status-context-line">
          <Icon name="share" />
          <Link to={profilePath(status.account)}>
            {t('status.sharedBy', { name: displayName(status.account) })}
          </Link>
        </p>
      ) : null}
      <header className="status-header">
        <Link to={profilePath(author)} className="status-avatar" tabIndex={-1} aria-hidden="true">
          <Avatar account={author} />
        </Link>
        <div className="status-byline">
          <Link to={profilePath(author)} className="status-author" id={headingId}>
            <span className="status-name" dir="auto">
              {displayName(author)}
            </span>
            <span className="status-acct">@{author.acct}</span>
          </Link>
          <BotLabel account={author} />
        </div>
        <Link to={`/statuses/${shown.id}`} className="status-time">
          <time dateTime={shown.created_at} title={formatFullTime(shown.created_at, language)}>
            {focused
              ? formatFullTime(shown.created_at, language)
              : formatRelativeTime(shown.created_at, Date.now(), language)}
          </time>
        </Link>
      </header>

      {shown.in_reply_to_id && !focused ? (
        <p className="status-context-line">
          <Icon name="reply" />
          <Link to={`/statuses/${shown.in_reply_to_id}`}>{t('status.inReplyTo')}</Link>
        </p>
      ) : null}

      {filterTitle !== null ? (
        <FilterNotice
          title={filterTitle}
          open={filterOpen}
          contentId={`status-content-${shown.id}`}
          onToggle={() => setFilterOpen((value) => !value)}
        />
      ) : null}

      {folded && !filterClosed ? (
        <GentleFold
          reasons={shown.empathie?.reasons}
          contentId={`status-content-${shown.id}`}
          open={gentlyOpen}
          onToggle={() => setGentlyOpen((value) => !value)}
        />
      ) : null}

      {hasWarning && !filterClosed && (!folded || gentlyOpen) ? (
        <div className="status-warning">
          <p lang={shown.language ?? undefined}>{shown.spoiler_text}</p>
          <button
            type="button"
            className="button button-small"
            aria-expanded={unfolded}
            aria-controls={`status-content-${shown.id}`}
            onClick={() => setUnfolded((value) => !value)}
          >
            {unfolded ? t('status.showLess') : t('status.showMore')}
          </button>
        </div>
      ) : null}

      {editing ? (
        <StatusEditForm
          status={shown}
          onSaved={(saved) => {
            setEditing(false);
            onChange(withShown(status, saved));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : contentVisible ? (
        <StatusContent html={shown.content} language={shown.language} id={shown.id} />
      ) : null}
      {shown.media_attachments?.length && contentVisible && !editing ? (
        <StatusMedia media={shown.media_attachments} sensitive={shown.sensitive} id={shown.id} />
      ) : null}
      {shown.poll && contentVisible && !editing ? (
        <StatusPoll
          poll={shown.poll}
          signedIn={me !== null}
          onChange={(poll) => onChange(withShown(status, { ...shown, poll }))}
        />
      ) : null}
      {shown.empathie?.call && !editing ? <CallCard call={shown.empathie.call} /> : null}
      {shown.empathie?.spotlight && !editing ? (
        <SpotlightCard spotlight={shown.empathie.spotlight} />
      ) : null}

      <p className="status-meta">
        {shown.visibility === 'public' ? null : (
          <span>{t(`visibility.${shown.visibility}.label`)}</span>
        )}
        {shown.edited_at ? <span>{t('status.edited')}</span> : null}
        {replyNotice ? (
          <span data-testid="status-reply-policy">
            {t(replyNotice, { name: displayName(author) })}
          </span>
        ) : null}
        {shown.replies_count > 0 ? (
          <span>{t('status.replies', { count: shown.replies_count })}</span>
        ) : null}
      </p>

      {me ? (
        <StatusActions
          status={shown}
          mine={me.id === author.id}
          onChange={(updated) => onChange(withShown(status, updated))}
          onDelete={() => onDelete(status.id)}
          onEdit={() => setEditing(true)}
        />
      ) : null}
    </article>
  );
}
