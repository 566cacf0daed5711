import { randomInt } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ACTION_TIMEOUT_MS, type Language, type Person } from './browser.ts';
import type { E2eEnv } from './e2e-env.ts';

export interface Viewport {
  width: number;
  height: number;
}

/** The two phones the journeys hold: a small Android (360×740) and a recent iPhone (390×844). */
export const PHONES: readonly Viewport[] = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

/** One person on a phone: a touch screen of that size, in their language, at their own address. */
export async function openPhonePerson(
  browser: Browser,
  env: E2eEnv,
  name: string,
  language: Language,
  viewport: Viewport,
): Promise<Person> {
  const context = await browser.newContext({
    baseURL: env.baseUrl,
    locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${randomInt(1, 255)}` },
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  return { name, context, page };
}

interface Overflow {
  width: number;
  scrollWidth: number;
  /** Elements reaching past either side of the screen, named for the failure message. */
  wide: string[];
}

/**
 * Everything on the page that reaches past the sides of the screen. Measured against the phone's
 * own width, not `innerWidth`: a mobile browser widens its layout viewport to fit content that
 * overflows, which would hide the very overflow we look for.
 */
export function measureOverflow(page: Page): Promise<Overflow> {
  const screen = page.viewportSize()?.width ?? 0;
  return page.evaluate((width) => {
    const wide: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        const id = element.getAttribute('data-testid');
        const name = `${element.tagName.toLowerCase()}${id ? `[${id}]` : ''}.${String(element.className).split(' ')[0]}`;
        wide.push(`${name} ${Math.round(box.left)}→${Math.round(box.right)}`);
      }
    }
    return {
      width,
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      wide: wide.slice(0, 6),
    };
  }, screen);
}

/** No horizontal scrolling and no element wider than the screen, or the step fails saying where. */
export async function expectFits(page: Page, where: string): Promise<void> {
  const measured = await measureOverflow(page);
  expect(measured.scrollWidth, `${where}: page wider than the screen`).toBeLessThanOrEqual(
    measured.width,
  );
  expect(measured.wide, `${where}: elements past the screen's edge`).toEqual([]);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** Entirely inside the screen: it can be seen and pressed without scrolling sideways or down. */
export async function expectInView(page: Page, locator: Locator, what: string): Promise<Box> {
  const box = await boxOf(locator);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
  return box;
}

/** Two boxes share no area (touching edges is fine). */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - 0.5 &&
    b.x < a.x + a.width - 0.5 &&
    a.y < b.y + b.height - 0.5 &&
    b.y < a.y + a.height - 0.5
  );
}

/** Every one of these controls is in view and none covers another. */
export async function expectAllReachable(page: Page, controls: Locator, what: string) {
  const count = await controls.count();
  expect(count, `${what}: controls`).toBeGreaterThan(0);
  const boxes: Box[] = [];
  for (let index = 0; index < count; index++) {
    boxes.push(await expectInView(page, controls.nth(index), `${what} #${index + 1}`));
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(
        overlaps(boxes[i] as Box, boxes[j] as Box),
        `${what}: #${i + 1} covers #${j + 1}`,
      ).toBe(false);
    }
  }
}

/** The test id of the element that has the keyboard focus. */
export function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}
