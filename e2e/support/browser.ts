import { randomInt } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { E2eEnv } from './e2e-env.ts';

// Debian's Chromium, never a downloaded one; these flags keep it quiet and offline-friendly in
// containers (no sandbox as root, no GPU, no background calls home).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(env: E2eEnv): Promise<Browser> {
  return chromium.launch({ executablePath: env.chromium, headless: true, args: CHROMIUM_ARGS });
}

export type Language = 'fr' | 'en';

/** One person at their own desk: a separate browser context, so separate storage and session. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
}

/**
 * A documentation address (TEST-NET-3) of the person's own: the server counts sign-ups and
 * log-ins per client address, and the journeys' server trusts `X-Forwarded-For` from loopback
 * (`TRUSTED_PROXIES` in scripts/test-e2e.sh) as it would from a reverse proxy. Without it, every
 * person of every journey would share one sign-up allowance.
 */
function ownAddress(): string {
  return `203.0.113.${randomInt(1, 255)}`;
}

/**
 * How long a click, a navigation or an awaited element may take. `npm test` runs the journeys
 * beside the unit and PostgreSQL stages on two cores, where a page can wait seconds for CPU
 * without anything being wrong; a real hang still fails, here and at the test's own limit.
 */
export const ACTION_TIMEOUT_MS = 30_000;

export async function openPerson(
  browser: Browser,
  env: E2eEnv,
  name: string,
  language: Language,
): Promise<Person> {
  const context = await browser.newContext({
    baseURL: env.baseUrl,
    locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    viewport: { width: 1280, height: 860 },
    extraHTTPHeaders: { 'X-Forwarded-For': ownAddress() },
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  return { name, context, page };
}

/**
 * Screenshots numbered in the order a journey takes them, under test-results/e2e/<journey>/,
 * so a failed run can be read like a comic strip.
 */
export async function screenshotter(env: E2eEnv, journey: string) {
  const dir = join(env.screenshotsDir, journey);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let count = 0;
  return async (person: Person, step: string): Promise<void> => {
    count += 1;
    const file = `${String(count).padStart(2, '0')}-${person.name}-${step}.png`;
    await person.page.screenshot({ path: join(dir, file), fullPage: true });
  };
}
