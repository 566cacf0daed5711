import { describe, expect, it } from 'vitest';
import { catalogues, type Translate, translate } from '../../i18n/i18n.ts';
import { scopeLabel } from './scope-labels.ts';

const tr =
  (lang: 'fr' | 'en'): Translate =>
  (key, params) =>
    translate(catalogues[lang], key, params);

describe('the scopes an app asks for, in plain words', () => {
  it('names whole scopes and granular ones in both languages', () => {
    expect(scopeLabel('read', tr('en'))).toBe('Read everything in your account');
    expect(scopeLabel('write:statuses', tr('en'))).toBe('Change: your posts');
    expect(scopeLabel('read:notifications', tr('fr'))).toBe('Lire : vos notifications');
    expect(scopeLabel('follow', tr('fr'))).toBe('Suivre, bloquer et masquer des comptes pour vous');
  });

  it('shows an unknown word as it is rather than a wrong promise', () => {
    expect(scopeLabel('read:constructor', tr('en'))).toBe('read:constructor');
    expect(scopeLabel('__proto__', tr('en'))).toBe('__proto__');
    expect(scopeLabel('admin:read:accounts', tr('en'))).toBe('admin:read:accounts');
  });
});
