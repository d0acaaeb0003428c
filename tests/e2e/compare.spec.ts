import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, reloadApp } from './open-app';
import { readCsv } from '../../engine/csv/read-csv';
import { cliEstimate, plainAmount, type CliTotals } from './cli-estimate';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;
const METRICS = ['monthly', 'upfront', 'first12Months', 'months36'] as const;

const card = (page: Page, id: string): Locator => page.locator(`[data-line-id="${id}"]`);
const field = (scope: Locator, label: string): Locator => scope.getByLabel(label, { exact: true });

/** Clicks `button`, waits for the download and returns its bytes and file name. */
async function download(page: Page, button: Locator): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { bytes: readFileSync(path), name: file.suggestedFilename() };
}

/** UTF-8 with BOM, one CRLF after every record (line breaks inside quoted cells aside), read back as cells. */
function csvCells(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const rows = readCsv(text);
  expect(text.match(/\r\n/g)?.length).toBe(rows.length);
  return rows;
}

/** The active scenario written out with Save, estimated by the CLI: the reference for every total. */
async function cliTotals(page: Page): Promise<CliTotals> {
  const saved = await download(page, page.getByRole('button', { name: /^(저장|Save)$/ }));
  const path = join(tmpdir(), `${Date.now()}-${saved.name}`);
  writeFileSync(path, saved.bytes);
  const result = cliEstimate(path);
  expect(result.complete).toBe(true);
  return result.totals;
}

async function shownTotals(page: Page, scenario: number): Promise<CliTotals> {
  const read = async (metric: string) =>
    plainAmount(await page.getByTestId(`compare-${metric}-${scenario}`).innerText());
  return {
    monthly: await read('monthly'),
    upfront: await read('upfront'),
    first12Months: await read('first12Months'),
    months36: await read('months36'),
  };
}

/** The estimate table's cells, numbers without the thousands separators the screen adds. */
async function tableCells(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        cell.classList.contains('amount')
          ? (cell.textContent ?? '').replace(/,/g, '')
          : (cell.textContent ?? ''),
      ),
    ),
  );
}

