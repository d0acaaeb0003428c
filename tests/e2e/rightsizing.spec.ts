import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './open-app';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

function nav(page: Page, name: string): Locator {
  return page
    .getByRole('tab', { name, exact: true })
    .or(page.getByRole('button', { name, exact: true }))
    .or(page.getByRole('link', { name, exact: true }))
    .first();
}

const PROBLEM_CSV = [
  'instance,instance_type,region,cpu_p99,cpu_max,cpu_avg,memory_max',
  'new-api-1,c5.xlarge,ap-northeast-2,40,60,20,50',
  'new-api-2,c5.xlarge,ap-northeast-2,abc,60,20,50',
].join('\n');

test('right-sizing: sample fleet, row problems, cancel keeps the data, import the good rows', async ({
  page,
}) => {
  await openApp(page);
  await nav(page, '적정 크기 조정').click();
  await expect(page.getByRole('heading', { name: '적정 크기 조정', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: /서울 요약/ }).click();
  const table = page.getByRole('table', { name: /인스턴스별 결과/ });
  await expect(table.getByRole('row')).toHaveCount(8);
  const web = table
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'web-nginx-1 상세 보기' }) });
  await expect(web).toContainText('과다 프로비저닝');
  await expect(web).toContainText('$276.23');
  // the totals row adds its column (increases too); the opportunity adds the savings only
  await expect(page.getByTestId('total-savings-on-demand')).toHaveText('$420.48');
  await expect(page.getByTestId('savings-opportunity-on-demand')).toHaveText('$513.04');

  await page.getByTestId('utilization-file-input').setInputFiles({
    name: 'new-fleet.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PROBLEM_CSV),
  });
  const dialog = page.getByRole('dialog', { name: '가져오기 문제: new-fleet.csv' });
  await expect(dialog.getByRole('row').nth(1)).toContainText('"abc"는 숫자가 아닙니다');
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(table.getByRole('row')).toHaveCount(8);

  await page.getByTestId('utilization-file-input').setInputFiles({
    name: 'new-fleet.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PROBLEM_CSV),
  });
  await page.getByRole('button', { name: '문제 없는 행 1개 가져오기' }).click();
  await expect(table.getByRole('row')).toHaveCount(9);

  await page.getByRole('button', { name: /CloudWatch 3일/ }).click();
  await page.getByRole('button', { name: 'web-nginx-1 상세 보기' }).click();
  await expect(page.getByRole('figure', { name: 'CPU 사용률 분포와 용량' })).toContainText('현재 100%');
  await page.screenshot({ path: `${screenshots}rightsizing-ko.png`, fullPage: true });
});
