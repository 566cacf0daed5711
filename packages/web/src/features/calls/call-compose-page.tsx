import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { NewCall } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, PageHeader } from '../../ui/feedback.tsx';
import { joinScaffold } from '../coach/coach-rules.ts';
import { useComposerCoach } from '../coach/use-composer-coach.tsx';
import { localInputToIso } from './call-helpers.ts';

interface SkillRow {
  key: number;
  name: string;
  wanted: string;
}

const parts = ['observation', 'feeling', 'need', 'request'] as const;

/**
 * Publishing a call to action: a title, the why (the coach reads it as it does any post, and
 * the observation / feeling / need / request scaffold helps write it), the skills each with a
 * number wanted, a deadline, and optionally a flash moment and a place.
 */
export function CallComposePage() {
  const api = useApi();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [scaffold, setScaffold] = useState({ observation: '', feeling: '', need: '', request: '' });
  const [skills, setSkills] = useState<SkillRow[]>([{ key: 0, name: '', wanted: '1' }]);
  const [deadline, setDeadline] = useState('');
  const [flashAt, setFlashAt] = useState('');
  const [place, setPlace] = useState('');
  const [visibility, setVisibility] = useState<NewCall['visibility']>('public');
  const [error, setError] = useState<ApiError | null>(null);
  const nextKey = useRef(1);
  const whyRef = useRef<HTMLTextAreaElement>(null);

  const publish = async (text: string): Promise<boolean> => {
    const deadlineIso = localInputToIso(deadline);
    if (!deadlineIso) return false;
    const flashIso = localInputToIso(flashAt);
    const result = await api.createCall({
      title: title.trim(),
      description: text.trim(),
      skills: skills
        .filter((s) => s.name.trim() !== '')
        .map((s) => ({ name: s.name.trim(), wanted: Math.max(1, Number(s.wanted) || 1) })),
      deadline: deadlineIso,
      ...(flashIso ? { flash_at: flashIso } : {}),
      ...(place.trim() ? { place: place.trim() } : {}),
      visibility,
    });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    navigate(`/calls/${result.value.id}`);
    return true;
  };

  const coach = useComposerCoach({
    mode: 'edit',
    signedIn: true,
    text: why,
    setText: setWhy,
    publish,
    onError: setError,
    focusComposer: () => whyRef.current?.focus(),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !why.trim() || !deadline) return;
    if (!(await coach.beforePublish())) return;
    await publish(why);
  };

  const setSkill = (key: number, change: Partial<SkillRow>) =>
    setSkills(skills.map((s) => (s.key === key ? { ...s, ...change } : s)));

  return (
    <>
      <PageHeader title={t('calls.compose.title')}>
        <p className="page-lede">{t('calls.compose.lede')}</p>
      </PageHeader>
      {coach.panel}
      <form className="card stack" onSubmit={submit} data-testid="call-compose">
        <label className="field">
          <span>{t('calls.compose.name')}</span>
          <input
            data-testid="call-title"
            dir="auto"
            value={title}
            maxLength={120}
            required
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('calls.compose.why')}</span>
          <textarea
            ref={whyRef}
            data-testid="call-why"
            dir="auto"
            rows={4}
            maxLength={2000}
            required
            value={why}
            onFocus={coach.onFocus}
            onChange={(event) => setWhy(event.target.value)}
          />
        </label>
        {coach.live}
        <details className="coach-scaffold">
          <summary>{t('calls.compose.scaffold')}</summary>
          <p className="hint">{t('calls.compose.scaffoldHelp')}</p>
          {parts.map((part) => (
            <label key={part} className="field">
              <span>{t(`coach.scaffold.${part}`)}</span>
              <input
                data-testid={`call-scaffold-${part}`}
                dir="auto"
                value={scaffold[part]}
                onChange={(event) => setScaffold({ ...scaffold, [part]: event.target.value })}
              />
            </label>
          ))}
          <button
            type="button"
            className="button button-quiet"
            data-testid="call-use-scaffold"
            onClick={() => setWhy(joinScaffold(scaffold))}
          >
            {t('calls.compose.useScaffold')}
          </button>
        </details>
        <fieldset className="stack">
          <legend>{t('calls.compose.skills')}</legend>
          {skills.map((s, index) => (
            <div key={s.key} className="row" data-testid="call-skill-row">
              <label className="field">
                <span>{t('calls.compose.skillName', { n: index + 1 })}</span>
                <input
                  data-testid="call-skill-name"
                  dir="auto"
                  value={s.name}
                  maxLength={60}
                  required={index === 0}
                  onChange={(event) => setSkill(s.key, { name: event.target.value })}
                />
              </label>
              <label className="field">
                <span>{t('calls.compose.wanted')}</span>
                <input
                  data-testid="call-skill-wanted"
                  type="number"
                  min={1}
                  max={100000}
                  value={s.wanted}
                  onChange={(event) => setSkill(s.key, { wanted: event.target.value })}
                />
              </label>
              {skills.length > 1 ? (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => setSkills(skills.filter((x) => x.key !== s.key))}
                >
                  {t('calls.compose.removeSkill')}
                </button>
              ) : null}
            </div>
          ))}
          {skills.length < 20 ? (
            <button
              type="button"
              className="button button-quiet"
              data-testid="call-add-skill"
              onClick={() => {
                setSkills([...skills, { key: nextKey.current, name: '', wanted: '1' }]);
                nextKey.current += 1;
              }}
            >
              {t('calls.compose.addSkill')}
            </button>
          ) : null}
        </fieldset>
        <label className="field">
          <span>{t('calls.compose.deadline')}</span>
          <input
            data-testid="call-deadline"
            type="datetime-local"
            required
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('calls.compose.flash')}</span>
          <input
            data-testid="call-flash"
            type="datetime-local"
            // To the second: a flash moment is everyone acting at once.
            step={1}
            value={flashAt}
            onChange={(event) => setFlashAt(event.target.value)}
          />
          <span className="hint">{t('calls.compose.flashHelp')}</span>
        </label>
        <label className="field">
          <span>{t('calls.compose.place')}</span>
          <input
            data-testid="call-place"
            dir="auto"
            maxLength={200}
            value={place}
            onChange={(event) => setPlace(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('calls.compose.visibility')}</span>
          <select
            value={visibility}
            onChange={(event) => setVisibility(event.target.value as NewCall['visibility'])}
          >
            <option value="public">{t('visibility.public.label')}</option>
            <option value="unlisted">{t('visibility.unlisted.label')}</option>
            <option value="private">{t('visibility.private.label')}</option>
          </select>
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <button type="submit" className="button" data-testid="call-publish">
          {t('calls.compose.publish')}
        </button>
      </form>
    </>
  );
}