test('two scenarios side by side: deltas shown, comparison and estimate CSVs equal the screen', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByTestId('total-monthly')).toBeVisible();

  // the baseline: 2 × m5.large on-demand and a 100 GB gp3 volume in N. Virginia
  await page.getByRole('button', { name: '새로 만들기' }).click();
  await field(page.locator('.topbar'), '시나리오 이름').fill('온디맨드');
  await field(page.locator('.topbar'), '리전').selectOption('us-east-1');
  await page.getByRole('button', { name: 'EC2 항목 추가' }).click();
  await field(card(page, 'ec2-1'), '인스턴스 수').fill('2');
  await page.getByRole('button', { name: 'EBS 항목 추가' }).click();

  // the start-up example leaves the workspace (after a confirmation)
  await page.getByRole('button', { name: /^서울 3계층 웹 서비스/ }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '삭제: 서울 3계층 웹 서비스' }).click();
  const tabs = page.getByRole('list', { name: '작업 공간의 시나리오' });
  await expect(tabs.getByRole('button')).toHaveCount(1);
  const onDemand = await cliTotals(page);

  // the variant: a copy, renamed inline, with the web servers on a 3-year all-upfront standard RI
  await page.getByRole('button', { name: '복제: 온디맨드' }).click();
  await expect(tabs.getByRole('button', { name: /^온디맨드 \(사본\)/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.getByRole('button', { name: '이름 바꾸기' }).click();
  const rename = page.getByRole('textbox', { name: '시나리오 이름 바꾸기: 온디맨드 (사본)' });
  await rename.fill('3년 RI');
  await rename.press('Enter');
  await expect(field(page.locator('.topbar'), '시나리오 이름')).toHaveValue('3년 RI');
  const ri = card(page, 'ec2-1');
  // the copy opens as a list of costs: open the line's editor
  await ri.getByTestId('line-edit').click();
  await field(ri, '구매 옵션').selectOption({ label: '예약 인스턴스 (RI)' });
  await field(ri, '기간').selectOption({ label: '3년' });
  await field(ri, '결제 옵션').selectOption({ label: '전체 선결제' });
  const reserved = await cliTotals(page);
  // AWS's m5.large card: 3-year standard all upfront $949 per instance
  expect(reserved.upfront).toBe('1898.00');

  // compare: totals equal the CLI, the differences and the break-even month are shown
  await page.getByRole('button', { name: '비교', exact: true }).click();
  await expect(page.getByRole('heading', { name: '시나리오 비교' })).toBeVisible();
  expect(await shownTotals(page, 0)).toEqual(onDemand);
  expect(await shownTotals(page, 1)).toEqual(reserved);
  // 2 × $0.096 × 730 h = $140.16 a month less; $1,898.00 upfront
  await expect(page.getByTestId('compare-delta-monthly-1')).toHaveText(/^기준 대비 -140\.16 \(-\d+\.\d%\)$/);
  await expect(page.getByTestId('compare-delta-upfront-1')).toHaveText('기준 대비 +1,898.00');
  await expect(page.getByTestId('compare-delta-months36-1')).toHaveText(
    /^기준 대비 -3,147\.76 \(-\d+\.\d%\)$/,
  );
  await expect(page.getByTestId('compare-cheaper-from-1')).toHaveText('14개월');
  await expect(page.getByTestId('compare-break-even')).toHaveText('3년 RI: 14개월째부터 기준보다 저렴');
  await expect(page.getByTestId('compare-cumulative').locator('.recharts-reference-dot')).toHaveCount(1);
  const ec2Row = page.getByTestId('compare-services').getByRole('row', { name: /^EC2/ });
  await expect(ec2Row).toContainText('-140.16');
  await page.screenshot({ path: `${screenshots}compare-ko.png`, fullPage: true });

  // the comparison CSV: Korean headers, then English ones; its totals rows equal the screen
  const exportComparison = page.getByRole('button', { name: '비교 CSV 내보내기' });
  const korean = await download(page, exportComparison);
  expect(korean.name).toBe('시나리오 비교.csv');
  const ko = csvCells(korean.bytes);
  expect(ko[0]?.slice(0, 4)).toEqual(['구분', '시나리오', '서비스', '항목 ID']);
  const col = (header: string) => ko[0]!.indexOf(header);
  const totalsRows = ko.filter((row) => row[0] === '합계');
  expect(totalsRows.map((row) => row[1])).toEqual(['온디맨드', '3년 RI']);
  for (const [i, row] of totalsRows.entries()) {
    const shown = await shownTotals(page, i);
    expect(row[col('월 비용(USD)')]).toBe(shown.monthly);
    expect(row[col('선결제(USD)')]).toBe(shown.upfront);
    expect(row[col('첫 12개월(USD)')]).toBe(shown.first12Months);
    expect(row[col('36개월(USD)')]).toBe(shown.months36);
  }
  expect(totalsRows[1]?.[col('기준 대비 월 비용 차이(USD)')]).toBe('-140.16');
  expect(totalsRows[1]?.[col('기준보다 저렴해지는 달')]).toBe('14');

  await page.getByLabel('영문 헤더 유지 (도구에서 읽을 CSV)').check();
  const kept = csvCells((await download(page, exportComparison)).bytes);
  expect(kept[0]?.slice(0, 4)).toEqual(['section', 'scenario', 'service', 'line id']);
  expect(kept.slice(1)).toEqual(ko.slice(1));
  await page.getByLabel('영문 헤더 유지 (도구에서 읽을 CSV)').uncheck();

  // English: the same figures, headers and words in English
  await page.getByLabel('언어').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Compare scenarios' })).toBeVisible();
  await expect(page.getByTestId('compare-break-even')).toHaveText(
    '3년 RI: cheaper than the baseline from month 14',
  );
  expect(await shownTotals(page, 1)).toEqual(reserved);
  await page.screenshot({ path: `${screenshots}compare-en.png`, fullPage: true });
  const en = csvCells(
    (await download(page, page.getByRole('button', { name: 'Export comparison CSV' }))).bytes,
  );
  expect(en[0]?.slice(0, 4)).toEqual(['section', 'scenario', 'service', 'line id']);
  expect(en.filter((row) => row[0] === 'total').map((row) => row.slice(6, 10))).toEqual(
    totalsRows.map((row) => row.slice(6, 10)),
  );
  await page.getByLabel('Language').selectOption('ko');

  // the estimate CSV of the active scenario equals the table view, cell for cell
  await page.getByRole('button', { name: '견적', exact: true }).click();
  await page.getByRole('button', { name: '표 보기' }).click();
  const table = page.getByTestId('estimate-table');
  await expect(table).toBeVisible();
  const estimate = csvCells((await download(page, page.getByRole('button', { name: 'CSV 내보내기' }))).bytes);
  expect(estimate[0]?.slice(0, 3)).toEqual(['시나리오', '항목 ID', '그룹']);
  expect(await tableCells(table)).toEqual(estimate);
  const total = estimate.find((row) => row[5] === '합계');
  for (const metric of METRICS) expect(total?.[estimate[0]!.indexOf(header(metric))]).toBe(reserved[metric]);
  expect(plainAmount(await page.getByTestId('total-monthly').innerText())).toBe(reserved.monthly);

  await page.getByLabel('영문 헤더 유지 (도구에서 읽을 CSV)').check();
  const estimateEn = csvCells(
    (await download(page, page.getByRole('button', { name: 'CSV 내보내기' }))).bytes,
  );
  expect(estimateEn[0]?.slice(0, 3)).toEqual(['scenario', 'line id', 'group']);
  expect(await tableCells(table)).toEqual(estimateEn);

  // the baseline in KRW: the comparison follows, every scenario at the baseline's rate
  await page
    .getByRole('button', { name: /^온디맨드/ })
    .first()
    .click();
  await field(page.locator('.topbar'), '통화').selectOption('KRW');
  await field(page.locator('.topbar'), '환율 (원/USD)').fill('1385.20');
  await field(page.locator('.topbar'), '환율 기준일').fill('2026-07-20');
  await page.getByRole('button', { name: '비교', exact: true }).click();
  await expect(page.getByLabel('통화', { exact: true })).toHaveValue('KRW');
  // $1,898.00 × 1,385.20 = ₩2,629,109.6 → ₩2,629,110; −$140.16 a month × 1,385.20 = −₩194,149.632 → −₩194,150
  await expect(page.getByTestId('compare-upfront-1')).toHaveText('2,629,110');
  await expect(page.getByTestId('compare-delta-monthly-1')).toHaveText(/^기준 대비 -194,150 \(-\d+\.\d%\)$/);
  await expect(page.getByTestId('compare-money')).toHaveText(
    '금액은 부가세 제외입니다. 모든 시나리오를 기준 시나리오의 환율 1,385.20원/USD(2026-07-20 기준)로 환산했습니다.',
  );
  await page.screenshot({ path: `${screenshots}compare-krw-ko.png`, fullPage: true });
});

function header(metric: (typeof METRICS)[number]): string {
  return {
    monthly: '월 비용(USD)',
    upfront: '선결제(USD)',
    first12Months: '첫 12개월(USD)',
    months36: '36개월(USD)',
  }[metric];
}

test('the workspace saves as one file and opens again with every scenario', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '복제: 서울 3계층 웹 서비스' }).click();
  const saved = await download(page, page.getByRole('button', { name: '작업 공간 저장' }));
  expect(saved.name).toBe('작업 공간.cloudsizer-workspace.json');
  const doc = JSON.parse(saved.bytes.toString('utf8')) as { scenarios: { scenario: { name: string } }[] };
  expect(doc.scenarios.map((s) => s.scenario.name)).toEqual([
    '서울 3계층 웹 서비스',
    '서울 3계층 웹 서비스 (사본)',
  ]);

  await reloadApp(page);
  await page.getByTestId('open-file-input').setInputFiles({
    name: saved.name,
    mimeType: 'application/json',
    buffer: saved.bytes,
  });
  const tabs = page.getByRole('list', { name: '작업 공간의 시나리오' }).getByRole('button');
  await expect(tabs).toHaveText(['서울 3계층 웹 서비스', '서울 3계층 웹 서비스 (사본)']);
  await expect(tabs.nth(1)).toHaveAttribute('aria-current', 'true');
});
