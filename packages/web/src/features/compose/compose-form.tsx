import {
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Draft } from '../../api/empathie.types.ts';
import type { Status, UiLanguage, Visibility } from '../../api/mastodon.types.ts';
import { isHeld } from '../../api/scheduled-endpoints.ts';
import { useInstance } from '../../app/instance-context.tsx';
import { useApi } from '../../app/services-context.tsx';
import { isUiLanguage } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { useComposerCoach } from '../coach/use-composer-coach.tsx';
import { useHeldPost } from '../undo/use-held-post.ts';
import { measureDraft, replyPrefix, visibilities } from './compose-helpers.ts';
import {
  type DraftPlace,
  deviceStorage,
  forgetLocalDraft,
  localDraftKey,
  readLocalDraft,
  writeLocalDraft,
} from './local-draft.ts';
import { AddImagesButton, MediaPicker } from './media-picker.tsx';
import { emptyPollDraft, type PollDraft, pollDraftProblem, toNewPoll } from './poll-draft.ts';
import { PollEditor } from './poll-editor.tsx';
import { ReplyPolicySelect, useReplyPolicy } from './reply-policy-select.tsx';
import { useMediaDrafts } from './use-media-drafts.ts';

export interface ComposeFormProps {
  replyTo?: Status;
  onPosted?: (status: Status) => void;
  autoFocus?: boolean;
  /** A saved draft to start from; it is deleted once published. */
  draft?: Draft;
}

