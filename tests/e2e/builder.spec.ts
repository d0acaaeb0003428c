import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './open-app';
import { cliEstimate, plainAmount } from './cli-estimate';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

/** The scenario the test builds by hand in the UI, written out for the CLI. */
const EXPECTED_SCENARIO = {
  schemaVersion: 1,
  name: 'E2E 서울 견적',
  region: 'ap-northeast-2',
  items: [
    { service: 'ec2', id: 'ec2-1', instanceType: 'm5.large', count: 2 },
    {
      service: 'ec2',
      id: 'ec2-2',
      instanceType: 'x2iedn.32xlarge',
      count: 1,
      purchase: { option: 'reserved', offeringClass: 'standard', term: '1yr', payment: 'all-upfront' },
    },
    { service: 'ebs', id: 'ebs-1', volumeType: 'gp3', sizeGB: 500, iops: 6000 },
    { service: 's3', id: 's3-1', storageClass: 'STANDARD', storageGB: 1000 },
    { service: 's3', id: 's3-2', storageClass: 'STANDARD_IA', storageGB: 5000 },
    { service: 'data-transfer', id: 'transfer-1', internetOutGB: 500 },
  ],
};

const card = (page: Page, id: string): Locator => page.locator(`[data-line-id="${id}"]`);
const field = (scope: Locator, label: string): Locator => scope.getByLabel(label, { exact: true });

async function shownTotals(page: Page) {
  const read = async (id: string) => plainAmount(await page.getByTestId(id).innerText());
  return {
    monthly: await read('total-monthly'),
    upfront: await read('total-upfront'),
    first12Months: await read('total-first12Months'),
    months36: await read('total-months36'),
  };
}

async function saveScenario(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(저장|Save)$/ }).click(),
  ]);
  const path = join(tmpdir(), `${Date.now()}-${name}`);
  await download.saveAs(path);
  return path;
}

