import type { Context } from 'hono';
import { apiError } from '../http/errors.ts';
import type { ModerationError } from './moderation.service.ts';

/** A moderation failure as an HTTP error with a stable code and a message in French and English. */
export function moderationError(c: Context, e: ModerationError): Response {
  switch (e.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'invalid_ground':
      return apiError(c, 'validation_failed', {
        fr: 'Ce motif n’existe pas : choisissez une règle de l’instance ou un motif légal.',
        en: 'This ground does not exist: choose an instance rule or a legal ground.',
      });
    case 'no_posts':
      return apiError(c, 'validation_failed', {
        fr: 'Marquer comme sensible demande un signalement qui nomme des publications.',
        en: 'Marking as sensitive needs a report that names posts.',
      });
    case 'forbidden':
      return apiError(c, 'forbidden', {
        fr: 'Une autre personne de la modération doit décider de cet appel.',
        en: 'Another moderator must decide this appeal.',
      });
    case 'conflict':
      return apiError(c, 'conflict', {
        fr: 'Cet appel a déjà été tranché.',
        en: 'This appeal was already decided.',
      });
    default: {
      const unexpected: never = e;
      throw new Error(`unknown moderation error ${String(unexpected)}`);
    }
  }
}
