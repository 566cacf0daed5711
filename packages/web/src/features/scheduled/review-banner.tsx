import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { awaitsReview } from './scheduled-rules.ts';

/** How often a signed-in page looks for posts whose time came; also on returning to the tab. */
const CHECK_EVERY_MS = 60_000;

/**
 * A calm line at the top of every page while a post sent for later waits for its author's last
 * look (its time came, it did not leave): the author finds out wherever they are.
 */
export function ReviewBanner() {
  const api = useApi();
  const { t } = useI18n();
  const location = useLocation();
  const [count, setCount] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: checks again on each navigation
  useEffect(() => {
    let live = true;
    const check = () =>
      void api.scheduledList({ limit: 40 }).then((result) => {
        // A failed check changes nothing: the banner is a courtesy, the list is the truth.
        if (live && result.ok) setCount(result.value.filter(awaitsReview).length);
      });
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [api, location.pathname]);

  if (count === 0 || location.pathname === '/scheduled') return null;
  return (
    <p className="notice notice-review review-banner" data-testid="review-banner" role="status">
      <span>
        {count === 1
          ? t('scheduledPage.reviewBanner')
          : t('scheduledPage.reviewBannerMany', { count })}
      </span>
      <Link to="/scheduled" data-testid="review-banner-open">
        {t('scheduledPage.reviewOpen')}
      </Link>
    </p>
  );
}
