import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Call, NoteVisibility } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { matchingSkills } from './call-helpers.ts';

/**
 * Joining in one tap: the call's skills that match the person's profile come ticked, a note is
 * optional, and the person chooses whether the note is public or for the organisers only.
 */
export function JoinForm(props: {
  call: Call;
  onJoined: (call: Call) => void;
  onCancel: () => void;
}) {
  const { call } = props;
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('organisers');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
    let active = true;
    void api.mySkills().then((result) => {
      if (!active || !result.ok) return;
      const mine = matchingSkills(
        call,
        result.value.map((s) => s.name),
      );
      if (mine.length > 0) setChosen(new Set(mine));
    });
    return () => {
      active = false;
    };
  }, [api, call]);

  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    setChosen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.size === 0 || busy) return;
    setBusy(true);
    const result = await api.joinCall(call.id, {
      skills: [...chosen],
      ...(note.trim() ? { note: note.trim() } : {}),
      note_visibility: visibility,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    props.onJoined(result.value);
  };

  return (
    <form
      className="join-form stack"
      onSubmit={submit}
      aria-label={t('calls.join.label', { title: call.title })}
      data-testid="call-join-form"
    >
      <fieldset className="stack">
        <legend>{t('calls.join.skills')}</legend>
        {call.skills.map((skill, index) => (
          <label key={skill.name} className="field field-inline">
            <input
              ref={index === 0 ? first : undefined}
              type="checkbox"
              data-testid="call-join-skill"
              value={skill.name}
              checked={chosen.has(skill.name)}
              onChange={(event) => toggle(skill.name, event.target.checked)}
            />
            <span dir="auto">{skill.name}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('calls.join.note')}</span>
        <textarea
          data-testid="call-join-note"
          dir="auto"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <fieldset className="stack">
        <legend>{t('calls.join.noteVisibility')}</legend>
        {(['organisers', 'public'] as const).map((value) => (
          <label key={value} className="field field-inline">
            <input
              type="radio"
              name={`${id}-visibility`}
              data-testid={`call-join-note-${value}`}
              checked={visibility === value}
              onChange={() => setVisibility(value)}
            />
            <span>{t(`calls.join.note.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="row">
        <button
          type="submit"
          className="button"
          data-testid="call-join-submit"
          disabled={chosen.size === 0 || busy}
        >
          {t('calls.join.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t('calls.join.cancel')}
        </button>
      </div>
    </form>
  );
}
