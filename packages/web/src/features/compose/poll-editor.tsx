import { type ReactNode, useId } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  POLL_DURATIONS,
  POLL_MAX_OPTION_CHARS,
  POLL_MAX_OPTIONS,
  POLL_MIN_OPTIONS,
  type PollDraft,
  type PollDuration,
  pollDraftProblem,
} from './poll-draft.ts';

/** The composer's poll: its choices, how long it lasts, one or several answers, hidden totals. */
export function PollEditor(props: {
  draft: PollDraft;
  onChange: (draft: PollDraft) => void;
  onRemove: () => void;
  /** The coach's live reading of the choices, when the coach is on. */
  coach?: ReactNode;
}) {
  const { draft, onChange, onRemove, coach } = props;
  const { t } = useI18n();
  const id = useId();
  const problem = pollDraftProblem(draft);
  const setOption = (index: number, value: string) =>
    onChange({ ...draft, options: draft.options.map((o, i) => (i === index ? value : o)) });

  return (
    <fieldset className="poll-editor" data-testid="poll-editor" aria-describedby={`${id}-problem`}>
      <legend>{t('poll.editor.title')}</legend>
      <ol className="poll-editor-options">
        {draft.options.map((option, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a choice is its position in the poll
          <li key={index} className="poll-editor-option">
            <label className="field">
              <span className="visually-hidden">
                {t('poll.editor.option', { number: index + 1 })}
              </span>
              <input
                data-testid={`poll-option-${index}`}
                dir="auto"
                value={option}
                maxLength={POLL_MAX_OPTION_CHARS}
                placeholder={t('poll.editor.option', { number: index + 1 })}
                onChange={(event) => setOption(index, event.target.value)}
              />
            </label>
            {draft.options.length > POLL_MIN_OPTIONS ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={t('poll.editor.removeOption', { number: index + 1 })}
                onClick={() =>
                  onChange({ ...draft, options: draft.options.filter((_, i) => i !== index) })
                }
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {coach}
      <div className="poll-editor-settings">
        {draft.options.length < POLL_MAX_OPTIONS ? (
          <button
            type="button"
            className="button button-quiet button-small"
            data-testid="poll-add-option"
            onClick={() => onChange({ ...draft, options: [...draft.options, ''] })}
          >
            {t('poll.editor.addOption')}
          </button>
        ) : null}
        <label className="field field-inline">
          <span>{t('poll.editor.duration')}</span>
          <select
            data-testid="poll-duration"
            value={draft.expiresIn}
            onChange={(event) =>
              onChange({ ...draft, expiresIn: Number(event.target.value) as PollDuration })
            }
          >
            {POLL_DURATIONS.map((seconds) => (
              <option key={seconds} value={seconds}>
                {t(`poll.duration.${seconds}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="poll-multiple"
            checked={draft.multiple}
            onChange={(event) => onChange({ ...draft, multiple: event.target.checked })}
          />
          <span>{t('poll.editor.multiple')}</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.hideTotals}
            onChange={(event) => onChange({ ...draft, hideTotals: event.target.checked })}
          />
          <span>{t('poll.editor.hideTotals')}</span>
        </label>
        <button type="button" className="link-button" onClick={onRemove}>
          {t('poll.editor.remove')}
        </button>
      </div>
      <p className="hint" id={`${id}-problem`} aria-live="polite">
        {problem
          ? t(`poll.problem.${problem}`, { max: POLL_MAX_OPTION_CHARS })
          : t('poll.editor.now')}
      </p>
    </fieldset>
  );
}
