import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { commentAnalyzerDiscovery } from '../api/perspective/discovery.ts';
import {
  analyzeRequestSchema,
  badRequestDetail,
  commentAnalyzerError,
  type ErrorDetail,
  errorInfoDetail,
  googleError,
} from '../api/perspective/perspective.wire.ts';
import { type AppEnv, requireAdmin, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { type Bilingual, langOf } from '../http/language.ts';
import { formBoolean, parseBody, readBody } from '../http/params.ts';
import type { ApiKeysService } from './api-keys.service.ts';
import { applyFieldMask, parseFieldMask } from './fields.ts';
import {
  type AnalyzeFailure,
  analyzeComment,
  type ScoringEngine,
  SUPPORTED_ATTRIBUTES,
} from './perspective.service.ts';

function failureMessage(f: AnalyzeFailure): Bilingual {
  switch (f.kind) {
    case 'comment_empty':
      return { fr: 'Le commentaire doit contenir du texte.', en: 'Comment must be non-empty.' };
    case 'comment_too_long':
      return {
        fr: 'Le commentaire dépasse 20 480 octets.',
        en: 'Comment text was too many bytes (the limit is 20480).',
      };
    case 'html_not_supported':
      return {
        fr: 'Seul le type PLAIN_TEXT est pris en charge.',
        en: 'Only the PLAIN_TEXT comment type is supported.',
      };
    case 'no_attributes':
      return {
        fr: 'Demandez au moins un attribut dans requestedAttributes.',
        en: 'At least one attribute must be requested in requestedAttributes.',
      };
    case 'unknown_attribute':
      return {
        fr: `L'attribut ${f.attribute} n'est pas pris en charge. Attributs disponibles : ${SUPPORTED_ATTRIBUTES.join(', ')}.`,
        en: `Unknown requested attribute: ${f.attribute}. Supported attributes: ${SUPPORTED_ATTRIBUTES.join(', ')}.`,
      };
    case 'language_not_supported':
      // Perspective says "request languages" for detected ones too.
      return {
        fr: `L'attribut ${f.attribute} ne prend pas en charge les langues demandées : ${f.languages.join(', ')} (langues disponibles : fr, en).`,
        en: `Attribute ${f.attribute} does not support request languages: ${f.languages.join(', ')}`,
      };
  }
}

/** What Perspective puts in `details` for each failure. */
function failureDetail(f: AnalyzeFailure): ErrorDetail {
  switch (f.kind) {
    case 'comment_empty':
      return commentAnalyzerError('COMMENT_EMPTY');
    case 'comment_too_long':
      return commentAnalyzerError('COMMENT_TOO_LONG');
    case 'html_not_supported':
      return badRequestDetail('comment.type', 'Only PLAIN_TEXT is supported.');
    case 'no_attributes':
      return badRequestDetail('requested_attributes', 'At least one attribute is required.');
    case 'unknown_attribute':
      return badRequestDetail(
        `requested_attributes[${f.attribute}]`,
        `Unknown attribute; supported: ${SUPPORTED_ATTRIBUTES.join(', ')}.`,
      );
    case 'language_not_supported':
      return commentAnalyzerError(
        'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE',
        f.source === 'detected'
          ? { detectedLanguages: f.languages, attribute: f.attribute }
          : { requestedLanguages: f.languages, attribute: f.attribute },
      );
  }
}

const createKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  // The limiter keeps one timestamp per request in the window, so quotas stay moderate.
  requests_per_minute: z.coerce.number().int().min(1).max(10_000).optional(),
});

const settingsSchema = z.object({ member_keys_allowed: formBoolean });

/**
 * `POST /v1alpha1/comments:analyze`: Perspective's request and response shapes and its Google-style
 * errors, so a Perspective client works by changing its base URL. Plus key management under
 * `/api/empathie/v1/perspective/`.
 */
