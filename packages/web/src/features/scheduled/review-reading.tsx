import { useEffect, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CoachLive } from '../coach/coach-live.tsx';
import { highestScore, scoreLevel } from '../coach/coach-rules.ts';
import { useCoachEngine } from '../coach/use-coach-engine.ts';

/**
 * The coach's reading of a post waiting for its last look: the same marks and emotion as under
 * the composer, and the risk in words. Read on the device, like every draft.
 */
export function ReviewReading(props: { text: string }) {
  const { t } = useI18n();
  const { engine, state, ensureLoaded } = useCoachEngine(true);
  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);
  const analysis = useMemo(
    () => (engine && props.text.trim() !== '' ? engine.analyze(props.text) : null),
    [engine, props.text],
  );
  const level = analysis ? scoreLevel(highestScore(analysis)) : null;
  return (
    <div className="review-reading">
      {level ? (
        <p className="coach-level" data-testid="scheduled-review-level" data-level={level}>
          {t('scheduledPage.reviewLevel', { level: t(`coach.level.${level}`) })}
        </p>
      ) : null}
      <CoachLive text={props.text} analysis={analysis} state={state} />
    </div>
  );
}
