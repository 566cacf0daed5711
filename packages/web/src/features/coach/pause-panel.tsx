import type { Analysis, Engine, OfnrScaffold } from '@empathie/engine';
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CoachLive } from './coach-live.tsx';
import {
  highestScore,
  joinScaffold,
  type PanelChoiceKind,
  type PauseDecision,
  type PauseMode,
  panelChoices,
  scoreLevel,
} from './coach-rules.ts';
import { useDebouncedAnalysis } from './use-coach-engine.ts';

export interface PanelChoice {
  kind: PanelChoiceKind;
  /** The text as it stands in the panel (the original draft for "post anyway"). */
  text: string;
  usedSuggestion: boolean;
  /** The panel text's reading when the choice was made. */
  after: Analysis;
}

export interface PausePanelProps {
  /** "edit" when the person is changing a post already published. */
  mode: PauseMode;
  draft: string;
  before: Analysis;
  decision: PauseDecision;
  engine: Engine;
  canSendLater: boolean;
  coolDownMinutes: number;
  busy: boolean;
  onChoose: (choice: PanelChoice) => void;
}

const scaffoldParts = ['observation', 'feeling', 'need', 'request'] as const;

const choiceTestIds: Record<PanelChoiceKind, string> = {
  publish: 'coach-publish',
  edit: 'coach-edit',
  send_later: 'coach-send-later',
  save_draft: 'coach-save-draft',
  post_anyway: 'coach-post-anyway',
  cancel: 'coach-cancel',
};

// "send_later" is worded with its minutes, apart.
type LabelledChoice = Exclude<PanelChoiceKind, 'send_later'>;
const composeLabels: Record<LabelledChoice, MessageKey> = {
  publish: 'coach.publishVersion',
  edit: 'coach.edit',
  save_draft: 'coach.saveDraft',
  post_anyway: 'coach.postAnyway',
  cancel: 'coach.cancel',
};
// An edit saves a post that is already out: the same choices, worded as saving.
const choiceLabels: Record<PauseMode, Record<LabelledChoice, MessageKey>> = {
  compose: composeLabels,
  edit: {
    ...composeLabels,
    publish: 'coach.saveVersion',
    post_anyway: 'coach.saveAnyway',
    cancel: 'coach.cancelEdit',
  },
};

/** Choices that would send or keep the panel's text: none makes sense with an empty one. */
const needsText: ReadonlySet<PanelChoiceKind> = new Set(['publish', 'send_later', 'save_draft']);

/**
 * The pause before a post that may hurt: what a reader may feel, why, a calmer way to say it,
 * and every choice left to the author. A modal <dialog> keeps focus inside and turns Escape
 * into "cancel".
 */
export function PausePanel(props: PausePanelProps) {
  const { mode, draft, before, decision, engine, canSendLater, coolDownMinutes, busy, onChoose } =
    props;
  const { t, language } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState(draft);
  const [usedSuggestion, setUsedSuggestion] = useState(false);
  const [scaffold, setScaffold] = useState<OfnrScaffold>(before.coach.scaffold);
  const live = useDebouncedAnalysis(text, engine);
  const now = text === draft ? before : (live ?? before);
  const changed = text.trim() !== draft.trim();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    titleRef.current?.focus();
    return () => dialog.close();
  }, []);

  const choose = (kind: PanelChoiceKind) => {
    const current = text === draft ? before : engine.analyze(text);
    onChoose({
      kind,
      text: kind === 'post_anyway' ? draft : text,
      usedSuggestion,
      after: kind === 'post_anyway' ? before : current,
    });
  };

  const takeText = (next: string) => {
    setText(next);
    setUsedSuggestion(true);
  };

  const feels = decision.attributes.length
    ? decision.attributes.map((attribute) => t(`coach.feels.${attribute}`)).join(', ')
    : t('coach.feels.generic');
  const rewrite = before.coach.rewrite;
  const levelBefore = scoreLevel(highestScore(before));
  const levelNow = scoreLevel(highestScore(now));

  return (
    <dialog
      ref={dialogRef}
      className="coach-panel"
      data-testid="coach-panel"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-feels`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) choose('cancel');
      }}
    >
      <div className="coach-panel-body">
        <h2 id={`${id}-title`} ref={titleRef} tabIndex={-1} className="section-title">
          {t('coach.panelTitle')}
        </h2>
        <p id={`${id}-feels`}>{t('coach.readerMayFeel', { feelings: feels })}</p>

        {before.coach.findings.length > 0 ? (
          <section aria-labelledby={`${id}-why`}>
            <h3 id={`${id}-why`}>{t('coach.whyTitle')}</h3>
            <ul className="coach-findings">
              {before.coach.findings.map((finding) => (
                <li key={`${finding.kind}-${finding.begin}`}>
                  <strong>{t(`coach.kind.${finding.kind}`)}</strong>
                  {' — '}
                  <mark className="coach-mark">
                    <span aria-hidden="true">⚠ </span>
                    {draft.slice(finding.begin, finding.end)}
                  </mark>
                  <p>{finding.explanation[language]}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <label className="field">
          <span>{t('coach.yourMessage')}</span>
          <textarea
            data-testid="coach-draft"
            dir="auto"
            className="compose-text"
            rows={4}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <CoachLive text={text} analysis={live} state="ready" />
        <p className="coach-level" data-testid="coach-level" data-level={levelNow}>
          {t('coach.levelChange', {
            before: t(`coach.level.${levelBefore}`),
            now: t(`coach.level.${levelNow}`),
          })}
        </p>

        {rewrite ? (
          <section className="coach-suggestion" aria-labelledby={`${id}-suggestion`}>
            <h3 id={`${id}-suggestion`}>{t('coach.suggestionTitle')}</h3>
            <p lang={before.language === 'und' ? undefined : before.language}>{rewrite}</p>
            <button
              type="button"
              className="button button-small"
              data-testid="coach-use-suggestion"
              onClick={() => takeText(rewrite)}
            >
              {t('coach.useSuggestion')}
            </button>
          </section>
        ) : null}

        <details className="coach-scaffold" open={!rewrite}>
          <summary>{t('coach.scaffoldTitle')}</summary>
          <p className="hint">{t('coach.scaffoldHelp')}</p>
          {scaffoldParts.map((part) => (
            <label key={part} className="field">
              <span>{t(`coach.scaffold.${part}`)}</span>
              <input
                data-testid={`coach-scaffold-${part}`}
                value={scaffold[part]}
                onChange={(event) => setScaffold({ ...scaffold, [part]: event.target.value })}
              />
            </label>
          ))}
          <button
            type="button"
            className="button button-quiet button-small"
            data-testid="coach-use-scaffold"
            onClick={() => takeText(joinScaffold(scaffold))}
          >
            {t('coach.useScaffold')}
          </button>
        </details>
      </div>

      <div className="coach-choices">
        {panelChoices(mode, { changed, canSendLater }).map((kind) => (
          <button
            key={kind}
            type="button"
            className={kind === 'publish' ? 'button' : 'button button-quiet'}
            data-testid={choiceTestIds[kind]}
            disabled={busy || (needsText.has(kind) && text.trim() === '')}
            onClick={() => choose(kind)}
          >
            {kind === 'send_later'
              ? t('coach.sendLater', { minutes: coolDownMinutes })
              : t(choiceLabels[mode][kind])}
          </button>
        ))}
      </div>
    </dialog>
  );
}
