import { type FormEvent, useId, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Poll } from '../../api/poll-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { canVote, pollShares, timeLeft } from './poll-results.ts';

/** A post's poll: the choices to vote for, or the results once voted or ended. */
export function StatusPoll(props: {
  poll: Poll;
  signedIn: boolean;
  onChange: (poll: Poll) => void;
}) {
  const { poll, signedIn, onChange } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<number[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [showResults, setShowResults] = useState(false);
  const voting = canVote(poll, signedIn, Date.now()) && !showResults;
  const shares = pollShares(poll);
  const own = new Set(poll.own_votes ?? []);

  const toggle = (index: number, on: boolean) =>
    setChosen((current) =>
      poll.multiple
        ? on
          ? [...current, index]
          : current.filter((c) => c !== index)
        : on
          ? [index]
          : [],
    );

  const vote = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0 || sending) return;
    setSending(true);
    const result = await api.votePoll(poll.id, chosen);
    setSending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onChange(result.value);
  };

  const left = timeLeft(poll.expires_at, Date.now());
  const ends =
    poll.expired || Date.parse(poll.expires_at) <= Date.now()
      ? t('poll.ended')
      : t(`poll.left.${left.unit}`, { count: left.count });
  const footer = (
    <p className="poll-footer hint">
      <span>{t('poll.voters', { count: poll.voters_count })}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={poll.expires_at} title={formatFullTime(poll.expires_at, language)}>
        {ends}
      </time>
    </p>
  );

  if (voting) {
    return (
      <form className="poll" data-testid="status-poll" onSubmit={vote}>
        <fieldset>
          <legend className="visually-hidden">
            {poll.multiple ? t('poll.chooseSeveral') : t('poll.chooseOne')}
          </legend>
          {poll.options.map((option, index) => (
            <label key={option.title} className="poll-choice">
              <input
                type={poll.multiple ? 'checkbox' : 'radio'}
                name={`${id}-choice`}
                data-testid={`poll-choice-${index}`}
                checked={chosen.includes(index)}
                onChange={(event) => toggle(index, event.target.checked)}
              />
              <span dir="auto">{option.title}</span>
            </label>
          ))}
        </fieldset>
        {error ? <ErrorNotice error={error} /> : null}
        <div className="poll-actions">
          <button
            type="submit"
            className="button button-small"
            data-testid="poll-vote"
            disabled={chosen.length === 0 || sending}
          >
            {t('poll.vote')}
          </button>
          <button type="button" className="link-button" onClick={() => setShowResults(true)}>
            {t('poll.seeResults')}
          </button>
        </div>
        {footer}
      </form>
    );
  }

  return (
    <div className="poll" data-testid="status-poll">
      <ul className="poll-results">
        {poll.options.map((option, index) => {
          const share = shares[index];
          return (
            <li key={option.title} className="poll-result" data-testid={`poll-result-${index}`}>
              <span className="poll-result-label">
                <span dir="auto">{option.title}</span>
                {own.has(index) ? <span className="pill">{t('poll.yourChoice')}</span> : null}
                <span className="poll-result-share">
                  {share === null ? t('poll.hidden') : `${share} %`}
                </span>
              </span>
              {share === null ? null : (
                <span className="poll-bar" aria-hidden="true">
                  <span className="poll-bar-fill" style={{ width: `${share}%` }} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {showResults && canVote(poll, signedIn, Date.now()) ? (
        <button type="button" className="link-button" onClick={() => setShowResults(false)}>
          {t('poll.backToVote')}
        </button>
      ) : null}
      {footer}
    </div>
  );
}
