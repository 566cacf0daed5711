import { type FormEvent, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { isUiLanguage } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';

// Editing starts from the plain-text source (the server keeps every earlier version).
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text === null) return;
    setSaving(true);
    const result = await api.editStatus(status.id, {
      status: text,
      spoiler_text: warning,
      sensitive: warning.trim() !== '',
      language: isUiLanguage(status.language) ? status.language : language,
    });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  if (text === null) return error ? <ErrorNotice error={error} /> : <Loading />;
  return (
    <form className="stack" onSubmit={submit}>
      <label className="field">
        <span>{t('compose.warningLabel')}</span>
        <input value={warning} onChange={(event) => setWarning(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('status.editLabel')}</span>
        <textarea
          value={text}
          rows={4}
          data-testid="status-edit-text"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
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
  );
}