test('builds a Seoul estimate whose totals equal the CLI, in Korean and English, USD and KRW + VAT', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(request.url());
  });

  await openApp(page);
  await expect(page.getByRole('heading', { name: /^견적 항목/ })).toBeVisible();
  await expect(page.getByTestId('total-monthly')).toBeVisible();

  // a fresh estimate in Seoul
  await page.getByRole('button', { name: '새로 만들기' }).click();
  await expect(page.getByText('아직 항목이 없습니다')).toBeVisible();
  await field(page.locator('.topbar'), '시나리오 이름').fill('E2E 서울 견적');
  await expect(page.getByTestId('region-coverage')).toContainText('온디맨드');

  // EC2 on-demand × 2
  await page.getByRole('button', { name: 'EC2 항목 추가' }).click();
  await field(card(page, 'ec2-1'), '인스턴스 수').fill('2');

  // EC2 Reserved Instance, standard 1 year all upfront
  await page.getByRole('button', { name: 'EC2 항목 추가' }).click();
  const ri = card(page, 'ec2-2');
  await field(ri, '인스턴스 유형').fill('x2iedn.32xlarge');
  await field(ri, '구매 옵션').selectOption({ label: '예약 인스턴스 (RI)' });
  await field(ri, '결제 옵션').selectOption({ label: '전체 선결제' });

  // gp3 500 GB with 6,000 IOPS (3,000 above the included)
  await page.getByRole('button', { name: 'EBS 항목 추가' }).click();
  const ebs = card(page, 'ebs-1');
  await field(ebs, '크기 (GB)').fill('500');
  await field(ebs, 'IOPS').fill('6000');

  // S3 Standard 1,000 GB and Standard-IA 5,000 GB
  await page.getByRole('button', { name: 'S3 항목 추가' }).click();
  await field(card(page, 's3-1'), '저장 용량 (GB-월)').fill('1000');
  await page.getByRole('button', { name: 'S3 항목 추가' }).click();
  const ia = card(page, 's3-2');
  await field(ia, '스토리지 클래스').selectOption({ label: 'S3 Standard-IA' });
  await field(ia, '저장 용량 (GB-월)').fill('5000');

  // 500 GB out to the internet
  await page.getByRole('button', { name: '데이터 전송 항목 추가' }).click();
  await field(card(page, 'transfer-1'), '인터넷으로 송신 (GB)').fill('500');

  // inline validation: a bad value is flagged under its field and does not reach the totals
  await field(ebs, 'IOPS').fill('2000');
  await expect(ebs.getByText('gp3 IOPS는 3,000(포함분)부터입니다')).toBeVisible();
  await expect(page.getByText('잘못된 입력이 있는 항목 1개')).toBeVisible();
  await field(ebs, 'IOPS').fill('6000');
  await expect(page.getByText('잘못된 입력이 있는 항목 1개')).toHaveCount(0);

  // the totals on screen equal the CLI on the saved file and on the scenario written by hand
  const saved = await saveScenario(page, 'e2e.cloudsizer.json');
  const expectedFile = join(tmpdir(), `${Date.now()}-expected.cloudsizer.json`);
  writeFileSync(expectedFile, JSON.stringify(EXPECTED_SCENARIO));
  const fromSaved = cliEstimate(saved);
  const fromHand = cliEstimate(expectedFile);
  expect(fromSaved.totals).toEqual(fromHand.totals);
  expect(fromHand.complete).toBe(true);
  expect(await shownTotals(page)).toEqual(fromHand.totals);
  await expect(page.getByTestId('totals-incomplete')).toHaveCount(0);

  // show one line's calculation, then the Korean screenshot
  await card(page, 'ec2-1').getByRole('button', { name: '계산 과정 보기' }).click();
  await expect(card(page, 'ec2-1').getByText('730 시간 × 2')).toBeVisible();
  await page.screenshot({ path: `${screenshots}builder-ko.png` });

  // English, same numbers
  await page.getByLabel('언어').selectOption('en');
  await expect(page.getByRole('heading', { name: /^Line items/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add line: EC2' })).toBeVisible();
  expect(await shownTotals(page)).toEqual(fromHand.totals);
  await page.screenshot({ path: `${screenshots}builder-en.png` });
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: /^견적 항목/ })).toBeVisible();

  // KRW at a typed rate, with 10% VAT
  await page.getByLabel('통화').selectOption('KRW');
  await page.getByLabel('환율 (원/USD)').fill('1385.20');
  await page.getByLabel('환율 기준일').fill('2026-07-20');
  await page.getByLabel('부가세 10%').check();
  const krwFile = await saveScenario(page, 'e2e-krw.cloudsizer.json');
  const krw = cliEstimate(krwFile);
  expect(krw.krw?.krwPerUsd).toBe('1385.2');
  expect(plainAmount(await page.getByTestId('total-monthly-krw').innerText())).toBe(krw.krw?.totals.monthly);
  expect(plainAmount(await page.getByTestId('total-months36-krw').innerText())).toBe(
    krw.krw?.totals.months36,
  );
  expect(plainAmount(await page.getByTestId('total-vat').innerText())).toBe(krw.vat?.monthly);
  expect(await shownTotals(page)).toEqual(fromHand.totals);
  await page.screenshot({ path: `${screenshots}builder-ko-krw-vat.png` });

  expect(foreign).toEqual([]);
});

test('an invalid scenario file lists every problem with its JSON path and leaves the workspace alone', async ({
  page,
}) => {
  await openApp(page);
  const before = await page.getByTestId('total-monthly').innerText();
  const broken = {
    schemaVersion: 1,
    name: 'broken',
    region: 'ap-northeast-2',
    items: [
      { service: 'ec2', id: 'a', instanceType: 'm5.large', count: 0 },
      { service: 'ebs', id: 'b', volumeType: 'gp2', sizeGB: 10, iops: 100 },
    ],
  };
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'broken.cloudsizer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const dialog = page.getByRole('dialog', { name: '시나리오 파일을 열 수 없습니다' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('$.items[0].count')).toBeVisible();
  await expect(dialog.getByText('$.items[1].iops')).toBeVisible();
  // the Korean UI says what is wrong in Korean (the English text is the CLI's)
  await expect(dialog.getByText('1 이상이어야 합니다 (입력값: 0)')).toBeVisible();
  await expect(
    dialog.getByText('gp2 볼륨에는 IOPS를 지정할 수 없습니다 (gp3, io1, io2만 지정)'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: '닫기' }).last().click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('total-monthly')).toHaveText(before);
  await expect(page.getByLabel('시나리오 이름')).toHaveValue('서울 3계층 웹 서비스');
});

