import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { median, percentile } from '../stats.ts';
import { draftEndingOnInsult } from './think-texts.ts';

export interface KeystrokeFigures {
  length: number;
  samples: number;
  /** Keystroke → marks updated from the new analysis, the composer's pause in typing included. */
  withPause: { p50: number; p95: number };
  /** The pause's timer firing → marks updated: analysis, segmentation, React render and commit. */
  afterPause: { p50: number; p95: number };
  /** Keystroke → the next animation frame: the cost of typing itself in a long draft. */
  typingFrame: { p50: number; p95: number };
  /** The composer's pause in typing, as measured (timer fire − keystroke). */
  pause: number;
}

// Installed before the app's scripts: stamps each keystroke, the firing of the composer's 250 ms
// pause timer (the only 250 ms timer the page sets while typing) and, on request, the first
// change under the coach's live area once that timer has fired after the keystroke.
const PROBE = `(() => {
  const probe = { keyAt: 0, frameAt: 0, pauseAt: 0 };
  const setTimeoutOf = window.setTimeout.bind(window);
  window.setTimeout = (fn, delay, ...rest) =>
    delay === 250 && typeof fn === 'function'
      ? setTimeoutOf((...a) => { probe.pauseAt = performance.now(); return fn(...a); }, delay, ...rest)
      : setTimeoutOf(fn, delay, ...rest);
  document.addEventListener('keydown', () => {
    probe.keyAt = performance.now();
    requestAnimationFrame(() => { probe.frameAt = performance.now(); });
  }, true);
  probe.arm = () => new Promise((resolve) => {
    const area = document.querySelector('.coach-live');
    const observer = new MutationObserver(() => {
      if (probe.pauseAt <= probe.keyAt) return; // stale marks re-cut on the new text: not yet analysed
      const markedAt = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve({ keyAt: probe.keyAt, frameAt: probe.frameAt, pauseAt: probe.pauseAt, markedAt });
    });
    observer.observe(area, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeoutOf(() => { observer.disconnect(); resolve(null); }, 3000);
  });
  window.__thinkProbe = probe;
})()`;

interface Stamp {
  keyAt: number;
  frameAt: number;
  pauseAt: number;
  markedAt: number;
}

export interface Credentials {
  username: string;
  password: string;
}

const REACH_MS = 15_000;

/**
 * Logs in through the form, as e2e/support/actions.ts logIn does: the web app keeps its session
 * in an HttpOnly cookie (ADR 0009), so a token placed in the page's storage no longer signs in,
 * and /home then shows the login form instead of the composer. Throws a plain explanation, with
 * the page's address and a screenshot, rather than letting the first keystroke time out.
 */
async function openComposer(page: Page, origin: string, who: Credentials) {
  try {
    await page.goto(`${origin}/login`);
    await page.getByTestId('login-username').fill(who.username, { timeout: REACH_MS });
    await page.getByTestId('login-password').fill(who.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/home', { timeout: REACH_MS });
    const composer = page.getByTestId('compose-text').first();
    await composer.waitFor({ state: 'visible', timeout: REACH_MS });
    return composer;
  } catch (error) {
    const shot = join(tmpdir(), `empathie-bench-composer-${Date.now()}.png`);
    const saved = await page.screenshot({ path: shot }).then(
      () => ` (screenshot: ${shot})`,
      () => '',
    );
    throw new Error(
      `Keystroke bench: could not reach the composer on /home as ${who.username} — ` +
        `the page is at ${page.url()}${saved}. Did the login form, its test ids or the route ` +
        `after login change? ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  }
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: median(values), p95: percentile(sorted, 0.95) };
};

/**
 * Types in the real composer of the built web app, served by the real server: each keystroke
 * inserts or deletes one character at the start of the draft, which shifts every marked word, so
 * the marks must change once the coach has read the new text.
 */
export async function measureKeystrokes(
  browser: Browser,
  origin: string,
  who: Credentials,
  lengths: readonly number[],
  samples: number,
): Promise<KeystrokeFigures[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const figures: KeystrokeFigures[] = [];
  try {
    const composer = await openComposer(page, origin, who);
    await composer.click();
    for (const length of lengths) {
      await composer.fill(draftEndingOnInsult(length));
      await page.getByTestId('coach-marks').filter({ hasText: 'idiot' }).first().waitFor();
      await composer.press('Control+Home');
      const stamps: Stamp[] = [];
      for (let i = 0; i < samples + 3; i++) {
        await page.evaluate('window.__thinkPending = window.__thinkProbe.arm()');
        await composer.press(i % 2 === 0 ? 'x' : 'Backspace');
        const stamp = (await page.evaluate('window.__thinkPending')) as Stamp | null;
        if (stamp && i >= 3) stamps.push(stamp); // three warm-up keystrokes
      }
      figures.push({
        length,
        samples: stamps.length,
        withPause: spread(stamps.map((s) => s.markedAt - s.keyAt)),
        afterPause: spread(stamps.map((s) => s.markedAt - s.pauseAt)),
        typingFrame: spread(stamps.map((s) => s.frameAt - s.keyAt)),
        pause: median(stamps.map((s) => s.pauseAt - s.keyAt)),
      });
    }
  } finally {
    await context.close();
  }
  return figures;
}
