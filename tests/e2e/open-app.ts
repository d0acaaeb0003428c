import type { Page } from '@playwright/test';

/**
 * Opens the app and waits until it has taken over its prerendered first screen (which is on screen, but
 * inert, from the first paint): only then do clicks and typing reach it.
 */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}
