import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open-app';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;
const axeScript = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const pricingData = new URL('../../pricing-data/', import.meta.url).pathname;

/**
 * The bundled snapshot's files with Seoul r5.large on-demand at $0.167 instead of $0.152, under a new
 * snapshot id, the manifest's sha256 updated: what a user would pick from a freshly updated snapshot folder.
 */
function updatedSnapshotFiles() {
  const files = new Map<string, string>();
  for (const name of readdirSync(pricingData)) {
    if (name.endsWith('.json')) files.set(name, readFileSync(pricingData + name, 'utf8'));
  }
  const onDemand = JSON.parse(files.get('ec2-ondemand-linux.json') ?? 'null') as {
    regions: Record<string, Record<string, { hourly: string }>>;
  };
  const r5 = onDemand.regions['ap-northeast-2']?.['r5.large'];
  if (r5?.hourly !== '0.152') throw new Error('the bundled Seoul r5.large price is no longer 0.152');
  r5.hourly = '0.167';
  const table = `${JSON.stringify(onDemand, null, 1)}\n`;
  files.set('ec2-ondemand-linux.json', table);
  const manifest = JSON.parse(files.get('manifest.json') ?? 'null') as {
    snapshotId: string;
    snapshotDate: string;
    tables: { file: string; sha256: string }[];
  };
  manifest.snapshotId = '2026-12-e2e-update';
  manifest.snapshotDate = '2026-12-01';
  for (const entry of manifest.tables) {
    if (entry.file === 'ec2-ondemand-linux.json')
      entry.sha256 = createHash('sha256').update(table).digest('hex');
  }
  files.set('manifest.json', JSON.stringify(manifest, null, 1));
  return [...files].map(([name, text]) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  }));
}

/** axe-core in the real browser, colour contrast included, on the price-tables page only. */
async function axeViolations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses a script tag
  await page.evaluate(readFileSync(axeScript, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run('.price-tables');
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function openPriceTables(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

test('price tables: snapshot, Seoul coverage, a diff against an updated snapshot and the re-pricing (ko)', async ({
  page,
}) => {
  await openApp(page);
  await openPriceTables(page, '가격표');

  await expect(page.getByTestId('snapshot-date')).toHaveText('2026-11-21');
  await expect(page.getByTestId('snapshot-id')).toHaveText('2026-11-snapshot-1');

  const coverage = page.getByRole('table', { name: '리전별 가격 범위' });
  const seoul = coverage.getByRole('row').nth(1);
  await expect(seoul.getByRole('rowheader')).toHaveText('아시아 태평양(서울) ap-northeast-2');
  await expect(seoul.getByRole('cell')).toHaveText([
    '1,363',
    '394',
    '366',
    '1', // exact Windows rate: the x2iedn.32xlarge card
    '494',
    '1', // x2iedn.32xlarge has an exact RI card in Seoul
    '0',
    '12/14',
    '6/13',
    '8/9',
    '5/5',
  ]);
  await expect(coverage.getByRole('row').nth(2).getByRole('rowheader')).toContainText('us-east-1');

  await expect(page.getByRole('note')).toContainText(
    'npm run prices:update -- --regions ap-northeast-2,us-east-1',
  );
  await page.screenshot({ path: `${screenshots}price-tables-ko.png`, fullPage: true });

  // a second snapshot folder picked in the browser, validated by the engine, diffed against the bundled one
  await page.getByLabel('비교할 스냅샷 파일 불러오기').setInputFiles(updatedSnapshotFiles());
  await expect(
    page.getByText('2026-12-e2e-update (2026-12-01) 스냅샷을 불러왔습니다: 파일 15개.'),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByTestId('diff-summary')).toHaveText(
    '2026-11-snapshot-1 → 2026-12-e2e-update: 추가된 유형 0개, 삭제된 유형 0개, 가격 변경 1건',
  );
  const change = page.getByRole('table', { name: '가격 변경 목록' }).getByRole('row').nth(1);
  // 0.167 − 0.152 = 0.015, ÷ 0.152 = 9.868…%
  await expect(change.getByRole('cell')).toHaveText([
    'EC2 온디맨드',
    'ap-northeast-2',
    '$0.152',
    '$0.167',
    '+$0.015',
    '+9.87%',
  ]);

  // the open scenario (the Seoul 3-tier example) re-priced on B: 2 × r5.large always on, 730 h
  await page.getByRole('button', { name: /B 가격으로 다시 계산$/ }).click();
  const db = page
    .getByRole('table', { name: '스냅샷별 시나리오 비용' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /db-primary/ }) });
  await expect(db.getByRole('cell')).toHaveText(['$221.92', '$243.82', '+$21.90']);

  expect(await axeViolations(page)).toEqual([]);
});

test('price tables in English', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('cloudsizer.language', 'en'));
  await openApp(page);
  await openPriceTables(page, 'Price tables');
  await expect(page.getByTestId('snapshot-date')).toHaveText('2026-11-21');
  const seoul = page.getByRole('table', { name: 'Price coverage per region' }).getByRole('row').nth(1);
  await expect(seoul.getByRole('rowheader')).toHaveText('Asia Pacific (Seoul) ap-northeast-2');
  await expect(seoul.getByRole('cell').nth(1)).toHaveText('394');
  await page.screenshot({ path: `${screenshots}price-tables-en.png`, fullPage: true });
});
