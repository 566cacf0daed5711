import { useId, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import {
  ACCEPTED_IMAGE_TYPES,
  MAX_DESCRIPTION,
  MAX_IMAGES,
  needsDescription,
} from './media-drafts.ts';
import type { useMediaDrafts } from './use-media-drafts.ts';

type MediaDrafts = ReturnType<typeof useMediaDrafts>;

/** The button that opens the file chooser; drop and paste go through the composer itself. */
export function AddImagesButton(props: { media: MediaDrafts }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const full = props.media.drafts.length >= MAX_IMAGES;
  return (
    <>
      <button
        type="button"
        className="button button-quiet button-small"
        data-testid="compose-add-images"
        disabled={full}
        title={full ? t('media.full', { max: MAX_IMAGES }) : t('media.addHint')}
        onClick={() => input.current?.click()}
      >
        {t('media.add')}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="compose-file"
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        multiple
        onChange={(event) => {
          if (event.target.files) props.media.add(event.target.files);
          event.target.value = '';
        }}
      />
    </>
  );
}

/**
 * The images of the draft, each with its description. When one has none, the coach says a
 * warm word about the people it would help; it never stops the post.
 */
export function MediaPicker(props: { media: MediaDrafts }) {
  const { t } = useI18n();
  const id = useId();
  const { drafts, describe, remove } = props.media;
  if (drafts.length === 0) return null;
  return (
    <ul className="compose-media" data-testid="compose-media" aria-label={t('media.listLabel')}>
      {drafts.map((draft, index) => {
        const fieldId = `${id}-${draft.key}`;
        const remind = needsDescription(draft);
        return (
          <li key={draft.key} className="compose-media-item" data-testid="compose-media-item">
            <img className="compose-media-thumb" src={draft.preview} alt="" />
            <div className="compose-media-fields">
              <label className="field" htmlFor={fieldId}>
                <span>{t('media.description', { n: index + 1 })}</span>
              </label>
              <textarea
                id={fieldId}
                data-testid="compose-media-description"
                dir="auto"
                rows={2}
                maxLength={MAX_DESCRIPTION}
                value={draft.description}
                placeholder={t('media.descriptionPlaceholder')}
                aria-describedby={remind ? `${fieldId}-coach` : undefined}
                onChange={(event) => describe(draft.key, event.target.value)}
              />
              {draft.state === 'uploading' ? (
                <p className="hint" aria-live="polite">
                  {t('media.uploading')}
                </p>
              ) : null}
              {draft.state === 'failed' ? (
                draft.error ? (
                  <ErrorNotice error={draft.error} />
                ) : (
                  <p className="hint">{t('media.failed')}</p>
                )
              ) : null}
              {remind ? (
                <p
                  className="coach-note compose-media-reminder"
                  id={`${fieldId}-coach`}
                  data-testid="compose-media-reminder"
                  aria-live="polite"
                >
                  {t('media.reminder')}
                </p>
              ) : null}
              <button
                type="button"
                className="link-button"
                data-testid="compose-media-remove"
                onClick={() => remove(draft.key)}
              >
                {t('media.remove')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
