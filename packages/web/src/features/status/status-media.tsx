import { useState } from 'react';
import type { MediaAttachment } from '../../api/media-endpoints.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * A post's images with their descriptions: each is the image's `alt`, and an "ALT" badge shows
 * it as text to anyone who wants to read it. Images marked sensitive stay blurred until asked.
 */
export function StatusMedia(props: { media: MediaAttachment[]; sensitive: boolean; id: string }) {
  const { t } = useI18n();
  const [revealed, setRevealed] = useState(!props.sensitive);
  const images = props.media.filter((m) => m.type === 'image' && m.url !== null);
  if (images.length === 0) return null;
  return (
    <div className="status-media-wrap">
      <ul
        className={`status-media status-media-${Math.min(images.length, 4)}${revealed ? '' : ' status-media-hidden'}`}
        data-testid="status-media"
        aria-hidden={revealed ? undefined : true}
      >
        {images.map((media) => (
          <MediaItem key={media.id} media={media} statusId={props.id} />
        ))}
      </ul>
      {props.sensitive ? (
        <button
          type="button"
          className="button button-small status-media-toggle"
          data-testid="status-media-toggle"
          aria-pressed={revealed}
          onClick={() => setRevealed((value) => !value)}
        >
          {revealed ? t('media.hide') : t('media.show')}
        </button>
      ) : null}
    </div>
  );
}

function MediaItem(props: { media: MediaAttachment; statusId: string }) {
  const { t } = useI18n();
  const { media } = props;
  const [altOpen, setAltOpen] = useState(false);
  const description = media.description?.trim() ?? '';
  const size = media.meta?.small;
  const altId = `alt-${props.statusId}-${media.id}`;
  return (
    <li className="status-media-item">
      {/* The frame holds the badge over the image; the opened text goes below it. */}
      <div className="status-media-frame">
        <a href={media.url ?? undefined} target="_blank" rel="noopener noreferrer">
          <img
            src={media.preview_url ?? media.url ?? undefined}
            alt={description}
            width={size?.width}
            height={size?.height}
            loading="lazy"
            data-testid="status-media-image"
          />
        </a>
        {description ? (
          <button
            type="button"
            className="status-media-alt"
            data-testid="status-media-alt"
            aria-expanded={altOpen}
            aria-controls={altId}
            aria-label={t('media.altShow')}
            onClick={() => setAltOpen((value) => !value)}
          >
            ALT
          </button>
        ) : (
          <span className="status-media-no-alt">{t('media.noDescription')}</span>
        )}
      </div>
      {description && altOpen ? (
        <p
          className="status-media-alt-text"
          id={altId}
          dir="auto"
          data-testid="status-media-alt-text"
        >
          {description}
        </p>
      ) : null}
    </li>
  );
}
