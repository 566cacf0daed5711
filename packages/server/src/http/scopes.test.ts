import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { checkScopes, ROUTE_SCOPES, routeKey, scopesGrant } from './scopes.ts';

describe('OAuth scopes at Mastodon granularity', () => {
  it('grants a granular scope through itself or its umbrella, never across families', () => {
    expect(scopesGrant(['read'], 'read:statuses')).toBe(true);
    expect(scopesGrant(['read:statuses'], 'read:statuses')).toBe(true);
    expect(scopesGrant(['read:accounts'], 'read:statuses')).toBe(false);
    expect(scopesGrant(['write:favourites'], 'write:statuses')).toBe(false);
    expect(scopesGrant(['write'], 'write:favourites')).toBe(true);
    expect(scopesGrant(['read'], 'write:statuses')).toBe(false);
    expect(scopesGrant([], 'read:statuses')).toBe(false);
  });

  it('keeps the older follow scope for follows, blocks and mutes only', () => {
    expect(scopesGrant(['follow'], 'write:follows')).toBe(true);
    expect(scopesGrant(['follow'], 'read:blocks')).toBe(true);
    expect(scopesGrant(['follow'], 'write:mutes')).toBe(true);
    expect(scopesGrant(['follow'], 'write:statuses')).toBe(false);
    expect(scopesGrant(['follow'], 'read:accounts')).toBe(false);
  });

  it('grants admin routes only through admin scopes', () => {
    expect(scopesGrant(['read', 'write'], 'admin:read')).toBe(false);
    expect(scopesGrant(['read'], 'admin:read:accounts')).toBe(false);
    expect(scopesGrant(['admin:read'], 'admin:read:accounts')).toBe(true);
    expect(scopesGrant(['admin:read'], 'admin:write:accounts')).toBe(false);
    expect(scopesGrant(['admin:write:accounts'], 'admin:write:accounts')).toBe(true);
  });

  it('reads the route as mounted, parameter patterns and all', () => {
    expect(routeKey('post', '/api/v1/statuses/:id{[0-9]+}/favourite')).toBe(
      'POST /api/v1/statuses/:id/favourite',
    );
    expect(routeKey('GET', '/api/v1/accounts/:id{[0-9]{1,20}}')).toBe('GET /api/v1/accounts/:id');
    expect(checkScopes(['write:favourites'], 'POST', '/api/v1/statuses')).toEqual({
      kind: 'missing',
      needed: 'write:statuses',
    });
    expect(checkScopes(['read'], 'GET', '/api/v1/accounts/verify_credentials').kind).toBe(
      'allowed',
    );
    expect(checkScopes(['profile'], 'GET', '/api/v1/accounts/verify_credentials').kind).toBe(
      'allowed',
    );
    expect(checkScopes(['read'], 'GET', '/api/v1/nothing/here')).toEqual({
      kind: 'undeclared',
      route: 'GET /api/v1/nothing/here',
    });
    // Keys come from requests: the table is a Map, so inherited names find nothing.
    expect(checkScopes(['read'], 'constructor', '').kind).toBe('undeclared');
  });
});

describe('every route declares its scope', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // Routes a bearer token can reach: the authentication middleware runs on /api/* and /oauth/*.
  const mounted = () =>
    t.app.routes
      .filter((r) => r.method !== 'ALL' && /^\/(api|oauth)\//.test(r.path))
      .map((r) => routeKey(r.method, r.path));

  it('has a scope for every mounted API route', () => {
    const undeclared = [...new Set(mounted())].filter((key) => !ROUTE_SCOPES.has(key));
    expect(undeclared).toEqual([]);
  });

  it('has a scope for every route of the OpenAPI document', () => {
    const doc = t.openapi.document({ publicUrl: 'http://empathie.test' }) as {
      paths: Record<string, Record<string, unknown>>;
    };
    // Documented routes outside /api and /oauth (the image proxy under /media) take no token.
    const documented = Object.entries(doc.paths)
      .filter(([path]) => /^\/(api|oauth)\//.test(path))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) =>
          routeKey(method, path.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, ':$1')),
        ),
      );
    expect(documented.length).toBeGreaterThan(50);
    expect(documented.filter((key) => !ROUTE_SCOPES.has(key))).toEqual([]);
  });

  it('declares no route that does not exist (a renamed route leaves no stale entry)', () => {
    const routes = new Set(mounted());
    expect([...ROUTE_SCOPES.keys()].filter((key) => !routes.has(key))).toEqual([]);
  });
});
