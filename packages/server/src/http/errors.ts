import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type Bilingual, langOf } from './language.ts';

export type ErrorCode =
  | 'malformed_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'registrations_closed'
  | 'approval_required'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_client'
  | 'invalid_request'
  | 'invalid_scope'
  | 'payload_too_large'
  | 'bad_gateway'
  | 'internal_error';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  malformed_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  registrations_closed: 403,
  approval_required: 403,
  // OAuth's own codes (RFC 6749 §5.2), which OAuth client libraries recognise.
  invalid_grant: 400,
  unsupported_grant_type: 400,
  invalid_client: 401,
  invalid_request: 400,
  invalid_scope: 400,
  payload_too_large: 413,
  // Another server's answer was unusable (the image proxy): not our failure, and not a 500.
  bad_gateway: 502,
  internal_error: 500,
};

/** Default messages; a route may pass a more precise one. */
export const DEFAULT_MESSAGES: Record<ErrorCode, Bilingual> = {
  malformed_request: {
    fr: 'La requête est mal formée.',
    en: 'The request is malformed.',
  },
  validation_failed: {
    fr: 'Certaines informations ne sont pas valides.',
    en: 'Some of the information is not valid.',
  },
  unauthorized: {
    fr: 'Connectez-vous pour continuer.',
    en: 'Please log in to continue.',
  },
  forbidden: {
    fr: "Vous n'avez pas le droit de faire cela.",
    en: 'You are not allowed to do that.',
  },
  not_found: {
    fr: "Cet élément n'existe pas ou ne vous est pas visible.",
    en: 'This item does not exist or is not visible to you.',
  },
  conflict: {
    fr: 'Cela entre en conflit avec ce qui existe déjà.',
    en: 'This conflicts with something that already exists.',
  },
  rate_limited: {
    fr: 'Trop de tentatives. Réessayez dans un moment.',
    en: 'Too many attempts. Please try again in a moment.',
  },
  registrations_closed: {
    fr: 'Les inscriptions ne sont pas ouvertes sur cette instance.',
    en: 'Registrations are not open on this instance.',
  },
  approval_required: {
    fr: "Votre compte attend la validation d'un·e administrateur·rice.",
    en: 'Your account is waiting for approval by an administrator.',
  },
  invalid_grant: {
    fr: 'Identifiant ou mot de passe incorrect.',
    en: 'Incorrect login or password.',
  },
  unsupported_grant_type: {
    fr: 'Ce type d’autorisation n’est pas pris en charge (authorization_code, client_credentials ou password).',
    en: 'This grant type is not supported (authorization_code, client_credentials or password).',
  },
  invalid_client: {
    fr: 'Cette application est inconnue ou ses identifiants sont incorrects.',
    en: 'This app is unknown or its credentials are incorrect.',
  },
  invalid_request: {
    fr: 'La demande d’autorisation est incomplète ou incorrecte.',
    en: 'The authorization request is incomplete or incorrect.',
  },
  invalid_scope: {
    fr: 'Les autorisations demandées sont inconnues ou dépassent celles de l’application.',
    en: 'The requested scopes are unknown or exceed those of the app.',
  },
  payload_too_large: {
    fr: 'La requête est trop volumineuse.',
    en: 'The request is too large.',
  },
  bad_gateway: {
    fr: 'Un autre serveur n’a pas donné de réponse utilisable. Réessayez plus tard.',
    en: 'Another server did not give a usable answer. Please try again later.',
  },
  internal_error: {
    fr: 'Une erreur inattendue est survenue. Rien n’a été modifié : réessayez.',
    en: 'Something unexpected went wrong. Nothing was changed: please try again.',
  },
};

/**
 * What to tell after an unexpected failure. A read changed nothing, so trying again is safe. A
 * write may have been saved before the failure (a post stored, then its presentation failed):
 * saying "nothing was lost, try again" would invite a duplicate, so say what is true instead.
 */
export function unexpectedFailureMessage(method: string): Bilingual {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') {
    return DEFAULT_MESSAGES.internal_error;
  }
  return {
    fr: 'Une erreur inattendue est survenue. Votre demande a peut-être été enregistrée : vérifiez avant de la renvoyer.',
    en: 'Something unexpected went wrong. Your request may have been saved: check before sending it again.',
  };
}

export interface ErrorBody {
  error: ErrorCode;
  error_description: string;
  details?: unknown;
}

/**
 * The one way to answer with an error: a stable `error` code, a message in the request's
 * language, and optional machine-readable details (e.g. which field failed).
 */
export function apiError(
  c: Context,
  code: ErrorCode,
  message?: Bilingual,
  details?: unknown,
  headers?: Record<string, string>,
): Response {
  const body: ErrorBody = {
    error: code,
    error_description: (message ?? DEFAULT_MESSAGES[code])[langOf(c)],
  };
  if (details !== undefined) body.details = details;
  return c.json(body, STATUS[code], headers);
}
