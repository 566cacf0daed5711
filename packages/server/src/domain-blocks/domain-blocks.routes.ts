import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, requireAdmin, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { InstanceDomainBlockRow } from '../policy/domain-blocks.repository.ts';
import type { DomainBlockError, DomainBlocksService } from './domain-blocks.service.ts';

const ID = ':id{[0-9]{1,20}}';
const severity = z.enum(['noop', 'silence', 'suspend']);
const comment = z.string().max(1000).nullable().optional();
const instanceFields = {
  severity: severity.optional(),
  reject_media: formBoolean.optional(),
  reject_reports: formBoolean.optional(),
  private_comment: comment,
  public_comment: comment,
  obfuscate: formBoolean.optional(),
};
const createSchema = z.object({ domain: z.string().min(1).max(300), ...instanceFields });
const updateSchema = z.object(instanceFields);
const domainSchema = z.object({ domain: z.string().min(1).max(300) });

/** Mastodon's Admin::DomainBlock entity. */
function adminJson(row: InstanceDomainBlockRow) {
  return {
    id: row.id,
    domain: row.domain,
    digest: createHash('sha256').update(row.domain).digest('hex'),
    created_at: row.created_at,
    severity: row.severity,
    reject_media: row.reject_media === 1,
    reject_reports: row.reject_reports === 1,
    private_comment: row.private_comment,
    public_comment: row.public_comment,
    obfuscate: row.obfuscate === 1,
  };
}

function failure(c: Context<AppEnv>, error: DomainBlockError): Response {
  switch (error.kind) {
    case 'invalid_domain':
      return apiError(
        c,
        'validation_failed',
        {
          fr: "Ce nom de domaine n'est pas valide : écrivez-le comme exemple.org.",
          en: 'This is not a valid domain name: write it like example.org.',
        },
        { fields: [{ field: 'domain' }] },
      );
    case 'own_domain':
      return apiError(
        c,
        'validation_failed',
        {
          fr: "C'est le domaine de notre propre instance : on ne peut pas le bloquer.",
          en: "That is our own instance's domain: it cannot be blocked.",
        },
        { fields: [{ field: 'domain' }] },
      );
    case 'exists':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Ce domaine est déjà bloqué : modifiez le blocage existant.',
          en: 'This domain is already blocked: change the existing block instead.',
        },
        { existing_domain_block: adminJson(error.existing) },
      );
    case 'not_found':
      return apiError(c, 'not_found');
    default: {
      const unexpected: never = error;
      throw new Error(`unexpected domain block error ${String(unexpected)}`);
    }
  }
}

/**
 * Domain blocks as Mastodon apps call them: the instance's (`/api/v1/admin/domain_blocks`,
 * admins only) and each person's own (`/api/v1/domain_blocks`, a list of domain names).
 */
export function mountDomainBlocksRoutes(
  app: Hono<AppEnv>,
  deps: { blocks: DomainBlocksService; openapi: OpenApiRegistry },
): void {
  const { blocks, openapi } = deps;
  const doc = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    summary: string,
    extra = {},
  ) => openapi.register({ method, path, summary, tag: 'domain_blocks', ...extra });
  const adminPage = pageSchema(100, 200);

  doc('get', '/api/v1/admin/domain_blocks', "The instance's domain blocks (admins)", {
    query: adminPage,
  });
  app.get('/api/v1/admin/domain_blocks', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const q = parseQuery(c, adminPage);
    if (!q.ok) return q.response;
    const rows = await blocks.listInstance(toPageParams(q.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.map(adminJson));
  });

  doc('get', '/api/v1/admin/domain_blocks/:id', 'One domain block (admins)');
  app.get(`/api/v1/admin/domain_blocks/${ID}`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const r = await blocks.findInstance(c.req.param('id'));
    return r.ok ? c.json(adminJson(r.value)) : failure(c, r.error);
  });

  doc('post', '/api/v1/admin/domain_blocks', 'Silence or suspend a domain (admins)', {
    body: createSchema,
  });
  app.post('/api/v1/admin/domain_blocks', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, createSchema);
    if (!parsed.ok) return parsed.response;
    const { domain, ...fields } = parsed.value;
    const r = await blocks.createInstance(viewer.accountId, domain, fields);
    return r.ok ? c.json(adminJson(r.value)) : failure(c, r.error);
  });

  doc('put', '/api/v1/admin/domain_blocks/:id', 'Change a domain block (admins)', {
    body: updateSchema,
  });
  app.put(`/api/v1/admin/domain_blocks/${ID}`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, updateSchema);
    if (!parsed.ok) return parsed.response;
    const r = await blocks.updateInstance(viewer.accountId, c.req.param('id'), parsed.value);
    return r.ok ? c.json(adminJson(r.value)) : failure(c, r.error);
  });

  doc('delete', '/api/v1/admin/domain_blocks/:id', 'Lift a domain block (admins)');
  app.delete(`/api/v1/admin/domain_blocks/${ID}`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const r = await blocks.deleteInstance(viewer.accountId, c.req.param('id'));
    return r.ok ? c.json({}) : failure(c, r.error);
  });

  const personalPage = pageSchema(100, 200);
  doc('get', '/api/v1/domain_blocks', 'Domains you blocked', { query: personalPage });
  app.get('/api/v1/domain_blocks', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const q = parseQuery(c, personalPage);
    if (!q.ok) return q.response;
    const rows = await blocks.listPersonal(viewer.accountId, toPageParams(q.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.map((r) => r.domain));
  });

  doc('post', '/api/v1/domain_blocks', 'Block a domain for yourself', { body: domainSchema });
  app.post('/api/v1/domain_blocks', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, domainSchema);
    if (!parsed.ok) return parsed.response;
    const r = await blocks.blockPersonal(viewer.accountId, parsed.value.domain);
    return r.ok ? c.json({}) : failure(c, r.error);
  });

  doc('delete', '/api/v1/domain_blocks', 'Unblock a domain for yourself', { body: domainSchema });
  app.delete('/api/v1/domain_blocks', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    // Mastodon apps send the domain in the query string or in the body.
    const fromQuery = c.req.query('domain');
    const parsed = fromQuery
      ? domainSchema.safeParse({ domain: fromQuery })
      : await parseBody(c, domainSchema).then((p) =>
          p.ok ? { success: true as const, data: p.value } : p,
        );
    if ('response' in parsed) return parsed.response;
    if (!parsed.success) return failure(c, { kind: 'invalid_domain' });
    const r = await blocks.unblockPersonal(viewer.accountId, parsed.data.domain);
    return r.ok ? c.json({}) : failure(c, r.error);
  });
}
