import { describe, expect, it } from 'vitest';
import {
  type DraftStorage,
  forgetAccountDrafts,
  forgetLocalDraft,
  type LocalDraft,
  localDraftKey,
  readLocalDraft,
  writeLocalDraft,
} from './local-draft.ts';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const typed: LocalDraft = {
  text: 'Rendez-vous samedi au jardin partagé',
  warning: '',
  warningOn: false,
  visibility: 'unlisted',
  language: 'fr',
};

describe('drafts kept on the device', () => {
  it('gives each account and each composer its own place', () => {
    expect(localDraftKey('1', { kind: 'new' })).toBe('empathie.draft.1.new');
    expect(localDraftKey('1', { kind: 'reply', statusId: '9' })).toBe('empathie.draft.1.reply:9');
    expect(localDraftKey('2', { kind: 'draft', draftId: 'd' })).toBe('empathie.draft.2.draft:d');
  });

  it('brings back what was typed after a reload, with its settings', () => {
    const storage = memoryStorage();
    const key = localDraftKey('1', { kind: 'new' });
    writeLocalDraft(storage, key, typed);
    expect(readLocalDraft(storage, key)).toEqual(typed);
    // Another account on the same device finds nothing of it.
    expect(readLocalDraft(storage, localDraftKey('2', { kind: 'new' }))).toBeNull();
  });

  it('forgets an emptied composer, or one holding only its reply prefix', () => {
    const storage = memoryStorage();
    const key = localDraftKey('1', { kind: 'reply', statusId: '9' });
    writeLocalDraft(storage, key, typed);
    writeLocalDraft(storage, key, { ...typed, text: '@bastien ' }, '@bastien ');
    expect(storage.map.size).toBe(0);
    writeLocalDraft(storage, key, typed);
    writeLocalDraft(storage, key, { ...typed, text: '   ' });
    expect(storage.map.size).toBe(0);
    writeLocalDraft(storage, key, typed);
    forgetLocalDraft(storage, key);
    expect(readLocalDraft(storage, key)).toBeNull();
  });

  it('reads damaged or foreign values as nothing, and never throws on a refusing storage', () => {
    const storage = memoryStorage();
    storage.map.set('a', '{not json');
    storage.map.set('b', JSON.stringify({ text: 'hé', visibility: '__proto__', language: 'de' }));
    expect(readLocalDraft(storage, 'a')).toBeNull();
    expect(readLocalDraft(storage, 'b')).toMatchObject({ visibility: 'public', language: 'fr' });
    const refusing: DraftStorage = {
      length: 1,
      key: () => {
        throw new Error('SecurityError');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readLocalDraft(refusing, 'a')).toBeNull();
    expect(() => writeLocalDraft(refusing, 'a', typed)).not.toThrow();
    expect(() => forgetLocalDraft(refusing, 'a')).not.toThrow();
    expect(readLocalDraft(null, 'a')).toBeNull();
  });

  it('forgets every draft of an account that logs out, and only its own', () => {
    const storage = memoryStorage();
    writeLocalDraft(storage, localDraftKey('1', { kind: 'new' }), typed);
    writeLocalDraft(storage, localDraftKey('1', { kind: 'reply', statusId: '9' }), typed);
    writeLocalDraft(storage, localDraftKey('12', { kind: 'new' }), typed);
    storage.map.set('empathie.language', 'fr');
    forgetAccountDrafts(storage, '1');
    expect([...storage.map.keys()].sort()).toEqual(['empathie.draft.12.new', 'empathie.language']);
  });
});
