import { useI18n } from '../../i18n/i18n-context.tsx';

/** The calm control that brings waiting posts in when the reader chooses to. */
export function NewPostsBar(props: { count: number; onShow: () => void }) {
  const { t } = useI18n();
  return (
    <div className="new-posts" aria-live="polite">
      {props.count > 0 ? (
        <button
          type="button"
          className="button button-quiet new-posts-button"
          data-testid="new-posts"
          onClick={() => {
            props.onShow();
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
        >
          {props.count === 1 ? t('live.newPost') : t('live.newPosts', { count: props.count })}
        </button>
      ) : null}
    </div>
  );
}
