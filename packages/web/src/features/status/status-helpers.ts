import type { Account, Status } from '../../api/mastodon.types.ts';

/** A share wraps the original post; actions and display apply to the original. */
export function shownStatus(status: Status): Status {
  return status.reblog ?? status;
}

/** Replaces the shown post inside its wrapper, keeping the share around it. */
export function withShown(status: Status, shown: Status): Status {
  return status.reblog ? { ...status, reblog: shown } : shown;
}

/** Reblogging answers with the new share; its `reblog` is the updated original. */
export function afterAction(result: Status): Status {
  return result.reblog ?? result;
}

export function profilePath(account: Pick<Account, 'acct'>): string {
  return `/@${account.acct}`;
}

export function displayName(account: Pick<Account, 'display_name' | 'username'>): string {
  return account.display_name.trim() || account.username;
}

/** Only public and unlisted posts can be shared: sharing must not widen who sees a post. */
export function canShare(status: Pick<Status, 'visibility'>): boolean {
  return status.visibility === 'public' || status.visibility === 'unlisted';
}

/**
 * Turns a link inside server-rendered content into an in-app path when it points at this
 * instance (mentions and hashtags do), so following it does not reload the app.
 */
export function inAppPath(href: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  if (/^\/@[^/]+$/.test(url.pathname) || /^\/tags\/[^/]+$/.test(url.pathname)) {
    return url.pathname;
  }
  const statusPath = /^\/@[^/]+\/(\d+)$/.exec(url.pathname);
  if (statusPath) return `/statuses/${statusPath[1]}`;
  return null;
}
