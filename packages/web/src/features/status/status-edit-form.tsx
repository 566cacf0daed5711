import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { isUiLanguage } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { useComposerCoach } from '../coach/use-composer-coach.tsx';

// Editing starts from the plain-text source (the server keeps every earlier version).
// An edit reaches readers like a new post, so the coach pauses before saving it too.
export function StatusEditForm(props: {
  status: Status;
  onSaved: (status: Status) => void;
  onCancel: () => void;
}) {
  const { status, onSaved, onCancel } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const [warning, setWarning] = useState(status.spoiler_text);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let active = true;
    void api.statusSource(status.id).then((result) => {
      if (!active) return;
      if (result.ok) {
        setText(result.value.text);
        setWarning(result.value.spoiler_text);
      } else setError(result.error);
    });
    return () => {
      active = false;
    };
  }, [api, status.id]);

  const save = async (next: string): Promise<boolean> => {
    setSaving(true);
    const result = await api.editStatus(status.id, {
      status: next,
      spoiler_text: warning,
      sensitive: warning.trim() !== '',
      language: isUiLanguage(status.language) ? status.language : language,
    });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
    return result.ok;
  };

  // Only the author edits a post, so the person is signed in.
  const coach = useComposerCoach({
    mode: 'edit',
    signedIn: true,
    text: text ?? '',
    setText,
    publish: save,
    onError: setError,
    focusComposer: () => textRef.current?.focus(),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text === null || saving) return;
    if (!(await coach.beforePublish())) return;
    await save(text);
  };

  if (text === null) return error ? <ErrorNotice error={error} /> : <Loading />;
  // The panel stays outside the form: Enter in one of its fields must not save.
  return (
    <>
      {coach.panel}
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('compose.warningLabel')}</span>
          <input value={warning} onChange={(event) => setWarning(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('status.editLabel')}</span>
          <textarea
            dir="auto"
            ref={textRef}
            value={text}
            rows={4}
            data-testid="status-edit-text"
            onFocus={coach.onFocus}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {coach.live}
        {error ? <ErrorNotice error={error} /> : null}
        <div className="row">
          <button type="submit" className="button" disabled={saving} data-testid="status-edit-save">
            {t('common.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
