import type { Context } from 'hono';
import { apiError } from '../http/errors.ts';
import type { MediaError } from './media.service.ts';

const mib = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Every media failure as a 4xx with a stable code and words in the request's language. */
export function mediaErrorResponse(c: Context, error: MediaError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'unsupported':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Ce fichier n’est pas une image que nous savons lire : envoyez un JPEG, un PNG, un WebP ou un GIF fixe (les SVG ne sont pas acceptés).',
          en: 'This file is not an image we can read: send a JPEG, PNG, WebP or still GIF (SVG files are not accepted).',
        },
        { reason: 'unsupported_media_type', field: 'file' },
      );
    case 'animated':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Les images animées ne sont pas encore prises en charge : envoyez une image fixe.',
          en: 'Animated images are not supported yet: please send a still image.',
        },
        { reason: 'animated_media', field: 'file' },
      );
    case 'too_many_pixels':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Cette image a trop de pixels (40 millions au plus) : réduisez-la et réessayez.',
          en: 'This image has too many pixels (40 million at most): make it smaller and try again.',
        },
        { reason: 'too_many_pixels', field: 'file' },
      );
    case 'unreadable':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Cette image semble abîmée ou incomplète : essayez de l’enregistrer à nouveau.',
          en: 'This image seems damaged or incomplete: try saving it again.',
        },
        { reason: 'unreadable_media', field: 'file' },
      );
    case 'too_large':
      return apiError(
        c,
        'payload_too_large',
        {
          fr: `Cette image est trop lourde (${mib(error.max)} Mio au plus).`,
          en: `This image is too large (${mib(error.max)} MiB at most).`,
        },
        { max_bytes: error.max },
      );
    case 'too_many':
      return apiError(
        c,
        'validation_failed',
        {
          fr: `Un message peut porter ${error.max} images au plus.`,
          en: `A post can carry at most ${error.max} images.`,
        },
        { field: 'media_ids', max: error.max },
      );
    case 'not_attachable':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Une des images n’existe pas, n’est pas à vous ou accompagne déjà un autre message.',
          en: 'One of the images does not exist, is not yours or already belongs to another post.',
        },
        { field: 'media_ids', id: error.id },
      );
    case 'still_processing':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Une des images est encore en préparation : patientez un instant et réessayez.',
          en: 'One of the images is still being prepared: wait a moment and try again.',
        },
        { field: 'media_ids', id: error.id, reason: 'still_processing' },
      );
    default: {
      const unexpected: never = error;
      throw new Error(`unexpected media error ${String(unexpected)}`);
    }
  }
}
