import { expect, test } from '@playwright/test';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

/** The number in the prerendered page's "total-monthly" cell, read from the HTML as served. */
function servedTotal(html: string): string {
  const match = /data-testid="total-monthly"[^>]*>([^<]+)</.exec(html);
  if (!match) throw new Error('index.html has no prerendered total');
  return match[1]!;
}

test('the first screen is painted from the page itself, then taken over without a mismatch', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  const served = await (await page.request.get('/')).text();
  expect(servedTotal(served)).toBe('$1,069.97');

  // without its scripts the page still shows the starting estimate and its totals, inert
  await page.route(/\.js$/, (route) =>
    route.request().url().endsWith('first-screen-gate.js') ? route.continue() : route.abort(),
  );
  await page.goto('/');
  await expect(page.getByTestId('total-monthly')).toHaveText('$1,069.97');
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await page.screenshot({ path: `${screenshots}first-screen-before-scripts.ko.png` });

  await page.unroute(/\.js$/);
  warnings.length = 0; // the blocked scripts' failures above
  await page.goto('/');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
  await expect(page.getByTestId('total-monthly')).toHaveText('$1,069.97');
  const mismatches = await page.evaluate(
    () => performance.getEntriesByName('cloudsizer:hydration-mismatch').length,
  );
  expect(mismatches).toBe(0);
  expect(warnings).toEqual([]);

  // the taken-over screen is live: an edit changes the total
  await page.getByRole('button', { name: /^웹 서버: .* 항목 편집$/ }).click();
  await page.getByLabel('인스턴스 수').first().fill('3');
  await expect(page.getByTestId('total-monthly')).not.toHaveText('$1,069.97');
});

test('a visitor who chose English never sees the Korean first screen: the app renders afresh', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('cloudsizer.language', 'en'));
  await page.route(/\.js$/, (route) =>
    route.request().url().endsWith('first-screen-gate.js') ? route.continue() : route.abort(),
  );
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-stale-first-screen', '');
  await expect(page.getByTestId('total-monthly')).toBeHidden();

  await page.unroute(/\.js$/);
  await page.goto('/');
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { name: /^Line items/ })).toBeVisible();
  await expect(page.getByTestId('total-monthly')).toHaveText('$1,069.97');
  const hydrated = await page.evaluate(() => document.getElementById('root')?.dataset['prerendered']);
  expect(hydrated).toBeUndefined();
});
