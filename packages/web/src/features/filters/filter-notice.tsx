import { useI18n } from '../../i18n/i18n-context.tsx';

/** "Hidden by your filter «…» — show": a warned post waits behind this until opened. */
export function FilterNotice(props: {
  title: string;
  open: boolean;
  contentId: string;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  return (
    <p className="status-warning filter-notice" data-testid="filter-notice">
      <span>{t('filters.hiddenBy', { title: props.title })}</span>{' '}
      <button
        type="button"
        className="button button-small"
        aria-expanded={props.open}
        aria-controls={props.contentId}
        data-testid="filter-notice-toggle"
        onClick={props.onToggle}
      >
        {props.open ? t('filters.hideAgain') : t('filters.show')}
      </button>
    </p>
  );
}
