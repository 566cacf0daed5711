/** Where the journeys find the server and the browser; the test command sets both. */
export interface E2eEnv {
  baseUrl: string;
  chromium: string;
  screenshotsDir: string;
}

// The one place the journeys read the environment, like the server's config/ folder.
export function readE2eEnv(env: Record<string, string | undefined> = process.env): E2eEnv {
  const baseUrl = env.EMPATHIE_E2E_URL;
  if (!baseUrl) {
    throw new Error(
      'EMPATHIE_E2E_URL is not set: run the journeys with `npm run test:e2e`, which builds the web ' +
        'app, starts a server on a free port and points the journeys at it.',
    );
  }
  return {
    baseUrl: baseUrl.replace(/\/$/, ''),
    chromium: env.EMPATHIE_CHROMIUM || '/usr/bin/chromium',
    screenshotsDir:
      env.EMPATHIE_E2E_SCREENSHOTS || new URL('../../test-results/e2e', import.meta.url).pathname,
  };
}
