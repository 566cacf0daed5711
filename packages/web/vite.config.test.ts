import { describe, expect, it } from 'vitest';
import config from './vite.config.ts';

describe('the production build', () => {
  it('emits no source maps, which would publish the unminified source', () => {
    expect(config.build?.sourcemap ?? false).toBe(false);
  });
});
