import { describe, expect, it } from 'vitest';
import { readEnv } from './config.ts';

describe('readEnv', () => {
  it('runs with nothing set: port 3000, SQLite under ./data, open registrations', () => {
    const result = readEnv({ INIT_CWD: '/srv/empathie' });
    if (!result.ok) throw new Error('expected defaults to be valid');
    expect(result.config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      domain: 'localhost:3000',
      dataDir: '/srv/empathie/data',
      databaseUrl: null,
      registrationMode: 'open',
      maxPostChars: 2800,
      sourceUrl: '',
    });
  });

  it('says which variable is wrong and why', () => {
    const result = readEnv({
      PORT: 'eighty',
      PUBLIC_URL: 'ftp://x',
      REGISTRATION_MODE: 'closed',
      SOURCE_URL: 'not a url',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.variable).sort()).toEqual([
      'PORT',
      'PUBLIC_URL',
      'REGISTRATION_MODE',
      'SOURCE_URL',
    ]);
  });

  it('keeps the public origin and the address of the source code', () => {
    const result = readEnv({
      PUBLIC_URL: 'https://empathie.example/some/path',
      SOURCE_URL: 'https://code.example/empathie',
    });
    if (!result.ok) throw new Error('expected valid');
    expect(result.config.publicUrl).toBe('https://empathie.example');
    expect(result.config.domain).toBe('empathie.example');
    expect(result.config.sourceUrl).toBe('https://code.example/empathie');
  });
});
