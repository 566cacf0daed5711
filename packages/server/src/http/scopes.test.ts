import { describe, expect, it } from 'vitest';
import { requiredScope, scopesAllow } from './scopes.ts';

describe('OAuth scopes', () => {
  it('asks reads for read, changes for write, relationships for follow', () => {
    expect(requiredScope('GET', '/api/v1/timelines/home')).toBe('read');
    expect(requiredScope('POST', '/api/v1/statuses')).toBe('write');
    expect(requiredScope('DELETE', '/api/v1/statuses/123')).toBe('write');
    expect(requiredScope('POST', '/api/v1/accounts/123/follow')).toBe('follow');
    expect(requiredScope('POST', '/api/v1/follow_requests/123/authorize')).toBe('follow');
  });

  it('grants by family, granular scopes included', () => {
    expect(scopesAllow(['read'], 'read')).toBe(true);
    expect(scopesAllow(['read'], 'write')).toBe(false);
    expect(scopesAllow(['read:statuses'], 'read')).toBe(true);
    expect(scopesAllow(['write:follows'], 'follow')).toBe(true);
    expect(scopesAllow(['follow'], 'follow')).toBe(true);
    expect(scopesAllow(['follow'], 'write')).toBe(false);
    expect(scopesAllow([], 'read')).toBe(false);
  });
});
