import { useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';

/**
 * Posts waiting for their cool-down ("send later"): each can be rewritten or cancelled before
 * it leaves. Hidden on a server without scheduled posts (the list then answers an error).
 */
export function ScheduledList(props: { ownerId: string }) {
  const api = useApi();
  const { t, language } = useI18n();
  const list = usePaginated<ScheduledStatus>(
    () => api.scheduledStatuses(),
    `scheduled:${props.ownerId}`,
  );
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const waiting = list.items.filter((item) => item.empathie?.kind !== 'undo');
  if (list.status !== 'ready' || waiting.length === 0) return null;

  const cancel = async (id: string) => {
    const result = await api.cancelScheduled(id);
    if (result.ok) list.remove(id);
    setError(result.ok ? null : result.error);
  };
  const save = async () => {
    if (!editing) return;
    const result = await api.rewriteScheduled(editing.id, editing.text);
    if (result.ok) {
      list.update(editing.id, () => result.value);
      setEditing(null);
    }
    setError(result.ok ? null : result.error);
  };

  return (
    <section className="card stack" aria-labelledby="scheduled-title">
      <h2 id="scheduled-title" className="section-title">
        {t('scheduled.title')}
      </h2>
      <ul className="drafts">
        {waiting.map((item) => (
          <li key={item.id} className="draft" data-testid="scheduled">
            {editing?.id === item.id ? (
              <label className="field">
                <span>{t('scheduled.textLabel')}</span>
                <textarea
                  className="compose-text"
                  data-testid="scheduled-text"
                  rows={3}
                  value={editing.text}
                  onChange={(event) => setEditing({ id: item.id, text: event.target.value })}
                />
              </label>
            ) : (
              <p className="draft-text" lang={item.params.language ?? undefined}>
                {item.params.text}
              </p>
            )}
            <p className="hint">
              {t('scheduled.leavesAt', { when: formatFullTime(item.scheduled_at, language) })}
            </p>
            <div className="draft-actions">
              {editing?.id === item.id ? (
                <button
                  type="button"
                  className="button button-small"
                  data-testid="scheduled-save"
                  disabled={editing.text.trim() === ''}
                  onClick={() => void save()}
                >
                  {t('common.save')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  data-testid="scheduled-edit"
                  onClick={() => setEditing({ id: item.id, text: item.params.text })}
                >
                  {t('scheduled.edit')}
                </button>
              )}
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="scheduled-cancel"
                onClick={() => void cancel(item.id)}
              >
                {t('scheduled.cancel')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
