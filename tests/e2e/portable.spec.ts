/**
 * The portable page (`npm run build:portable`): the whole app in one HTML file, opened from disk with no server,
 * as on a classroom PC where nothing can be installed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { cliEstimate, plainAmount } from './cli-estimate';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;
const portable = fileURLToPath(new URL('../../dist/portable/CloudSizer.html', import.meta.url));

async function openPortable(page: Page, file = portable) {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { requests, problems };
}

test('opened from disk, the portable page is the whole app and asks nothing of the network', async ({
  page,
}) => {
  const { requests, problems } = await openPortable(page);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  const cli = cliEstimate('examples/seoul-3tier-web.ko.cloudsizer.json');
  expect(plainAmount((await page.getByTestId('total-monthly').textContent()) ?? '')).toBe(cli.totals.monthly);
  await page.screenshot({ path: `${screenshots}portable-ko.png` });

  // a live estimate: an edit changes the total
  await page.getByRole('button', { name: /^웹 서버: .* 항목 편집$/ }).click();
  await page.getByLabel('인스턴스 수').first().fill('3');
  await expect(page.getByTestId('total-monthly')).not.toHaveText(/^\$1,069\.97$/);

  // the pages the web build loads on demand are inside the file
  await page.getByRole('button', { name: '가격표', exact: true }).click();
  await expect(page.getByTestId('snapshot-date')).toHaveText('2026-11-21');
  await page.getByRole('button', { name: '연습 문제', exact: true }).click();
  await expect(page.getByRole('heading', { name: '연습 문제', level: 2 })).toBeVisible();

  await page.getByLabel('언어').selectOption('en');
  await page.getByRole('button', { name: 'Estimate', exact: true }).click();
  await expect(page.getByTestId('total-monthly')).toBeVisible();
  await page.screenshot({ path: `${screenshots}portable-en.png` });

  expect(requests).toEqual([pathToFileURL(portable).href]);
  expect(problems).toEqual([]);
});

test('a portable page whose price table was changed prices nothing and names the table', async ({
  page,
}, testInfo) => {
  const html = readFileSync(portable, 'utf8');
  const at = html.indexOf('data-price-table="ebs.json">');
  expect(at).toBeGreaterThan(0);
  const price = /"0\.\d+"/.exec(html.slice(at))!;
  const start = at + price.index;
  const tampered = `${html.slice(0, start)}"9.99"${html.slice(start + price[0].length)}`;
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = testInfo.outputPath('CloudSizer-tampered.html');
  writeFileSync(file, tampered);

  await openPortable(page, file);
  const failure = page.getByRole('alert');
  await expect(failure).toContainText('가격 스냅샷을 불러올 수 없어 계산하지 않습니다.');
  await expect(failure).toContainText(
    '가격 스냅샷: ebs.json: SHA-256이 manifest.json에 적힌 값과 다릅니다: 표가 손상되었거나 손으로 고쳐졌으니 받은 그대로의 파일로 되돌리세요',
  );
  await expect(page.getByTestId('total-monthly')).toBeHidden();
});

test('a link to a page of the portable file opens that page, and Back returns to the estimate', async ({
  page,
}) => {
  await page.goto(`${pathToFileURL(portable).href}#exercises`);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { name: '연습 문제', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: '견적', exact: true }).click();
  await expect(page).toHaveURL(/CloudSizer\.html#estimate$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: '연습 문제', level: 2 })).toBeVisible();
});
