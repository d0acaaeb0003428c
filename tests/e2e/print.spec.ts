import { expect, test } from '@playwright/test';
import { openApp } from './open-app';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

test('the printed estimate: header with scenario and snapshot, lines and totals, no controls (ko)', async ({
  page,
}) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText('서울 3계층 웹 서비스');
  await expect(header).toContainText('2026-11-21');
  await expect(page.getByTestId('total-monthly')).toBeVisible();
  for (const control of ['새로 만들기', '+ EC2', '모두 펼치기'])
    await expect(page.getByRole('button', { name: control, exact: true })).toBeHidden();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.breakdown__chart svg')).toBeVisible();
  await page.screenshot({ path: `${screenshots}print-ko.png`, fullPage: true });
});