test('a valid scenario file opens in web mode', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'lambda.cloudsizer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        schemaVersion: 1,
        name: 'Lambda worked example',
        region: 'us-east-1',
        items: [
          { service: 'lambda', id: 'fn', requestsPerMonth: 3000000, averageDurationMs: 120, memoryMB: 1536 },
        ],
      }),
    ),
  });
  await expect(page.getByLabel('시나리오 이름')).toHaveValue('Lambda worked example');
  // AWS's own example: 3 M requests × 120 ms at 1,536 MB → $2.73 a month
  await expect(page.getByTestId('total-monthly')).toHaveText('$2.73');
});

test('the instance picker and the purchase options open from an EC2 line, by keyboard too', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: '새로 만들기' }).click();
  await page.getByRole('button', { name: 'EC2 항목 추가' }).click();
  const line = card(page, 'ec2-1');
  await line.getByRole('button', { name: '목록에서 선택…' }).focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: '인스턴스 유형 선택' });
  await expect(picker).toBeVisible();
  await picker.getByRole('searchbox').fill('m7g.large');
  await picker
    .getByRole('row', { name: /m7g\.large/ })
    .first()
    .click();
  await expect(picker.getByText('선택한 유형: m7g.large')).toBeVisible();
  await page.screenshot({ path: `${screenshots}picker-ko.png` });

  // Spot as the advisor's historical average, and the table as shown in a CSV that says what its prices are
  await picker.getByLabel('가격 기준').selectOption('spot');
  await expect(picker.getByRole('row', { name: /m7g\.large/ }).first()).toContainText('$0.034102');
  await expect(picker.getByText(/과거 평균 절감률로 계산한 추정치/)).toBeVisible();
  await page.screenshot({ path: `${screenshots}picker-spot-ko.png` });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    picker.getByRole('button', { name: '표를 CSV로 내보내기' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('instances-ap-northeast-2-linux-spot.csv');
  const csvPath = join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.startsWith('\uFEFF인스턴스 유형,')).toBe(true);
  expect(csv.split('\r\n')[1]).toMatch(
    /^m7g\.large,범용,2,8,arm64,,0\.937,ap-northeast-2,Linux,스팟 \(과거 평균\),0\.034102,24\.89,/,
  );
  await picker.getByLabel('가격 기준').selectOption('on-demand');
  await picker.getByRole('button', { name: '이 유형 사용' }).click();
  await expect(picker).toHaveCount(0);
  await expect(field(line, '인스턴스 유형')).toHaveValue('m7g.large');
  await expect(line.getByRole('button', { name: '목록에서 선택…' })).toBeFocused();

  await line.getByRole('button', { name: '구매 옵션 비교…' }).click();
  const options = page.getByRole('dialog', { name: '구매 옵션 비교: m7g.large' });
  await expect(options).toBeVisible();
  await page.screenshot({ path: `${screenshots}purchase-options-ko.png` });
  await page.keyboard.press('Escape');
  await expect(options).toHaveCount(0);
});

test('a deleted line comes back with Ctrl+Z and the undo button; Ctrl+Z in a text field stays with the field', async ({
  page,
}) => {
  await openApp(page);
  const monthly = page.getByTestId('total-monthly');
  const before = await monthly.innerText();
  const web = card(page, 'web-servers');
  await web.getByRole('button', { name: /\(web-servers\) 항목 삭제$/ }).click();
  await expect(web).toHaveCount(0);
  await expect(monthly).not.toHaveText(before);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(web).toHaveCount(1);
  await expect(monthly).toHaveText(before);

  const name = page.getByRole('textbox', { name: '시나리오 이름' });
  await name.fill('교실 실습');
  await name.press('Control+z');
  await expect(card(page, 'web-servers')).toHaveCount(1);
  const undo = page.getByRole('button', { name: '실행 취소', exact: true });
  await expect(undo).toHaveAttribute('title', '실행 취소: 시나리오 이름·리전 변경 (Ctrl+Z)');
  await undo.click();
  await expect(name).not.toHaveValue('교실 실습');
  await expect(page.getByRole('button', { name: '다시 실행', exact: true })).toBeEnabled();
  await page.screenshot({ path: `${screenshots}undo-ko.png` });
});