export function perspectiveRoutes(deps: {
  engine: ScoringEngine;
  keys: ApiKeysService;
  publicUrl: string;
}) {
  const { engine, keys } = deps;
  const app = new Hono<AppEnv>();

  const google = (
    c: Context,
    code: 400 | 403 | 429,
    status: Parameters<typeof googleError>[1],
    message: Bilingual,
    detail: ErrorDetail,
  ) => c.json(googleError(code, status, message[langOf(c)], [detail]), code);

  app.get('/$discovery/rest', (c) => c.json(commentAnalyzerDiscovery(deps.publicUrl)));

  app.post('/v1alpha1/comments:analyze', async (c) => {
    const check = await keys.check(c.req.query('key') ?? c.req.header('x-goog-api-key'));
    if (!check.ok) {
      switch (check.reason) {
        case 'missing':
          return google(
            c,
            403,
            'PERMISSION_DENIED',
            {
              fr: 'La requête ne contient pas de clé d’API valide (paramètre key).',
              en: 'The request is missing a valid API key.',
            },
            errorInfoDetail('CREDENTIALS_MISSING'),
          );
        case 'invalid':
          return google(
            c,
            400,
            'INVALID_ARGUMENT',
            {
              fr: 'Clé d’API non valide. Transmettez une clé valide.',
              en: 'API key not valid. Please pass a valid API key.',
            },
            errorInfoDetail('API_KEY_INVALID'),
          );
        case 'rate_limited':
          c.header('Retry-After', String(check.retryAfterSeconds));
          return google(
            c,
            429,
            'RESOURCE_EXHAUSTED',
            {
              fr: `Quota de requêtes par minute dépassé pour cette clé. Réessayez dans ${check.retryAfterSeconds} s.`,
              en: `Quota exceeded: too many requests per minute for this API key. Retry in ${check.retryAfterSeconds} s.`,
            },
            errorInfoDetail('RATE_LIMIT_EXCEEDED'),
          );
      }
    }
    const fieldsParam = c.req.query('fields');
    const mask = fieldsParam === undefined ? null : parseFieldMask(fieldsParam);
    if (fieldsParam !== undefined && mask === null) {
      return google(
        c,
        400,
        'INVALID_ARGUMENT',
        {
          fr: `Sélection de champs invalide : ${fieldsParam}`,
          en: `Invalid field selection: ${fieldsParam}`,
        },
        badRequestDetail('fields', 'Malformed field selection.'),
      );
    }
    const body = await readBody(c);
    if (body === null) {
      return google(
        c,
        400,
        'INVALID_ARGUMENT',
        { fr: 'Corps JSON invalide.', en: 'Invalid JSON payload received.' },
        badRequestDetail('', 'The body is not valid JSON.'),
      );
    }
    const parsed = analyzeRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? issue.path.join('.') : '';
      return google(
        c,
        400,
        'INVALID_ARGUMENT',
        {
          fr: `Requête invalide : ${where} ${issue?.message ?? ''}`.trim(),
          en: `Invalid request: ${where} ${issue?.message ?? ''}`.trim(),
        },
        badRequestDetail(where, issue?.message ?? 'Invalid value.'),
      );
    }
    const result = analyzeComment(engine, parsed.data);
    if (!result.ok) {
      return google(
        c,
        400,
        'INVALID_ARGUMENT',
        failureMessage(result.error),
        failureDetail(result.error),
      );
    }
    return c.json(mask === null ? result.value : applyFieldMask(result.value, mask));
  });

  app.post('/api/empathie/v1/perspective/keys', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const input = await parseBody(c, createKeySchema);
    if (!input.ok) return input.response;
    const created = await keys.create(viewer, {
      name: input.value.name,
      requestsPerMinute: input.value.requests_per_minute,
    });
    if (!created.ok) {
      return apiError(c, 'forbidden', {
        fr: "Sur cette instance, seul·es les administrateur·rices créent des clés d'API.",
        en: 'On this instance, only administrators create API keys.',
      });
    }
    // The key is shown once: only its hash is kept.
    return c.json({ ...created.value.view, key: created.value.key }, 201);
  });

  app.get('/api/empathie/v1/perspective/keys', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(await keys.list(viewer));
  });

  app.delete('/api/empathie/v1/perspective/keys/:id', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await keys.revoke(viewer, c.req.param('id'));
    if (!result.ok) return apiError(c, 'not_found');
    return c.json(result.value);
  });

  app.get('/api/empathie/v1/admin/perspective', async (c) => {
    const admin = requireAdmin(c);
    if (admin instanceof Response) return admin;
    return c.json({ member_keys_allowed: await keys.memberKeysAllowed() });
  });

  app.patch('/api/empathie/v1/admin/perspective', async (c) => {
    const admin = requireAdmin(c);
    if (admin instanceof Response) return admin;
    const input = await parseBody(c, settingsSchema);
    if (!input.ok) return input.response;
    await keys.setMemberKeysAllowed(input.value.member_keys_allowed);
    return c.json({ member_keys_allowed: input.value.member_keys_allowed });
  });

  return app;
}
