import type { UiLanguage, Visibility } from '../../api/mastodon.types.ts';

/**
 * What a composer holds, kept on the device as it is typed so that a reload, a navigation or a
 * crash loses nothing. Only on this device, under the account's own key: it never leaves it.
 */
export interface LocalDraft {
  text: string;
  warning: string;
  warningOn: boolean;
  visibility: Visibility;
  language: UiLanguage;
}

/** The little of `Storage` we use, so tests can pass a Map-backed fake. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Which composer: a new post, a reply to a post, or a saved draft being finished. */
export type DraftPlace =
  | { kind: 'new' }
  | { kind: 'reply'; statusId: string }
  | { kind: 'draft'; draftId: string };

export function localDraftKey(accountId: string, place: DraftPlace): string {
  const where =
    place.kind === 'new'
      ? 'new'
      : place.kind === 'reply'
        ? `reply:${place.statusId}`
        : `draft:${place.draftId}`;
  return `empathie.draft.${accountId}.${where}`;
}

const visibilities: ReadonlySet<string> = new Set(['public', 'unlisted', 'private', 'direct']);

/** Reads a kept draft; anything missing, damaged or empty reads as none. */
export function readLocalDraft(storage: DraftStorage | null, key: string): LocalDraft | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return null; // storage refused (private mode, quota): the composer simply starts empty
  }
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const draft = value as Record<string, unknown>;
    if (typeof draft.text !== 'string' || draft.text.trim() === '') return null;
    return {
      text: draft.text,
      warning: typeof draft.warning === 'string' ? draft.warning : '',
      warningOn: draft.warningOn === true,
      visibility:
        typeof draft.visibility === 'string' && visibilities.has(draft.visibility)
          ? (draft.visibility as Visibility)
          : 'public',
      language: draft.language === 'en' ? 'en' : 'fr',
    };
  } catch {
    return null;
  }
}

/**
 * Keeps the draft, or forgets it once there is nothing worth keeping: an empty text, or only
 * what the composer starts with (a reply's "@name " prefix).
 */
export function writeLocalDraft(
  storage: DraftStorage | null,
  key: string,
  draft: LocalDraft,
  startingText = '',
): void {
  try {
    if (draft.text.trim() === '' || draft.text.trim() === startingText.trim()) {
      storage?.removeItem(key);
    } else {
      storage?.setItem(key, JSON.stringify(draft));
    }
  } catch {
    // A full or refused storage must never stand between a person and their writing.
  }
}

export function forgetLocalDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // as above
  }
}

/**
 * Forgets every draft this account kept on the device: when the person logs out on purpose (a
 * shared computer must not keep their words), never when a session merely expired.
 */
export function forgetAccountDrafts(storage: DraftStorage | null, accountId: string): void {
  const prefix = `empathie.draft.${accountId}.`;
  try {
    const keys: string[] = [];
    for (let index = 0; index < (storage?.length ?? 0); index++) {
      const key = storage?.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage?.removeItem(key);
  } catch {
    // as above
  }
}

/** The browser's localStorage when it can be used, else null (never throws). */
export function deviceStorage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
