import type { Analysis } from '@empathie/engine';
import { useMemo } from 'react';
import type { Translate } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { decidePause, dominantEmotion, markedPassages, segmentMarks } from './coach-rules.ts';
import type { EngineState } from './use-coach-engine.ts';

/** "2 passages may hurt: “idiot”, “stupid”", or that nothing was marked. */
export function marksSummary(passages: readonly string[], t: Translate): string {
  if (passages.length === 0) return t('coach.marksNone');
  const quoted = passages.map((text) => t('coach.quote', { text })).join(', ');
  return passages.length === 1
    ? t('coach.marksOne', { passages: quoted })
    : t('coach.marksMany', { count: passages.length, passages: quoted });
}

/**
 * What the coach reads in the draft, under the composer: the emotion, the words that may hurt
 * (underlined and flagged with an icon and words, never by colour alone), and a polite live
 * summary for screen readers.
 */
export function CoachLive(props: {
  text: string;
  analysis: Analysis | null;
  state: EngineState;
  /** The person's pause threshold: marks and the pause then come from one judgement. */
  threshold?: number | null;
}) {
  const { text, analysis, state, threshold } = props;
  const { t } = useI18n();
  // The same judgement the pause makes: what is marked here either pauses or says why not.
  const decision = useMemo(
    () =>
      analysis
        ? decidePause(analysis, { coach_enabled: true, score_threshold: threshold ?? null })
        : null,
    [analysis, threshold],
  );
  const segments = useMemo(
    () => (decision ? segmentMarks(text, decision.marks) : []),
    [text, decision],
  );
  const passages = markedPassages(segments);
  const note = threshold !== undefined && passages.length > 0 ? decision?.note : null;

  const emotion = analysis ? dominantEmotion(analysis.emotions) : null;
  // The live region is always there, so its first message is announced too.
  return (
    <div className="coach-live">
      {state === 'loading' ? <p className="hint">{t('coach.loading')}</p> : null}
      {state === 'failed' ? <p className="hint">{t('coach.unavailable')}</p> : null}
      {emotion ? (
        <p className="coach-emotion" data-testid="coach-emotion" data-emotion={emotion}>
          <span aria-hidden="true">◐ </span>
          {t('coach.emotionRead', { emotion: t(`emotion.${emotion}`) })}
        </p>
      ) : null}
      {passages.length > 0 ? (
        <div className="coach-marks" data-testid="coach-marks" data-count={passages.length}>
          <span>{t('coach.marksLabel')}</span>
          <ul>
            {passages.map((passage, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same word may be marked twice
              <li key={index}>
                <mark className="coach-mark">
                  <span aria-hidden="true">⚠ </span>
                  {passage}
                </mark>
              </li>
            ))}
          </ul>
          {note ? (
            <p className="hint" data-testid="coach-note" data-note={note}>
              {t(`coach.note.${note}`)}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {analysis ? marksSummary(passages, t) : ''}
      </p>
    </div>
  );
}
