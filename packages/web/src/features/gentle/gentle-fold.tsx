import { useI18n } from '../../i18n/i18n-context.tsx';
import { Icon } from '../../ui/icons.tsx';
import { gentleNotice } from './gentle-notice.ts';

/**
 * Stands before a post that may hurt the person reading it, says why, and opens it on request.
 * The button stays (show / fold again) so keyboard focus is never lost when the post appears.
 */
export function GentleFold(props: {
  reasons: readonly string[] | undefined;
  contentId: string;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="gentle-fold" data-testid="gentle-fold" data-open={props.open}>
      <p>
        <Icon name="coach" />
        {gentleNotice(props.reasons, t)}
      </p>
      <button
        type="button"
        className="button button-small"
        data-testid="gentle-show"
        aria-expanded={props.open}
        aria-controls={props.contentId}
        onClick={props.onToggle}
      >
        {props.open ? t('gentle.hide') : t('gentle.show')}
      </button>
    </div>
  );
}
