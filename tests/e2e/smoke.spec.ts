import { expect, test } from '@playwright/test';

test('the app loads in web mode', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'CloudSizer' })).toBeVisible();
});
