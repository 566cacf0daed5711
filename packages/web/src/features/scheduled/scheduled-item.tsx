import { useId, useState } from 'react';
import type { ApiResult } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { failureKey } from './failure-labels.ts';
import { ReviewReading } from './review-reading.tsx';
import {
  awaitsReview,
  checkNewTime,
  failureOf,
  formatUntil,
  sendNowTime,
  toLocalInput,
} from './scheduled-rules.ts';

type Mode = { kind: 'view' } | { kind: 'text'; text: string } | { kind: 'time'; value: string };

export function ScheduledItem(props: {
  item: ScheduledStatus;
  now: number;
  onChange: (item: ScheduledStatus) => void;
  onRemove: (id: string) => void;
}) {
  const { item, now, onChange, onRemove } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [timeProblem, setTimeProblem] = useState<'invalid' | 'too_soon' | null>(null);
  const failure = failureOf(item);
  const review = awaitsReview(item);

  const run = async (call: Promise<ApiResult<ScheduledStatus>>) => {
    setBusy(true);
    const result = await call;
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) {
      onChange(result.value);
      setMode({ kind: 'view' });
    }
  };
  const saveTime = (value: string) => {
    const checked = checkNewTime(value, Date.now());
    setTimeProblem(checked.ok ? null : checked.reason);
    if (checked.ok) void run(api.moveScheduled(item.id, checked.iso));
  };
  const cancel = async () => {
    setBusy(true);
    const result = await api.deleteScheduled(item.id);
    setBusy(false);
    if (result.ok) onRemove(item.id);
    else setError(result.error);
  };

  return (
    <li className="scheduled-item card stack" data-testid="scheduled-item" data-id={item.id}>
      {review ? (
        <div className="notice notice-review" data-testid="scheduled-review">
          <h2 className="section-title">{t('scheduledPage.reviewTitle')}</h2>
          <p>{t('scheduledPage.reviewHelp')}</p>
        </div>
      ) : failure ? (
        <div className="notice notice-error" role="alert" data-testid="scheduled-failure">
          <p>{t('scheduledPage.failed', { reason: t(failureKey(failure)) })}</p>
          <p>{t('scheduledPage.failedHelp')}</p>
        </div>
      ) : null}
      <p className="scheduled-when">
        <time dateTime={item.scheduled_at} title={formatFullTime(item.scheduled_at, language)}>
          {failure
            ? t('scheduledPage.wasDue', { when: formatFullTime(item.scheduled_at, language) })
            : t('scheduledPage.leaves', {
                relative: formatUntil(item.scheduled_at, now, language),
                when: formatFullTime(item.scheduled_at, language),
              })}
        </time>
      </p>
      {mode.kind === 'text' ? (
        <label className="field">
          <span>{t('scheduledPage.textLabel')}</span>
          <textarea
            dir="auto"
            className="compose-text"
            data-testid="scheduled-edit-text"
            rows={4}
            value={mode.text}
            onChange={(event) => setMode({ kind: 'text', text: event.target.value })}
          />
        </label>
      ) : (
        <p className="draft-text" dir="auto" lang={item.params.language ?? undefined}>
          {item.params.spoiler_text ? <strong>{item.params.spoiler_text} · </strong> : null}
          {item.params.text}
        </p>
      )}
      {review ? <ReviewReading text={mode.kind === 'text' ? mode.text : item.params.text} /> : null}
      {mode.kind === 'time' ? (
        <label className="field">
          <span>{t('scheduledPage.timeLabel')}</span>
          <input
            type="datetime-local"
            data-testid="scheduled-time"
            value={mode.value}
            aria-describedby={timeProblem ? `${id}-time` : undefined}
            aria-invalid={timeProblem !== null}
            onChange={(event) => setMode({ kind: 'time', value: event.target.value })}
          />
          {timeProblem ? (
            <span className="field-error" id={`${id}-time`}>
              {t(timeProblem === 'too_soon' ? 'scheduledPage.tooSoon' : 'scheduledPage.badTime')}
            </span>
          ) : null}
        </label>
      ) : null}
      <div className="draft-actions">
        {mode.kind === 'view' ? (
          <>
            <button
              type="button"
              className="button button-small"
              data-testid="scheduled-edit"
              disabled={busy}
              onClick={() => setMode({ kind: 'text', text: item.params.text })}
            >
              {t('scheduledPage.edit')}
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              data-testid="scheduled-move"
              disabled={busy}
              onClick={() => {
                setTimeProblem(null);
                setMode({ kind: 'time', value: toLocalInput(item.scheduled_at) });
              }}
            >
              {t('scheduledPage.changeTime')}
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              data-testid="scheduled-send-now"
              disabled={busy}
              onClick={() => void run(api.moveScheduled(item.id, sendNowTime(Date.now())))}
            >
              {t(
                review
                  ? 'scheduledPage.reviewSend'
                  : failure
                    ? 'scheduledPage.retryNow'
                    : 'scheduledPage.sendNow',
              )}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button-small"
              data-testid="scheduled-save"
              disabled={busy || (mode.kind === 'text' && mode.text.trim() === '')}
              onClick={() =>
                mode.kind === 'text'
                  ? void run(api.editScheduled(item.id, { status: mode.text }))
                  : saveTime(mode.value)
              }
            >
              {t('common.save')}
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              disabled={busy}
              onClick={() => setMode({ kind: 'view' })}
            >
              {t('scheduledPage.back')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="scheduled-cancel"
          disabled={busy}
          onClick={() => void cancel()}
        >
          {t('scheduledPage.cancel')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </li>
  );
}
