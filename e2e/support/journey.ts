import { it } from 'vitest';

/**
 * Steps of one journey, run in order: once a step fails, the later steps are reported as skipped
 * (they would only fail for the same reason, or worse, pass on a half-built story), and
 * `onFailure` records what the screen looked like.
 */
export function journeySteps(onFailure: (step: string) => Promise<void>) {
  let failed: string | null = null;
  return (name: string, body: () => Promise<void>) =>
    it(name, async (context) => {
      if (failed) context.skip(`an earlier step failed: ${failed}`);
      try {
        await body();
      } catch (error) {
        failed = name;
        await onFailure(name).catch(() => undefined);
        throw error;
      }
    });
}

/** A file-name-safe version of a step's title. */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}
