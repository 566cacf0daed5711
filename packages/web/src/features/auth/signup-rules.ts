// Checks done before sending, so the button explains itself; the server stays the authority
// and its answers (a taken name, for instance) are shown beside the field.

export interface SignUpDraft {
  username: string;
  email: string;
  password: string;
  agreement: boolean;
  reason: string;
  inviteCode: string;
}

export type SignUpProblem = 'username' | 'email' | 'password' | 'agreement';

export const minPasswordLength = 8;

export function validateSignUp(draft: SignUpDraft): SignUpProblem[] {
  const problems: SignUpProblem[] = [];
  if (!/^[a-z0-9_]{1,30}$/i.test(draft.username.trim())) problems.push('username');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) problems.push('email');
  if (draft.password.length < minPasswordLength) problems.push('password');
  if (!draft.agreement) problems.push('agreement');
  return problems;
}
