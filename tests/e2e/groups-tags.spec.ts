import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './open-app';
import { readCsv } from '../../engine/csv/read-csv';
import { cliEstimate, plainAmount } from './cli-estimate';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

const card = (page: Page, id: string): Locator => page.locator(`[data-line-id="${id}"]`);
const field = (scope: Locator, label: string): Locator => scope.getByLabel(label, { exact: true });

/** Clicks `button`, waits for the download and returns its bytes. */
async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path);
}

/** "$1,069.97" → 106997 (cents, exact) */
async function cents(locator: Locator): Promise<number> {
  const [whole, fraction = ''] = plainAmount(await locator.innerText()).split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

test('groups and tags: make a group, put two lines in it, tag one; totals by group and the CSV follow', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: '새로 만들기' }).click();
  await field(page.locator('.topbar'), '시나리오 이름').fill('그룹 견적');

  // three lines: two EC2 (m5.large × 2, r5.large) and S3
  await page.getByRole('button', { name: 'EC2 항목 추가' }).click();
  await field(card(page, 'ec2-1'), '인스턴스 수').fill('2');
  await page.getByRole('button', { name: 'EC2 항목 추가' }).click();
  await field(card(page, 'ec2-2'), '인스턴스 유형').fill('r5.large');
  await page.getByRole('button', { name: 'S3 항목 추가' }).click();
  await expect(page.getByTestId('group-totals')).toHaveCount(0);

  // a group, made in the group manager
  await page.getByRole('button', { name: '그룹 관리' }).click();
  const manager = page.getByRole('region', { name: '그룹' });
  await manager.getByLabel('새 그룹 이름').fill('웹 계층');
  await manager.getByLabel('새 그룹 이름').press('Enter');
  await expect(manager.getByLabel('그룹 이름: 웹 계층')).toBeVisible();

  // both EC2 lines into it
  for (const id of ['ec2-1', 'ec2-2']) {
    await field(card(page, id), '그룹').selectOption({ label: '웹 계층' });
    await expect(card(page, id).getByTestId('line-group')).toHaveText('그룹: 웹 계층');
  }
  await expect(manager.getByText('항목 2개')).toBeVisible();

  // tags from the keyboard: Enter and a comma add, the chip's button removes
  const tags = field(card(page, 'ec2-1'), '태그');
  await tags.fill('prod');
  await tags.press('Enter');
  await tags.pressSequentially('temp,');
  await expect(card(page, 'ec2-1').locator('.tag-chip__text')).toHaveText(['prod', 'temp']);
  await card(page, 'ec2-1').getByRole('button', { name: '태그 삭제: temp' }).focus();
  await page.keyboard.press('Enter');
  await expect(card(page, 'ec2-1').locator('.tag-chip__text')).toHaveText(['prod']);
  await tags.pressSequentially('a b');
  await tags.press('Enter');
  await expect(
    card(page, 'ec2-1').getByText('태그에는 공백을 쓸 수 없습니다 (- 또는 _를 쓰세요)'),
  ).toBeVisible();
  await tags.fill('');

  // the group's monthly is the sum of its two lines; the tag's is its line's
  const groupTotal = page.getByTestId('group-total-group-1');
  const lineSum =
    (await cents(card(page, 'ec2-1').getByTestId('line-monthly'))) +
    (await cents(card(page, 'ec2-2').getByTestId('line-monthly')));
  await expect(groupTotal).toHaveText('$283.24'); // 730 h × (2 × $0.118 + $0.152)
  expect(await cents(groupTotal)).toBe(lineSum);
  await expect(page.getByTestId('group-total-(none)')).toHaveText(
    await card(page, 's3-1').getByTestId('line-monthly').innerText(),
  );
  await expect(page.getByTestId('tag-total-prod')).toHaveText(
    await card(page, 'ec2-1').getByTestId('line-monthly').innerText(),
  );

  // the saved file has the group and the tag, and the CLI prices the tag the same
  const savedBytes = await download(page, page.getByRole('button', { name: '저장', exact: true }));
  const saved = JSON.parse(savedBytes.toString('utf8')) as {
    groups: { id: string; name: string }[];
    items: { id: string; group?: string; tags?: string[] }[];
  };
  expect(saved.groups).toEqual([{ id: 'group-1', name: '웹 계층' }]);
  expect(saved.items.map((i) => [i.id, i.group ?? null, i.tags ?? []])).toEqual([
    ['ec2-1', 'group-1', ['prod']],
    ['ec2-2', 'group-1', []],
    ['s3-1', null, []],
  ]);
  const savedPath = join(tmpdir(), `${Date.now()}-groups.cloudsizer.json`);
  writeFileSync(savedPath, savedBytes);
  const cli = cliEstimate(savedPath) as ReturnType<typeof cliEstimate> & {
    byTag: Record<string, { monthly: string }>;
  };
  expect(plainAmount(await page.getByTestId('tag-total-prod').innerText())).toBe(cli.byTag.prod?.monthly);

  await manager.getByRole('button', { name: '닫기' }).click();
  await page.screenshot({ path: `${screenshots}groups-tags-ko.png` });

  // the estimate CSV names the group
  const csv = readCsv(
    (await download(page, page.getByRole('button', { name: 'CSV 내보내기' }))).toString('utf8'),
  );
  const header = csv[0] ?? [];
  const column = (name: string) => header.indexOf(name);
  const row = (id: string) => csv.find((r) => r[column('항목 ID')] === id) ?? [];
  expect(row('ec2-1')[column('그룹')]).toBe('웹 계층');
  expect(row('ec2-2')[column('그룹')]).toBe('웹 계층');
  expect(row('s3-1')[column('그룹')]).toBe('');
  expect(row('ec2-1')[column('태그')]).toBe('prod');

  // KRW: each line in won with its dollars beside it, the group too (amounts before VAT)
  await page.getByLabel('통화').selectOption('KRW');
  await page.getByLabel('환율 (원/USD)').fill('1385.20');
  await page.getByLabel('환율 기준일').fill('2026-07-20');
  await expect(page.getByTestId('group-total-group-1-krw')).toHaveText('₩392,344'); // 283.24 × 1,385.2
  await expect(card(page, 'ec2-2').getByTestId('line-monthly-krw')).toHaveText('₩153,702'); // 110.96 × 1,385.2
  // with VAT on, line amounts say they are before VAT, as the totals by group do
  await page.getByLabel('부가세 10%').check();
  await expect(card(page, 'ec2-2').getByText('부가세 별도')).toBeVisible();
  await expect(page.getByTestId('group-totals').getByText('월 비용, 부가세 별도')).toBeVisible();
  await page.screenshot({ path: `${screenshots}groups-tags-ko-krw.png` });

  // English
  await page.getByLabel('언어').selectOption('en');
  await expect(page.getByRole('region', { name: 'Monthly cost by group' })).toBeVisible();
  await expect(field(card(page, 'ec2-1'), 'Group')).toHaveValue('group-1');
  await page.getByRole('button', { name: 'Manage groups' }).click();
  await page.screenshot({ path: `${screenshots}groups-tags-en.png` });

  // deleting a group its lines use asks first; the lines stay, out of any group
  const managerEn = page.getByRole('region', { name: 'Groups' });
  await managerEn.getByRole('button', { name: 'Delete group: 웹 계층' }).click();
  await expect(managerEn.getByText('Group "웹 계층" has 2 lines.', { exact: false })).toBeVisible();
  await managerEn.getByRole('button', { name: 'Delete group', exact: true }).click();
  await expect(page.getByTestId('group-totals')).toHaveCount(0);
  await expect(card(page, 'ec2-1').getByTestId('line-group')).toHaveCount(0);
  await expect(field(card(page, 'ec2-1'), 'Group')).toHaveValue('');
});
