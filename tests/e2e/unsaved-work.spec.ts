/** Web mode: unsaved work survives a closed or reloaded tab (the browser asks first, the app offers it back). */
import { expect, test } from '@playwright/test';
import { openApp } from './open-app';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

test('an edit left unsaved is asked about on leaving and offered back on the next visit', async ({
  page,
}) => {
  await openApp(page);
  const total = page.getByTestId('total-monthly');
  const before = await total.textContent();
  await page.getByRole('button', { name: /^웹 서버: .* 항목 편집$/ }).click();
  await page.getByLabel('인스턴스 수').first().fill('3');
  await expect(total).not.toHaveText(before ?? '');
  const edited = await total.textContent();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('cloudsizer.autosave') !== null), {
      timeout: 10_000,
    })
    .toBe(true);

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  expect(asked).toEqual(['beforeunload']);

  const recovery = page.getByRole('dialog', { name: '저장하지 않은 작업이 있습니다' });
  await expect(recovery).toBeVisible();
  await page.screenshot({ path: `${screenshots}recovery-web-ko.png` });
  await recovery.getByRole('button', { name: '복구' }).click();
  await expect(total).toHaveText(edited ?? '');
  await expect(page.getByText(/저장하지 않은 변경/).first()).toBeVisible();
});
