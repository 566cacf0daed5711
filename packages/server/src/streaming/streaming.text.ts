import type { Bilingual, Lang } from '../http/language.ts';

/** Why a streaming request or subscription is refused: one stable code each. */
export type Refusal =
  | 'unauthorized'
  | 'missing_scope'
  | 'unknown_stream'
  | 'missing_tag'
  | 'missing_list'
  | 'list_not_found'
  | 'malformed_message'
  | 'too_many_streams'
  | 'too_many_connections'
  | 'not_found'
  | 'shutting_down'
  | 'internal_error';

const REFUSALS = new Map<Refusal, { status: number; error: string; message: Bilingual }>([
  [
    'unauthorized',
    {
      status: 401,
      error: 'unauthorized',
      message: {
        fr: 'Connectez-vous pour suivre ce flux : le jeton est absent, expiré ou révoqué.',
        en: 'Please log in to follow this stream: the token is missing, expired or revoked.',
      },
    },
  ],
  [
    'missing_scope',
    {
      status: 403,
      error: 'forbidden',
      message: {
        fr: 'Ce jeton ne permet pas de lire ce flux.',
        en: 'This token does not allow reading this stream.',
      },
    },
  ],
  [
    'unknown_stream',
    {
      status: 400,
      error: 'validation_failed',
      message: {
        fr: 'Ce flux n’existe pas. Essayez user, public, public:local, hashtag, list ou direct.',
        en: 'There is no such stream. Try user, public, public:local, hashtag, list or direct.',
      },
    },
  ],
  [
    'missing_tag',
    {
      status: 400,
      error: 'validation_failed',
      message: {
        fr: 'Dites quel mot-dièse suivre (paramètre tag).',
        en: 'Say which hashtag to follow (the tag parameter).',
      },
    },
  ],
  [
    'missing_list',
    {
      status: 400,
      error: 'validation_failed',
      message: {
        fr: 'Dites quelle liste suivre (paramètre list).',
        en: 'Say which list to follow (the list parameter).',
      },
    },
  ],
  [
    'list_not_found',
    {
      status: 404,
      error: 'not_found',
      message: { fr: 'Cette liste est introuvable.', en: 'This list cannot be found.' },
    },
  ],
  [
    'malformed_message',
    {
      status: 400,
      error: 'malformed_request',
      message: {
        fr: 'Message illisible : attendu {"type":"subscribe","stream":"…"}.',
        en: 'Unreadable message: expected {"type":"subscribe","stream":"…"}.',
      },
    },
  ],
  [
    'too_many_streams',
    {
      status: 429,
      error: 'rate_limited',
      message: {
        fr: 'Cette connexion suit déjà le nombre maximal de flux.',
        en: 'This connection already follows as many streams as it may.',
      },
    },
  ],
  [
    'too_many_connections',
    {
      status: 429,
      error: 'rate_limited',
      message: {
        fr: 'Trop de connexions en direct ouvertes avec ce jeton. Fermez-en une et réessayez.',
        en: 'Too many live connections are open with this token. Close one and try again.',
      },
    },
  ],
  [
    'not_found',
    {
      status: 404,
      error: 'not_found',
      message: { fr: 'Rien à cette adresse.', en: 'Nothing at this address.' },
    },
  ],
  [
    'shutting_down',
    {
      status: 503,
      error: 'unavailable',
      message: {
        fr: 'Le serveur redémarre : reconnectez-vous dans un instant.',
        en: 'The server is restarting: reconnect in a moment.',
      },
    },
  ],
  [
    'internal_error',
    {
      status: 500,
      error: 'internal_error',
      message: {
        fr: 'Le flux n’a pas pu s’ouvrir. Réessayez dans un instant.',
        en: 'The stream could not open. Please try again in a moment.',
      },
    },
  ],
]);

/** The status and JSON body (`error`, `error_description`) of a refusal, in the reader's language. */
export function refusal(why: Refusal, lang: Lang) {
  const entry = REFUSALS.get(why) ?? {
    status: 500,
    error: 'internal_error',
    message: { fr: 'Erreur inattendue.', en: 'Unexpected error.' },
  };
  return {
    status: entry.status,
    body: { error: entry.error, error_description: entry.message[lang] },
  };
}
