import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenApiRegistry } from './openapi.registry.ts';

describe('OpenAPI registry', () => {
  it('documents registered routes with path parameters, query and body schemas', () => {
    const registry = createOpenApiRegistry();
    registry.register({
      method: 'get',
      path: '/api/v1/accounts/:id{[0-9]{1,20}}/followers',
      summary: 'Followers',
      tag: 'accounts',
      auth: false,
      query: z.object({ limit: z.coerce.number().optional(), id: z.array(z.string()) }),
    });
    registry.register({
      method: 'post',
      path: '/api/v1/accounts/:id{[0-9]+}/followers',
      summary: 'Nonsense, for the test',
      tag: 'accounts',
      body: z.object({ note: z.string().max(500) }),
    });
    const doc = registry.document({ publicUrl: 'https://e.test' }) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const item = doc.paths['/api/v1/accounts/{id}/followers'];
    expect(item?.get?.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'limit', in: 'query', required: false, schema: { type: 'number' } },
      {
        name: 'id[]',
        in: 'query',
        required: true,
        schema: { type: 'array', items: { type: 'string' } },
      },
    ]);
    // Public, and a token must carry the route's scope (http/scopes.ts).
    expect(item?.get?.security).toEqual([{}, { bearer: ['read:accounts'] }]);
    // A route the scope table does not know (this made-up one) needs a token, scope unnamed.
    expect(item?.post?.security).toEqual([{ bearer: [] }]);
    expect(JSON.stringify(item?.post?.requestBody)).toContain('"maxLength":500');
  });

  it('names the scope a token needs, each accepted scope as one requirement', () => {
    const registry = createOpenApiRegistry();
    registry.register({
      method: 'get',
      path: '/api/v1/accounts/verify_credentials',
      summary: 'Me',
      tag: 'accounts',
    });
    registry.register({
      method: 'get',
      path: '/api/v2/instance',
      summary: 'I',
      tag: 'i',
      auth: false,
    });
    const doc = registry.document({ publicUrl: 'https://e.test' }) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.paths['/api/v1/accounts/verify_credentials']?.get?.security).toEqual([
      { bearer: ['read:accounts'] },
      { bearer: ['profile'] },
    ]);
    expect(doc.paths['/api/v2/instance']?.get?.security).toBeUndefined();
  });
});
