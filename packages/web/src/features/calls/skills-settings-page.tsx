import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { ProfileSkill } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';

/**
 * The skills on my profile: public ones are shown on it, private ones only match calls to
 * action for me and are never shown to anyone.
 */
export function SkillsSettingsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [skills, setSkills] = useState<ProfileSkill[] | null>(null);
  const [name, setName] = useState('');
  const [isPublic, setIsPublic] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void api.mySkills().then((result) => {
      if (result.ok) setSkills(result.value);
      else setError(result.error);
    });
  }, [api]);

  const save = async (next: ProfileSkill[]) => {
    const result = await api.saveMySkills(next);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSkills(result.value);
    setAnnouncement(t('common.saved'));
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!skills || !name.trim()) return;
    await save([...skills, { name: name.trim(), public: isPublic }]);
    setName('');
    input.current?.focus();
  };

  return (
    <>
      <PageHeader title={t('skills.title')}>
        <p className="page-lede">{t('skills.lede')}</p>
      </PageHeader>
      {error ? <ErrorNotice error={error} /> : null}
      {skills === null ? <Loading /> : null}
      <ul className="link-list">
        {(skills ?? []).map((s) => (
          <li key={s.name} className="card row" data-testid="skill-item">
            <strong dir="auto">{s.name}</strong>
            <span className="pill">{t(s.public ? 'skills.public' : 'skills.private')}</span>
            <button
              type="button"
              className="button button-quiet button-small row-end"
              onClick={() => void save((skills ?? []).filter((x) => x.name !== s.name))}
            >
              {t('skills.remove', { name: s.name })}
            </button>
          </li>
        ))}
      </ul>
      <form className="card stack" onSubmit={add} data-testid="skill-form">
        <label className="field">
          <span>{t('skills.name')}</span>
          <input
            ref={input}
            data-testid="skill-name"
            dir="auto"
            maxLength={60}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field field-inline">
          <input
            type="checkbox"
            data-testid="skill-public"
            checked={isPublic}
            onChange={(event) => setIsPublic(event.target.checked)}
          />
          <span>{t('skills.showOnProfile')}</span>
        </label>
        <p className="hint">{t('skills.privateHelp')}</p>
        <button type="submit" className="button" data-testid="skill-add">
          {t('skills.add')}
        </button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
