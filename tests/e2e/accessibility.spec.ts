import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open-app';

const axeScript = readFileSync(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname,
  'utf8',
);

/** axe-core on the whole page in the real browser (colour contrast included, which jsdom cannot check). */
async function axeViolations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses a script tag
  await page.evaluate(axeScript);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

const PAGES = {
  ko: ['견적', '비교', '연습 문제', '적정 크기 조정', '가격표'],
  en: ['Estimate', 'Compare', 'Exercises', 'Right-sizing', 'Price tables'],
} as const;

for (const lang of ['ko', 'en'] as const) {
  test(`every page passes axe in ${lang}, colour contrast included`, async ({ page }) => {
    await openApp(page);
    if (lang === 'en') await page.getByLabel('언어').selectOption('en');
    const found: string[] = [];
    for (const name of PAGES[lang]) {
      const tab = page.getByRole('button', { name, exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-current', 'page');
      // lazily loaded pages and charts settle
      await page.waitForLoadState('networkidle');
      found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}

test('the open editors, the instance picker, the purchase options and KRW + VAT pass axe (ko)', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('lines-editors').click();
  await page.getByLabel('통화').selectOption('KRW');
  await page.getByLabel('부가세 10%').check();
  const found = (await axeViolations(page)).map((v) => `editors, KRW + VAT: ${v}`);

  const line = page
    .locator('[data-line-id]')
    .filter({ has: page.getByRole('button', { name: '목록에서 선택…' }) });
  await line.first().getByRole('button', { name: '목록에서 선택…' }).click();
  const picker = page.getByRole('dialog', { name: '인스턴스 유형 선택' });
  await expect(picker).toBeVisible();
  found.push(...(await axeViolations(page)).map((v) => `instance picker: ${v}`));
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);

  await line.first().getByRole('button', { name: '구매 옵션 비교…' }).click();
  const options = page.getByRole('dialog', { name: /^구매 옵션 비교: / });
  await expect(options).toBeVisible();
  await page.waitForLoadState('networkidle');
  found.push(...(await axeViolations(page)).map((v) => `purchase options: ${v}`));
  expect(found).toEqual([]);
});

test('the skip link leads to each page’s content', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '견적 항목으로 건너뛰기' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#lines')).toBeFocused();

  await page.getByRole('button', { name: '비교', exact: true }).click();
  const toContent = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await toContent.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-content')).toBeFocused();
});
