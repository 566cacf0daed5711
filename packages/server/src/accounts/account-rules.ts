import { z } from 'zod';
import type { Bilingual } from '../http/language.ts';

export const USERNAME_PATTERN = /^[a-z0-9_]{1,30}$/i;

/**
 * Names that would impersonate the instance or collide with paths and well-known roles. Checked
 * case-insensitively; remote accounts are not concerned.
 */
export const RESERVED_USERNAMES = new Set([
  'about',
  'abuse',
  'account',
  'accounts',
  'admin',
  'administrator',
  'api',
  'app',
  'assets',
  'auth',
  'avatars',
  'empathie',
  'explore',
  'help',
  'hostmaster',
  'inbox',
  'instance',
  'login',
  'logout',
  'mod',
  'moderator',
  'moderators',
  'nodeinfo',
  'noreply',
  'oauth',
  'outbox',
  'postmaster',
  'privacy',
  'root',
  'security',
  'settings',
  'signup',
  'staff',
  'support',
  'system',
  'terms',
  'users',
  'webmaster',
  'well_known',
  'www',
]);

export const signUpSchema = z.object({
  username: z.string().trim().min(1).max(30).regex(USERNAME_PATTERN, {
    message: 'a-z, 0-9, _',
  }),
  email: z.string().trim().max(254).pipe(z.email()),
  password: z.string().min(8).max(128),
  agreement: z.preprocess(
    (v) => (v === 'true' || v === '1' || v === 'on' ? true : v),
    z.literal(true),
  ),
  locale: z.string().max(20).optional(),
  reason: z.string().max(500).optional(),
  invite_code: z.string().max(64).optional(),
  /** The ids of the instance rules the person was shown and accepted (Empathie's web app). */
  rule_ids: z
    .preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z.array(z.string().regex(/^\d{1,20}$/)).max(200),
    )
    .optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export type FieldError = { field: string; message: Bilingual };

export const MESSAGES = {
  usernameTaken: {
    fr: 'Ce nom d’utilisateur·rice est déjà pris.',
    en: 'This username is already taken.',
  },
  usernameReserved: {
    fr: 'Ce nom d’utilisateur·rice est réservé.',
    en: 'This username is reserved.',
  },
  passwordIsUsername: {
    fr: 'Le mot de passe ne doit pas être votre nom d’utilisateur·rice.',
    en: 'The password must not be your username.',
  },
  inviteNeeded: {
    fr: 'Cette instance accueille sur invitation : il faut un code d’invitation valide.',
    en: 'This instance is invite-only: a valid invite code is needed.',
  },
  rulesChanged: {
    fr: 'Les règles de l’instance ont changé pendant votre lecture : relisez-les avant de continuer.',
    en: 'The instance rules changed while you were reading them: please read them again.',
  },
  inviteInvalid: {
    fr: 'Ce code d’invitation est inconnu, expiré ou déjà utilisé.',
    en: 'This invite code is unknown, expired or used up.',
  },
  invalidGrant: {
    fr: 'Identifiant ou mot de passe incorrect.',
    en: 'Incorrect login or password.',
  },
} satisfies Record<string, Bilingual>;

/** Rules beyond the shape: reserved names and a password that is not the username. */
export function signUpFieldErrors(input: SignUpInput): FieldError[] {
  const errors: FieldError[] = [];
  if (RESERVED_USERNAMES.has(input.username.toLowerCase())) {
    errors.push({ field: 'username', message: MESSAGES.usernameReserved });
  }
  if (input.password.trim().toLowerCase() === input.username.toLowerCase()) {
    errors.push({ field: 'password', message: MESSAGES.passwordIsUsername });
  }
  return errors;
}
