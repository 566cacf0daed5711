import { type FormEvent, useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { useComposerCoach } from '../coach/use-composer-coach.tsx';

/**
 * A short text (an update, a message to volunteers, an outcome) written with the coach, as any
 * post is: its live reading under the text, and its pause before sending when the text may hurt.
 */
export function CoachedTextForm(props: {
  label: string;
  submitLabel: string;
  testId: string;
  maxLength?: number;
  /** Sends the text; an error keeps it in the box. */
  send: (text: string) => Promise<ApiError | null>;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);

  const publish = async (value: string): Promise<boolean> => {
    const failed = await props.send(value.trim());
    setError(failed);
    if (failed) return false;
    setText('');
    setAnnouncement(t('calls.sent'));
    return true;
  };
  const coach = useComposerCoach({
    mode: 'edit',
    signedIn: true,
    text,
    setText,
    publish,
    onError: setError,
    focusComposer: () => ref.current?.focus(),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (!(await coach.beforePublish())) return;
    await publish(text);
  };

  return (
    <>
      {coach.panel}
      <form className="stack" onSubmit={submit} data-testid={props.testId}>
        <label className="field">
          <span>{props.label}</span>
          <textarea
            ref={ref}
            data-testid={`${props.testId}-text`}
            dir="auto"
            rows={3}
            maxLength={props.maxLength ?? 2800}
            value={text}
            onFocus={coach.onFocus}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {coach.live}
        {error ? <ErrorNotice error={error} /> : null}
        <button type="submit" className="button" data-testid={`${props.testId}-submit`}>
          {props.submitLabel}
        </button>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </form>
    </>
  );
}
