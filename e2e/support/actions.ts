import { randomBytes } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { Person } from './browser.ts';
import { patchCoachSettings } from './coach-api.ts';

export const PASSWORD = 'calme-et-clair-2026';

/** A username no earlier run took: journeys share one server and must not collide. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Waits until a locator shows the text (Playwright's retries, asserted through Vitest). */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' });
  // Polled, not read once: right after a navigation the page being left can match the waitFor
  // and unmount before a single count, while the new page is still loading its list.
  await expect
    .poll(() => locator.filter({ hasText: text }).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

type NavTarget = 'home' | 'local' | 'notifications' | 'search' | 'settings';

/**
 * Follows a main navigation link and waits for the new page's address, so that what the next
 * assertion finds belongs to the new page and not to the one being left.
 */
export async function navigate({ page }: Pick<Person, 'page'>, target: NavTarget): Promise<void> {
  await page.getByTestId(`nav-${target}`).click();
  await page.waitForURL((url) => url.pathname === `/${target}`);
}

/**
 * Signs up through the form. Every post is held for the person's undo window (30 s unless set):
 * journeys that are not about it set it to 0 here so their posts leave at once.
 */
export async function signUp(
  person: Person,
  username: string,
  options: { undoSeconds?: number } = {},
): Promise<void> {
  const { page } = person;
  await page.goto('/signup');
  await page.getByTestId('signup-username').fill(username);
  await page.getByTestId('signup-email').fill(`${username}@example.org`);
  await page.getByTestId('signup-password').fill(PASSWORD);
  await page.getByTestId('signup-agreement').check();
  await page.getByTestId('signup-submit').click();
  await page.waitForURL('**/welcome/intention');
  await patchCoachSettings(person, { undo_seconds: options.undoSeconds ?? 0 });
}

/** Signs up and skips the intention prompt, for journeys whose story starts after it. */
export async function signUpSkippingIntention(
  person: Person,
  username: string,
  options: { undoSeconds?: number } = {},
): Promise<void> {
  await signUp(person, username, options);
  await person.page.getByTestId('intention-skip').click();
  await person.page.waitForURL((url) => !url.pathname.startsWith('/welcome'));
}

export async function writeIntention({ page }: Person, intention: string): Promise<void> {
  await page.getByTestId('intention-input').fill(intention);
  await page.getByTestId('intention-save').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/welcome'));
}

export async function logIn({ page }: Person, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL('**/home');
}

export async function logOut({ page }: Person): Promise<void> {
  await navigate({ page }, 'settings');
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/settings'));
}

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

/** Posts from the composer at the top of the home timeline and waits for the post to appear. */
export async function postFromHome(
  { page }: Person,
  text: string,
  visibility: Visibility = 'public',
): Promise<void> {
  await navigate({ page }, 'home');
  await page.getByTestId('compose-text').first().fill(text);
  await page.getByTestId('compose-visibility').first().selectOption(visibility);
  await page.getByTestId('compose-submit').first().click();
  await expectText(page.getByTestId('status'), text);
}

/**
 * Replies from a thread page: waits until the reply composer shows its "@name" prefix (the page
 * and the session have settled), then types, and checks the text is really there before sending,
 * as a person would glance at it.
 */
export async function replyInThread({ page }: Person, text: string): Promise<void> {
  const box = page.getByTestId('compose-text');
  await box.waitFor();
  await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toMatch(/^@/);
  await box.fill(text);
  await expect.poll(() => box.inputValue(), { timeout: 5_000 }).toBe(text);
  await page.getByTestId('compose-submit').click();
}

/** Opens a person's profile through the search page, as someone who only knows the name would. */
export async function findThroughSearch({ page }: Person, username: string): Promise<void> {
  await navigate({ page }, 'search');
  await page.getByTestId('search-input').fill(username);
  await page.getByTestId('search-submit').click();
  const result = page.getByTestId('search-account').filter({ hasText: `@${username}` });
  await result.first().click();
  await page.waitForURL(`**/@${username}`);
}
