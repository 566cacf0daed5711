import type { Invite } from '../../api/admin-endpoints.ts';

export const USE_CHOICES = ['1', '5', '10', '25', '50', '100', 'none'] as const;
/** Seconds, as the server takes them; Mastodon offers the same choices. */
export const EXPIRY_CHOICES = [
  '1800',
  '3600',
  '21600',
  '43200',
  '86400',
  '604800',
  'never',
] as const;

export type InviteState = 'active' | 'used_up' | 'ended';

export function inviteState(invite: Invite, now: number): InviteState {
  if (invite.expires_at !== null && Date.parse(invite.expires_at) <= now) return 'ended';
  if (invite.max_uses !== null && invite.uses >= invite.max_uses) return 'used_up';
  return 'active';
}

/**
 * The link to share: the web app's sign-up with the code filled in. The server's own `url`
 * (`/invite/CODE`) leads to the same place; this one works from whatever address the admin uses.
 */
export function inviteLink(invite: Pick<Invite, 'code'>, origin: string): string {
  return `${origin}/signup?invite=${encodeURIComponent(invite.code)}`;
}
