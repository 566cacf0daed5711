import type { Analysis } from '@empathie/engine';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { CoachOutcomeInput, DraftInput } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { CoachLive } from './coach-live.tsx';
import {
  buildOutcome,
  decidePause,
  outcomeOf,
  type PauseDecision,
  type PauseMode,
} from './coach-rules.ts';
import { type PanelChoice, PausePanel } from './pause-panel.tsx';
import { useCoachEngine, useDebouncedAnalysis } from './use-coach-engine.ts';
import { useCoachSettingsLoader } from './use-coach-settings.ts';

export interface ComposerCoachOptions {
  /** "edit" for a published post being changed: no "send later" nor draft then. */
  mode?: PauseMode;
  signedIn: boolean;
  text: string;
  setText: (text: string) => void;
  /** Publishes `text` (at `scheduledAt` when given); true when the server accepted it. */
  publish: (text: string, scheduledAt?: string) => Promise<boolean>;
  /** Everything but the text, for "save as draft" (a new post only). */
  draftFields?: () => Omit<DraftInput, 'text'>;
  onDraftSaved?: () => void;
  onError: (error: ApiError) => void;
  focusComposer: () => void;
  /**
   * Other words the reader will see with the post (a poll's choices, one per line): read live
   * and shown apart. The pause stays about the text, the one thing its rewrite can change.
   */
  alsoRead?: string;
}

interface OpenPause {
  draft: string;
  before: Analysis;
  decision: PauseDecision;
}

/**
 * The coach's part of a composer: live reading under the text, and the pause panel on publish.
 * A pause and any "edit" that follows are one episode, recorded once with the first reading.
 */
export function useComposerCoach(options: ComposerCoachOptions) {
  const { text, setText, publish } = options;
  const mode = options.mode ?? 'compose';
  const api = useApi();
  const { settings, load: loadSettings } = useCoachSettingsLoader(options.signedIn);
  const coachOn = settings?.coach_enabled === true;
  const { engine, state, ensureLoaded } = useCoachEngine(coachOn);
  const analysis = useDebouncedAnalysis(text, coachOn ? engine : null);
  const alsoRead = options.alsoRead ?? '';
  const alsoReading = coachOn && alsoRead.trim() !== '';
  const alsoAnalysis = useDebouncedAnalysis(alsoRead, alsoReading ? engine : null);
  // The first focus may come before the settings do (autofocus): load once both are there.
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (focused && coachOn) void ensureLoaded();
  }, [focused, coachOn, ensureLoaded]);
  const [pause, setPause] = useState<OpenPause | null>(null);
  const [busy, setBusy] = useState(false);
  const [canSendLater, setCanSendLater] = useState<boolean | null>(null);
  // Set when the person went back to edit: their next publish settles the episode.
  const episode = useRef<{ before: Analysis; usedSuggestion: boolean } | null>(null);
  // Whichever way the panel closes (Escape included), the keyboard goes back to the composer,
  // never to the page's body. After the dialog is gone, or its own focus return would win.
  const wasOpen = useRef(false);
  const focusComposer = useRef(options.focusComposer);
  focusComposer.current = options.focusComposer;
  useEffect(() => {
    if (pause) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const frame = requestAnimationFrame(() => focusComposer.current());
    return () => cancelAnimationFrame(frame);
  }, [pause]);

  const record = (outcome: CoachOutcomeInput) => {
    // Best effort: the figures must never stand between a person and their post.
    void api.recordCoachOutcome(outcome);
  };

  /** True when the composer may publish now; false when the pause panel opened instead. */
  const beforePublish = async (): Promise<boolean> => {
    // Pressed before the settings arrived (right after a reload): wait for them, never skip.
    const current = settings ?? (await loadSettings());
    if (!current?.coach_enabled) return true;
    const loaded = await ensureLoaded(true);
    if (!loaded) return true;
    const reading = loaded.analyze(text);
    const decision = decidePause(reading, current);
    if (decision.pause) {
      if (mode === 'compose' && canSendLater === null) {
        void api.supportsScheduledPosts().then(setCanSendLater);
      }
      setPause({ draft: text, before: reading, decision });
      return false;
    }
    const open = episode.current;
    if (open) {
      const outcome = open.usedSuggestion ? 'used_suggestion' : 'revised';
      record(buildOutcome(outcome, open.before, reading));
      episode.current = null;
    }
    return true;
  };

  const choose = async (choice: PanelChoice) => {
    if (!pause) return;
    const first = episode.current ?? { before: pause.before, usedSuggestion: false };
    const usedSuggestion = first.usedSuggestion || choice.usedSuggestion;
    if (choice.kind === 'edit') {
      episode.current = { before: first.before, usedSuggestion };
      setText(choice.text);
      setPause(null);
      options.focusComposer();
      return;
    }
    const outcome = outcomeOf(choice.kind, usedSuggestion);
    const settle = () => {
      if (outcome) record(buildOutcome(outcome, first.before, choice.after));
      episode.current = null;
      setPause(null);
    };
    if (choice.kind === 'cancel') return settle();
    setBusy(true);
    if (choice.kind === 'save_draft') {
      // The panel offers drafts only to a new post, whose composer gives its fields.
      if (!options.draftFields) return setBusy(false);
      const result = await api.saveDraft({ ...options.draftFields(), text: choice.text });
      setBusy(false);
      if (!result.ok) return options.onError(result.error);
      settle();
      setText('');
      options.onDraftSaved?.();
      return;
    }
    const minutes = settings?.cool_down_minutes ?? 10;
    const scheduledAt =
      choice.kind === 'send_later'
        ? new Date(Date.now() + minutes * 60_000).toISOString()
        : undefined;
    setText(choice.text);
    const published = await publish(choice.text, scheduledAt);
    setBusy(false);
    if (published) settle();
    else setPause(null); // the composer shows why
  };

  const live: ReactNode = coachOn ? (
    <CoachLive
      text={text}
      analysis={analysis}
      state={state}
      threshold={settings?.score_threshold ?? null}
    />
  ) : null;
  // Loading and failure are already said under the text: this reading only adds what it finds.
  const liveAlso: ReactNode = alsoReading ? (
    <CoachLive
      text={alsoRead}
      analysis={alsoAnalysis}
      state={state === 'ready' ? 'ready' : 'idle'}
      threshold={settings?.score_threshold ?? null}
    />
  ) : null;
  const panel: ReactNode =
    pause && engine && settings ? (
      <PausePanel
        mode={mode}
        draft={pause.draft}
        before={pause.before}
        decision={pause.decision}
        engine={engine}
        canSendLater={mode === 'compose' && canSendLater === true}
        coolDownMinutes={settings.cool_down_minutes}
        busy={busy}
        onChoose={(choice) => void choose(choice)}
      />
    ) : null;

  return {
    live,
    liveAlso,
    panel,
    onFocus: () => setFocused(true),
    beforePublish,
  };
}
