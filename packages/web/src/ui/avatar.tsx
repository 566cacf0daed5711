import type { Account } from '../api/mastodon.types.ts';

// Accounts without a picture get their initial on a warm tint derived from the username, so a
// timeline stays readable at a glance without anyone having to upload a photo.
export function Avatar(props: { account: Account; size?: 'small' | 'large' }) {
  const { account, size = 'small' } = props;
  const className = `avatar avatar-${size}`;
  const hasPicture = account.avatar && !account.avatar.includes('missing');
  if (hasPicture) return <img className={className} src={account.avatar} alt="" />;
  const initial = (account.display_name || account.username).trim().charAt(0).toUpperCase();
  return (
    <span
      className={className}
      style={{ background: tintFor(account.username) }}
      aria-hidden="true"
    >
      {initial}
    </span>
  );
}

function tintFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return `hsl(${hash} 45% 32%)`;
}