// Self-contained on purpose: the empathy coach plugs in through useComposerCoach.
export function ComposeForm(props: ComposeFormProps) {
  const { replyTo, onPosted, autoFocus = false, draft } = props;
  const api = useApi();
  const me = useMe();
  const { t, language: uiLanguage } = useI18n();
  const { maxCharacters } = useInstance();
  const id = useId();

  // What was typed here before a reload, a navigation or a crash, kept on this device.
  const [local] = useState(() => {
    if (!me) return { key: null, kept: null, starting: '' };
    const place: DraftPlace = draft
      ? { kind: 'draft', draftId: draft.id }
      : replyTo
        ? { kind: 'reply', statusId: replyTo.id }
        : { kind: 'new' };
    const key = localDraftKey(me.id, place);
    const starting = draft
      ? draft.text
      : replyTo
        ? replyPrefix(
            replyTo.account.acct,
            replyTo.mentions.map((mention) => mention.acct),
            me.acct,
          )
        : '';
    return { key, kept: readLocalDraft(deviceStorage(), key), starting };
  });
  const kept = local.kept;
  const [restored, setRestored] = useState(kept !== null);

  const [text, setText] = useState(() => kept?.text ?? local.starting);
  const [warningOn, setWarningOn] = useState(
    kept
      ? kept.warningOn
      : draft
        ? draft.spoiler_text !== ''
        : replyTo
          ? replyTo.spoiler_text !== ''
          : false,
  );
  const [warning, setWarning] = useState(
    kept?.warning ?? draft?.spoiler_text ?? replyTo?.spoiler_text ?? '',
  );
  const [visibility, setVisibility] = useState<Visibility>(
    kept
      ? kept.visibility
      : draft
        ? draft.visibility
        : replyTo?.visibility === 'direct' || replyTo?.visibility === 'private'
          ? replyTo.visibility
          : (me?.source?.privacy ?? 'public'),
  );
  const [language, setLanguage] = useState<UiLanguage>(
    kept
      ? kept.language
      : isUiLanguage(draft?.language)
        ? draft.language
        : isUiLanguage(me?.source?.language)
          ? me.source.language
          : uiLanguage,
  );

  // Kept as it is typed (synchronously: a crash a moment later loses nothing).
  useEffect(() => {
    if (!local.key) return;
    writeLocalDraft(
      deviceStorage(),
      local.key,
      { text, warning, warningOn, visibility, language },
      local.starting,
    );
  }, [local, text, warning, warningOn, visibility, language]);
  const [replyPolicy, setReplyPolicy] = useReplyPolicy(me !== null);
  const [poll, setPoll] = useState<PollDraft | null>(null);
  const pollBlocked = poll !== null && pollDraftProblem(poll) !== null;
  // Images, each with its description; a post of images alone may have no text.
  const media = useMediaDrafts();
  const withImages = media.drafts.length > 0;
  const cannotSend = (measure: { empty: boolean; overLimit: boolean }) =>
    (measure.empty && !media.ready) || measure.overLimit || pollBlocked || media.busy;
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const idempotencyKey = useRef(crypto.randomUUID());
  const textRef = useRef<HTMLTextAreaElement>(null);

  const measure = useMemo(() => measureDraft(text, maxCharacters), [text, maxCharacters]);

  // A post held for the undo window comes back here when undone; anything typed since stays too.
  const holdPost = useHeldPost({
    restore: (held) => {
      setText((current) =>
        current.trim() === '' ? held.params.text : `${held.params.text}\n\n${current}`,
      );
      setWarning(held.params.spoiler_text ?? '');
      setWarningOn(Boolean(held.params.spoiler_text));
      setVisibility(held.params.visibility as Visibility);
      if (isUiLanguage(held.params.language)) setLanguage(held.params.language);
      textRef.current?.focus();
    },
    onPublished: (status) => onPosted?.(status),
  });

  const discardKept = () => {
    if (local.key) forgetLocalDraft(deviceStorage(), local.key);
    setRestored(false);
    setText(local.starting);
    textRef.current?.focus();
  };

  const publish = async (body: string, scheduledAt?: string): Promise<boolean> => {
    setSending(true);
    const images = withImages ? await media.prepare() : { ok: true as const, ids: [] };
    if (!images.ok) {
      setSending(false);
      setError(images.error);
      return false;
    }
    const withWarning = warningOn && warning.trim() !== '';
    const result = await api.publishStatus(
      {
        status: body,
        visibility,
        language,
        reply_policy: replyPolicy,
        ...(withWarning ? { spoiler_text: warning.trim(), sensitive: true } : {}),
        ...(replyTo ? { in_reply_to_id: replyTo.id } : {}),
        ...(poll ? { poll: toNewPoll(poll) } : {}),
        ...(images.ids.length > 0 ? { media_ids: images.ids } : {}),
        // Every post gets the person's undo window; a scheduled one waits anyway. Only the
        // coach's pause sends for later here, after a draft that may hurt: when its time comes
        // it waits for a last look rather than leaving blindly.
        ...(scheduledAt
          ? { scheduled_at: scheduledAt, empathie_review: true }
          : // A poll is published at once: held posts do not carry polls yet (docs/api.md).
            poll || images.ids.length > 0
            ? {}
            : { undo_window: true }),
      },
      idempotencyKey.current,
    );
    setSending(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    idempotencyKey.current = crypto.randomUUID();
    setError(null);
    setText('');
    setWarning('');
    setWarningOn(false);
    setPoll(null);
    media.reset();
    setRestored(false);
    if (local.key) forgetLocalDraft(deviceStorage(), local.key);
    // The undo toast speaks for a post held for its window.
    const inUndoWindow = !scheduledAt && isHeld(result.value);
    setAnnouncement(inUndoWindow ? '' : t(scheduledAt ? 'coach.scheduled' : 'compose.posted'));
    if (draft) void api.deleteDraft(draft.id);
    // A held post (scheduled, or in its undo window) is not a post yet: nothing to open.
    if (!isHeld(result.value)) onPosted?.(result.value);
    else if (!scheduledAt) holdPost(result.value);
    return true;
  };

  const coach = useComposerCoach({
    signedIn: me !== null,
    text,
    setText,
    publish,
    draftFields: () => ({
      spoiler_text: warningOn ? warning.trim() : '',
      visibility,
      language,
      in_reply_to_id: replyTo?.id ?? null,
    }),
    onDraftSaved: () => setAnnouncement(t('coach.draftSaved')),
    onError: setError,
    focusComposer: () => textRef.current?.focus(),
    // A poll's choices and the images' descriptions are words the reader sees (or hears) too.
    alsoRead: [...(poll ? poll.options : []), ...media.drafts.map((d) => d.description)]
      .filter((words) => words.trim() !== '')
      .join('\n'),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (cannotSend(measure) || sending) return;
    if (!(await coach.beforePublish())) return;
    await publish(text);
  };

  // Ctrl+Enter (⌘+Enter on a Mac) publishes, through the pause when the coach asks for one.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };

  const counterId = `${id}-counter`;
  // The panel stays outside the form: Enter in one of its fields must not publish.
  return (
    <>
      {coach.panel}
      <form
        className="compose card"
        onSubmit={submit}
        aria-label={t('compose.title')}
        // Images dropped anywhere on the composer join the post.
        onDragOver={(event) => {
          if (me && event.dataTransfer.types.includes('Files')) event.preventDefault();
        }}
        onDrop={(event) => {
          if (!me || event.dataTransfer.files.length === 0) return;
          event.preventDefault();
          media.add(event.dataTransfer.files);
        }}
      >
        {warningOn ? (
          <label className="field">
            <span>{t('compose.warningLabel')}</span>
            <input
              data-testid="compose-cw"
              dir="auto"
              value={warning}
              maxLength={500}
              placeholder={t('compose.warningPlaceholder')}
              onChange={(event) => setWarning(event.target.value)}
            />
          </label>
        ) : null}
        <label className="field">
          <span className="visually-hidden">
            {replyTo ? t('compose.replyLabel') : t('compose.label')}
          </span>
          <textarea
            data-testid="compose-text"
            ref={textRef}
            className="compose-text"
            dir="auto"
            rows={replyTo ? 3 : 4}
            value={text}
            // biome-ignore lint/a11y/noAutofocus: only when the person asked to reply
            autoFocus={autoFocus}
            placeholder={replyTo ? t('compose.replyPlaceholder') : t('compose.placeholder')}
            aria-describedby={counterId}
            aria-invalid={measure.overLimit}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            onFocus={coach.onFocus}
            // A pasted image (a screenshot) joins the post; pasted text stays text.
            onPaste={(event) => {
              if (
                me &&
                event.clipboardData.files.length > 0 &&
                media.add(event.clipboardData.files) > 0
              ) {
                event.preventDefault();
              }
            }}
          />
        </label>
        {restored && text.trim() !== local.starting.trim() ? (
          <p className="compose-restored hint" data-testid="compose-restored">
            {t('compose.restored')}{' '}
            <button
              type="button"
              className="link-button"
              data-testid="compose-discard"
              onClick={discardKept}
            >
              {t('compose.discard')}
            </button>
          </p>
        ) : null}
        {coach.live}
        <div className="compose-meter" id={counterId}>
          <span
            className={`pill ${measure.short ? 'pill-short' : 'pill-long'}`}
            data-testid="compose-length-kind"
          >
            {measure.short ? t('compose.short') : t('compose.long')}
          </span>
          <span
            className={measure.overLimit ? 'counter counter-over' : 'counter'}
            data-testid="compose-counter"
          >
            {t('compose.counter', { count: measure.count, max: maxCharacters })}
          </span>
        </div>
        <div className="compose-options">
          <label className="field field-inline">
            <span>{t('compose.visibility')}</span>
            <select
              data-testid="compose-visibility"
              value={visibility}
              aria-describedby={`${id}-visibility-help`}
              onChange={(event) => setVisibility(event.target.value as Visibility)}
            >
              {visibilities.map((value) => (
                <option key={value} value={value}>
                  {t(`visibility.${value}.label`)}
                </option>
              ))}
            </select>
          </label>
          {me ? <ReplyPolicySelect value={replyPolicy} onChange={setReplyPolicy} /> : null}
          <label className="field field-inline">
            <span>{t('compose.language')}</span>
            <select
              data-testid="compose-language"
              value={language}
              onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'fr')}
            >
              <option value="fr">{t('language.fr')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </label>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-pressed={warningOn}
            data-testid="compose-cw-toggle"
            onClick={() => setWarningOn((value) => !value)}
          >
            {t('compose.warningToggle')}
          </button>
          {me ? <AddImagesButton media={media} /> : null}
          {me ? (
            <button
              type="button"
              className="button button-quiet button-small"
              aria-pressed={poll !== null}
              data-testid="compose-poll-toggle"
              onClick={() => setPoll((value) => (value ? null : emptyPollDraft()))}
            >
              {t('poll.editor.toggle')}
            </button>
          ) : null}
        </div>
        <MediaPicker media={media} />
        {poll ? (
          <PollEditor
            draft={poll}
            onChange={setPoll}
            onRemove={() => setPoll(null)}
            coach={coach.liveAlso}
          />
        ) : null}
        <p className="hint" id={`${id}-visibility-help`}>
          {t(`visibility.${visibility}.description`)}
        </p>
        {error ? <ErrorNotice error={error} /> : null}
        <div className="compose-submit">
          {me ? (
            <Link
              to="/scheduled"
              className="compose-scheduled-link"
              data-testid="compose-scheduled"
            >
              {t('nav.scheduled')}
            </Link>
          ) : null}
          <span className="visually-hidden" aria-live="polite">
            {measure.overLimit ? t('compose.overLimit', { max: maxCharacters }) : announcement}
          </span>
          <button
            type="submit"
            className="button"
            data-testid="compose-submit"
            disabled={cannotSend(measure) || sending}
          >
            {sending
              ? t('compose.sending')
              : replyTo
                ? t('compose.submitReply')
                : t('compose.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
