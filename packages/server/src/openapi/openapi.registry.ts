import { z } from 'zod';
import { ROUTE_SCOPES, routeKey } from '../http/scopes.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a route module tells the OpenAPI document about one of its routes. */
export interface RouteDoc {
  method: HttpMethod;
  /** Hono-style path: `/api/v1/accounts/:id` (a `{regex}` suffix on a parameter is dropped). */
  path: string;
  summary: string;
  /** Groups routes in viewers: `accounts`, `statuses`, `timelines`, `admin`… */
  tag: string;
  /** Whether a bearer token is required (default true). */
  auth?: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Schema of the success body, when one is worth documenting. */
  response?: z.ZodType;
}

export interface OpenApiRegistry {
  /**
   * Every route module calls this for each of its routes when it is mounted, e.g.
   * `registry.register({ method: 'post', path: '/api/v1/statuses', summary: 'Publish a post',
   * tag: 'statuses', body: createStatusSchema })`.
   */
  register(doc: RouteDoc): void;
  /** The OpenAPI 3.1 document of every registered route. */
  document(info: { publicUrl: string }): Record<string, unknown>;
}

/** JSON Schema of a zod schema as the client sends it (input side); never throws. */
function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  try {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    return rest;
  } catch {
    return {};
  }
}

function openApiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const converted = path.replace(
    /:([A-Za-z_][A-Za-z0-9_]*)(\{(?:[^{}]|\{[^{}]*\})*\})?/g,
    (_m, name: string) => {
      params.push(name);
      return `{${name}}`;
    },
  );
  return { path: converted, params };
}

function queryParameters(schema: z.ZodType): Array<Record<string, unknown>> {
  const json = jsonSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name: property.type === 'array' ? `${name}[]` : name,
    in: 'query',
    required: required.has(name),
    schema: property,
  }));
}

const ERROR_RESPONSE = {
  description: 'Error: a stable `error` code and an `error_description` in the request language',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error', 'error_description'],
        properties: {
          error: { type: 'string' },
          error_description: { type: 'string' },
          details: {},
        },
      },
    },
  },
};

export function createOpenApiRegistry(): OpenApiRegistry {
  const routes: RouteDoc[] = [];
  return {
    register(doc) {
      routes.push(doc);
    },
    document({ publicUrl }) {
      // lookup-safe: keys are the route patterns our modules register
      const paths: Record<string, Record<string, unknown>> = {};
      for (const route of routes) {
        const { path, params } = openApiPath(route.path);
        // lookup-safe: keys are OpenAPI field names
        const operation: Record<string, unknown> = {
          summary: route.summary,
          tags: [route.tag],
          parameters: [
            ...params.map((name) => ({
              name,
              in: 'path',
              required: true,
              schema: { type: 'string' },
            })),
            ...(route.query ? queryParameters(route.query) : []),
          ],
          responses: {
            '200': {
              description: 'Success',
              ...(route.response
                ? { content: { 'application/json': { schema: jsonSchema(route.response) } } }
                : {}),
            },
            '4XX': ERROR_RESPONSE,
          },
        };
        if (route.body) {
          const schema = jsonSchema(route.body);
          operation.requestBody = {
            required: true,
            content: {
              'application/json': { schema },
              'application/x-www-form-urlencoded': { schema },
              'multipart/form-data': { schema },
            },
          };
        }
        // The scope a token needs (http/scopes.ts), one requirement per accepted scope; `{}`
        // first when the route also answers without a token.
        const declared = ROUTE_SCOPES.get(routeKey(route.method, route.path));
        const scopes = declared && declared !== 'public' ? declared.anyOf : [];
        const bearer = scopes.length > 0 ? scopes.map((s) => ({ bearer: [s] })) : [{ bearer: [] }];
        if (route.auth !== false) operation.security = bearer;
        else if (scopes.length > 0) operation.security = [{}, ...bearer];
        paths[path] = { ...(paths[path] ?? {}), [route.method]: operation };
      }
      return {
        openapi: '3.1.0',
        info: {
          title: 'Empathie API',
          version: '1',
          description:
            'The Mastodon client API plus Empathie additions under /api/empathie/v1/. ' +
            "L'API client de Mastodon, plus les ajouts d'Empathie sous /api/empathie/v1/.",
        },
        servers: [{ url: publicUrl }],
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        paths,
      };
    },
  };
}
