import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status, Visibility } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { failureKey } from '../scheduled/failure-labels.ts';
import { failureOf } from '../scheduled/scheduled-rules.ts';
import type { PendingHold } from './undo-context.tsx';
import {
  announcedSeconds,
  closesAt,
  formatCountdown,
  pickPublished,
  secondsLeft,
} from './undo-rules.ts';
import { useNow } from './use-now.ts';
import { watchPublication } from './watch-publication.ts';

type Phase =
  | { kind: 'waiting' }
  | { kind: 'undoing' }
  | { kind: 'publishing' }
  | { kind: 'published'; status: Status | null }
  | { kind: 'failed'; held: ScheduledStatus }
  | { kind: 'undone'; where: 'composer' | 'draft' }
  | { kind: 'too-late' }
  | { kind: 'unknown' };

// Messages that need no answer leave by themselves; the others wait to be closed.
const LINGER_MS = 6000;

export function UndoToast(props: { pending: PendingHold; onDone: () => void }) {
  const { held, handlers, total } = props.pending;
  const { onDone } = props;
  const api = useApi();
  const me = useMe();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'waiting' });
  const [error, setError] = useState<ApiError | null>(null);
  const now = useNow(phase.kind === 'waiting' || phase.kind === 'undoing' ? 250 : null);
  const left = secondsLeft(held, now);

  const watch = useRef<AbortController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one watch per held post
  useEffect(() => {
    const controller = new AbortController();
    watch.current = controller;
    void watchPublication({
      held,
      signal: controller.signal,
      // The first page holds it: it is the newest waiting post unless more were held since.
      fetchWaiting: () => api.scheduledList({ limit: 40 }),
      fetchLatest: () => (me ? api.accountStatuses(me.id, { limit: 10 }) : Promise.resolve(null)),
      pick: pickPublished,
      waitUntil: closesAt(held),
    }).then((outcome) => {
      if (outcome.kind === 'stopped') return;
      if (outcome.kind === 'failed') return setPhase({ kind: 'failed', held: outcome.held });
      if (outcome.kind === 'unknown') return setPhase({ kind: 'unknown' });
      if (outcome.status) handlers.onPublished(outcome.status);
      setPhase({ kind: 'published', status: outcome.status });
    });
    return () => controller.abort();
  }, [held.id]);

  useEffect(() => {
    if (phase.kind !== 'published' && phase.kind !== 'undone' && phase.kind !== 'too-late') return;
    const timer = setTimeout(onDone, LINGER_MS);
    return () => clearTimeout(timer);
  }, [phase.kind, onDone]);

  useEffect(() => {
    if (left === 0 && phase.kind === 'waiting') setPhase({ kind: 'publishing' });
  }, [left, phase.kind]);

  const undo = async () => {
    setPhase({ kind: 'undoing' });
    const result = await api.deleteScheduled(held.id);
    if (!result.ok) {
      // 404: the window closed on the way; the watch still brings the published post in.
      if (result.error.kind === 'http' && result.error.status === 404) {
        return setPhase({ kind: 'too-late' });
      }
      setError(result.error);
      return setPhase({ kind: 'waiting' });
    }
    // Gone for good: the watch must not mistake the cancelled post for a published one.
    watch.current?.abort();
    setError(null);
    if (handlers.restore(held)) return setPhase({ kind: 'undone', where: 'composer' });
    // The composer it came from is gone: a draft keeps the text, and the composer opens on it.
    const draft = await api.saveDraft({
      text: held.params.text,
      spoiler_text: held.params.spoiler_text ?? '',
      visibility: held.params.visibility as Visibility,
      language: held.params.language,
      in_reply_to_id: held.params.in_reply_to_id,
    });
    setPhase({ kind: 'undone', where: 'draft' });
    navigate(draft.ok ? `/compose?draft=${encodeURIComponent(draft.value.id)}` : '/compose');
  };

  const spoken = announcedSeconds(left, total);
  return (
    <section className="undo-toast" data-testid="undo-toast" data-phase={phase.kind}>
      <p className="visually-hidden" role="status">
        {phase.kind === 'waiting' && spoken !== null && spoken > 0
          ? t('undo.announce', { time: formatCountdown(spoken) })
          : phase.kind === 'published'
            ? t('undo.published')
            : phase.kind === 'undone'
              ? t(phase.where === 'composer' ? 'undo.undone' : 'undo.undoneDraft')
              : phase.kind === 'too-late'
                ? t('undo.tooLate')
                : ''}
      </p>
      {phase.kind === 'waiting' || phase.kind === 'undoing' ? (
        <>
          <p className="undo-text" aria-hidden="true">
            {t('undo.postingIn', { time: formatCountdown(left) })}
          </p>
          <button
            type="button"
            className="button button-small"
            data-testid="undo-post"
            disabled={phase.kind === 'undoing'}
            onClick={() => void undo()}
          >
            {t('undo.undo')}
          </button>
        </>
      ) : null}
      {phase.kind === 'publishing' ? <p className="undo-text">{t('undo.publishing')}</p> : null}
      {phase.kind === 'published' ? (
        <p className="undo-text">
          {t('undo.published')}{' '}
          {phase.status ? (
            <Link to={`/statuses/${phase.status.id}`} data-testid="undo-see">
              {t('undo.see')}
            </Link>
          ) : null}
        </p>
      ) : null}
      {phase.kind === 'undone' ? (
        <p className="undo-text">
          {t(phase.where === 'composer' ? 'undo.undone' : 'undo.undoneDraft')}
        </p>
      ) : null}
      {phase.kind === 'too-late' ? <p className="undo-text">{t('undo.tooLate')}</p> : null}
      {phase.kind === 'unknown' ? (
        <p className="undo-text">
          {t('undo.unknown')} <Link to="/scheduled">{t('undo.check')}</Link>
        </p>
      ) : null}
      {phase.kind === 'failed' ? (
        <div className="undo-text" role="alert">
          <p>{t('undo.failed', { reason: t(failureKey(failureOf(phase.held) ?? 'other')) })}</p>
          <Link to="/scheduled" data-testid="undo-fix">
            {t('undo.fix')}
          </Link>
        </div>
      ) : null}
      {phase.kind !== 'waiting' && phase.kind !== 'undoing' && phase.kind !== 'publishing' ? (
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="undo-close"
          onClick={onDone}
        >
          {t('undo.close')}
        </button>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
