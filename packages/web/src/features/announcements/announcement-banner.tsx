import { useEffect, useState } from 'react';
import type { Announcement } from '../../api/announcement-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { htmlToText } from '../../ui/html-text.ts';

/**
 * The instance's announcements on the home page, each a calm card its reader can put away
 * ("Got it"): once dismissed it does not come back, on this device or any other.
 */
export function AnnouncementBanner() {
  const api = useApi();
  const { t } = useI18n();
  const [items, setItems] = useState<Announcement[]>([]);

  useEffect(() => {
    let live = true;
    void api.announcements().then((result) => {
      // A failed load shows nothing: announcements are a courtesy, never in the way.
      if (live && result.ok) setItems(result.value.filter((a) => !a.read));
    });
    return () => {
      live = false;
    };
  }, [api]);

  const dismiss = async (id: string) => {
    setItems((current) => current.filter((a) => a.id !== id));
    await api.dismissAnnouncement(id);
  };

  if (items.length === 0) return null;
  return (
    <section className="stack" aria-label={t('announcements.label')}>
      {items.map((a) => (
        <div key={a.id} className="notice announcement" role="status" data-testid="announcement">
          <p className="announcement-text">{htmlToText(a.content)}</p>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => void dismiss(a.id)}
            data-testid="announcement-dismiss"
          >
            {t('announcements.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
