import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import {
  NOTICE_CATEGORIES,
  type NoticeCategory,
  type NoticeState,
} from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, PageHeader } from '../../ui/feedback.tsx';
import { categoryKey, formatWhen, outcomeKey } from '../moderation/labels.ts';
import '../moderation/moderation.css';

/**
 * Notify illegal content, with or without an account (DSA Art. 16): the address of the content,
 * the kind of illegality, an explanation, a name and e-mail (optional for child safety), and a
 * good-faith statement. The acknowledgement gives a reference; the decision is read here with it.
 */
export function NoticePage() {
  const api = useApi();
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [category, setCategory] = useState<NoticeCategory>('threats');
  const [explanation, setExplanation] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [goodFaith, setGoodFaith] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<{ reference: string; message: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!goodFaith) return;
    setBusy(true);
    const result = await api.sendNotice({
      url: url.trim(),
      category,
      explanation,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
      good_faith: true,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSent(result.value);
  };

  const optional = category === 'child_safety';
  return (
    <section className="stack">
      <PageHeader title={t('notice.title')} />
      <p>{t('notice.intro')}</p>
      {sent ? (
        <div className="notice notice-success" role="status" data-testid="notice-ack">
          <p>
            {t('notice.reference')} <strong data-testid="notice-reference">{sent.reference}</strong>
          </p>
          <p>{t('notice.noEmail')}</p>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} data-testid="notice-form">
          <label htmlFor="notice-url">{t('notice.url')}</label>
          <input
            id="notice-url"
            type="url"
            required
            maxLength={2000}
            value={url}
            data-testid="notice-url"
            onChange={(e) => setUrl(e.target.value)}
          />
          <label htmlFor="notice-category">{t('notice.category')}</label>
          <select
            id="notice-category"
            value={category}
            data-testid="notice-category"
            onChange={(e) => setCategory(e.target.value as NoticeCategory)}
          >
            {NOTICE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(categoryKey(c))}
              </option>
            ))}
          </select>
          <label htmlFor="notice-explanation">{t('notice.explanation')}</label>
          <textarea
            id="notice-explanation"
            required
            maxLength={5000}
            rows={5}
            value={explanation}
            data-testid="notice-explanation"
            onChange={(e) => setExplanation(e.target.value)}
          />
          <label htmlFor="notice-name">
            {t('notice.name')} {optional ? t('notice.optional') : null}
          </label>
          <input
            id="notice-name"
            required={!optional}
            maxLength={200}
            value={name}
            data-testid="notice-name"
            onChange={(e) => setName(e.target.value)}
          />
          <label htmlFor="notice-email">
            {t('notice.email')} {optional ? t('notice.optional') : null}
          </label>
          <input
            id="notice-email"
            type="email"
            required={!optional}
            maxLength={320}
            value={email}
            data-testid="notice-email"
            onChange={(e) => setEmail(e.target.value)}
          />
          <label className="row">
            <input
              type="checkbox"
              checked={goodFaith}
              required
              data-testid="notice-good-faith"
              onChange={(e) => setGoodFaith(e.target.checked)}
            />
            {t('notice.goodFaith')}
          </label>
          <button
            type="submit"
            className="button"
            disabled={busy || !goodFaith}
            data-testid="notice-submit"
          >
            {t('notice.send')}
          </button>
        </form>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      <NoticeLookup />
    </section>
  );
}

/** The notifier reads the state and decision with the reference and the e-mail they gave. */
function NoticeLookup() {
  const api = useApi();
  const { t, language } = useI18n();
  const [reference, setReference] = useState('');
  const [email, setEmail] = useState('');
  const [state, setState] = useState<NoticeState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const lookUp = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.readNotice(reference.trim(), email.trim());
    if (!result.ok) {
      setState(null);
      return setError(result.error);
    }
    setError(null);
    setState(result.value);
  };

  return (
    <section className="stack mod-card">
      <h2>{t('notice.lookup')}</h2>
      <form className="stack" onSubmit={lookUp}>
        <label htmlFor="lookup-reference">{t('notice.reference')}</label>
        <input
          id="lookup-reference"
          required
          maxLength={20}
          value={reference}
          data-testid="lookup-reference"
          onChange={(e) => setReference(e.target.value)}
        />
        <label htmlFor="lookup-email">{t('notice.email')}</label>
        <input
          id="lookup-email"
          type="email"
          value={email}
          maxLength={320}
          data-testid="lookup-email"
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button button-quiet" data-testid="lookup-submit">
          {t('notice.lookupButton')}
        </button>
      </form>
      {state ? (
        <div data-testid="lookup-result">
          <p>
            {t(categoryKey(state.category))} · {formatWhen(state.created_at, language)}
          </p>
          <p data-testid="lookup-state">
            {state.decision
              ? t('notice.decided', { outcome: t(outcomeKey(state.decision.outcome)) })
              : t('notice.pending')}
          </p>
          {state.decision?.text ? <p className="mod-quote">{state.decision.text}</p> : null}
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
