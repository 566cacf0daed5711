import { useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';

/** Hands a downloaded file to the browser to save, under the name the server gave it. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download of the person's archive: posts, relationships, settings (Mastodon's shapes). */
export function ExportPanel() {
  const api = useApi();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const download = async () => {
    setBusy(true);
    setDone(false);
    const result = await api.downloadArchive();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    save(result.value.blob, result.value.fileName ?? 'empathie-archive.zip');
    setDone(true);
  };

  return (
    <section className="card stack" aria-labelledby="settings-export-title">
      <h2 id="settings-export-title" className="section-title">
        {t('export.title')}
      </h2>
      <p>{t('export.help')}</p>
      <p className="hint">{t('export.missing')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      <p aria-live="polite" className="success">
        {done ? t('export.done') : ''}
      </p>
      <div>
        <button
          type="button"
          className="button"
          disabled={busy}
          data-testid="export-download"
          onClick={download}
        >
          {busy ? t('export.preparing') : t('export.submit')}
        </button>
      </div>
    </section>
  );
}
