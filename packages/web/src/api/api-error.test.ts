import { describe, expect, it } from 'vitest';
import { describeError, errorMessageKey, toApiError } from './api-error.ts';

describe('toApiError', () => {
  it('keeps the stable code and the server message written in the asked language', () => {
    const error = toApiError(
      422,
      {
        error: 'validation_failed',
        error_description: 'Le message est trop long (2 800 caractères au plus).',
        details: { status: ['Trop long'] },
      },
      null,
    );
    expect(error).toEqual({
      kind: 'http',
      status: 422,
      code: 'validation_failed',
      description: 'Le message est trop long (2 800 caractères au plus).',
      fields: { status: 'Trop long' },
    });
  });

  it('reads field messages in every shape a validation error may use', () => {
    const error = toApiError(
      422,
      {
        error: 'validation_failed',
        details: {
          username: [{ error: 'ERR_TAKEN', description: 'Ce nom est déjà pris' }],
          email: 'Adresse invalide',
          password: [],
          agreement: { message: 'Obligatoire' },
        },
      },
      null,
    );
    expect(error.kind === 'http' && error.fields).toEqual({
      username: 'Ce nom est déjà pris',
      email: 'Adresse invalide',
      agreement: 'Obligatoire',
    });
  });

  it('falls back on the status when the body has no known code', () => {
    expect(toApiError(404, null, null)).toMatchObject({ code: 'not_found' });
    expect(toApiError(403, { error: 'Something Mastodon-ish' }, null)).toMatchObject({
      code: 'forbidden',
    });
    expect(toApiError(502, '<html>', null)).toMatchObject({ code: 'internal_error' });
    expect(toApiError(418, {}, null)).toMatchObject({ code: 'unknown' });
  });

  it('keeps the waiting time of a rate limit', () => {
    expect(toApiError(429, { error: 'rate_limited' }, '30')).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 30,
    });
    expect(toApiError(429, { error: 'rate_limited' }, 'soon')).not.toHaveProperty(
      'retryAfterSeconds',
    );
  });
});

describe('describeError', () => {
  const translate = (key: string) => `t:${key}`;

  it('prefers the server description', () => {
    const error = toApiError(409, { error: 'conflict', error_description: 'Nom déjà pris' }, null);
    expect(describeError(error, translate)).toBe('Nom déjà pris');
  });

  it('translates the code when the server gave no description', () => {
    expect(describeError(toApiError(429, { error: 'rate_limited' }, null), translate)).toBe(
      't:error.rate_limited',
    );
    expect(describeError({ kind: 'network' }, translate)).toBe('t:error.network');
  });

  it('never shows the text of an internal error, which may be technical', () => {
    const error = toApiError(
      500,
      { error: 'internal_error', error_description: 'TypeError at x.ts:3' },
      null,
    );
    expect(describeError(error, translate)).toBe('t:error.internal_error');
    expect(errorMessageKey(error)).toBe('error.internal_error');
  });
});
