import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Call } from '../../api/collective-endpoints.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useMe } from '../auth/session-context.tsx';
import { countdown } from './call-helpers.ts';
import { JoinForm } from './join-form.tsx';

/**
 * A call to action inside a status: progress per skill, a countdown to the deadline and to the
 * flash moment, and "Join". Joining happens in place and the card shows the new progress.
 */
export function CallCard(props: { call: Call; onChange?: (call: Call) => void }) {
  const { t, language } = useI18n();
  const me = useMe();
  const [call, setCall] = useState(props.call);
  const [joining, setJoining] = useState(false);
  // A fresher copy from the timeline (after a reload) replaces the one shown.
  useEffect(() => setCall(props.call), [props.call]);
  const now = Date.now();
  const closesIn = countdown(call.deadline, now, language);
  const flashIn = call.flash_at ? countdown(call.flash_at, now, language) : null;
  const changed = (next: Call) => {
    setCall(next);
    props.onChange?.(next);
  };

  return (
    <section className="call-card" aria-label={t('calls.card.label')} data-testid="call-card">
      <p className="call-card-title">
        <span className="pill">{t('calls.card.kind')}</span>{' '}
        {call.remote && call.origin_url ? (
          <a
            href={call.origin_url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="call-card-open"
          >
            <strong dir="auto">{call.title}</strong>
          </a>
        ) : (
          <Link to={`/calls/${call.id}`} data-testid="call-card-open">
            <strong dir="auto">{call.title}</strong>
          </Link>
        )}
      </p>
      <ul className="call-skills">
        {call.skills.map((skill) => (
          <li key={skill.name} data-testid="call-skill">
            <span dir="auto">{skill.name}</span>{' '}
            <span className="muted" data-testid="call-skill-progress">
              {t('calls.card.progress', { joined: skill.joined, wanted: skill.wanted })}
            </span>
            <progress
              max={skill.wanted}
              value={Math.min(skill.joined, skill.wanted)}
              aria-label={t('calls.card.progressLabel', {
                skill: skill.name,
                joined: skill.joined,
                wanted: skill.wanted,
              })}
            />
          </li>
        ))}
      </ul>
      <p className="call-meta muted">
        {call.state === 'closed' ? (
          <span data-testid="call-outcome">
            {t('calls.card.closed', { outcome: call.outcome ?? '' })}
          </span>
        ) : (
          <>
            {closesIn ? <span>{t('calls.card.closesIn', { when: closesIn })}</span> : null}
            {flashIn ? (
              <span data-testid="call-flash-countdown">
                {' · '}
                {t('calls.card.flashIn', { when: flashIn })}
              </span>
            ) : null}
            {call.place ? <span dir="auto">{` · ${call.place}`}</span> : null}
          </>
        )}
      </p>
      {call.remote && call.origin_url ? (
        // Joining across servers is not supported yet: people join on the call's own server.
        <p className="call-remote" data-testid="call-remote">
          <span className="muted">{t('calls.card.remote', { origin: call.origin ?? '' })}</span>{' '}
          {call.state === 'open' ? (
            <a
              className="button button-small"
              href={call.origin_url}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="call-join-remote"
            >
              {t('calls.card.joinOn', { origin: call.origin ?? '' })}
            </a>
          ) : null}
        </p>
      ) : me && call.state === 'open' ? (
        call.joined_by_me ? (
          <p className="call-joined" data-testid="call-joined">
            {t('calls.card.joined', { skills: call.my_participation?.skills.join(', ') ?? '' })}
          </p>
        ) : joining ? (
          <JoinForm
            call={call}
            onJoined={(next) => {
              setJoining(false);
              changed(next);
            }}
            onCancel={() => setJoining(false)}
          />
        ) : (
          <button
            type="button"
            className="button"
            data-testid="call-join"
            onClick={() => setJoining(true)}
          >
            {t('calls.card.join')}
          </button>
        )
      ) : null}
    </section>
  );
}
