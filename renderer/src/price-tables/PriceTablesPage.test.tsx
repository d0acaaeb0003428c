// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { axeViolations } from '../test/axe';
import { PriceTablesPage } from './PriceTablesPage';
import { bundledSnapshot, renderWithPriceTables } from './test-helpers';

afterEach(cleanup);

const text = (element: Element | null | undefined): string => element?.textContent ?? '';
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(text);

describe('PriceTablesPage (Korean, bundled snapshot)', () => {
  it('shows the active snapshot with its id, date, schema version and table hashes', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    expect(screen.getByRole('heading', { level: 2, name: '가격표' })).toBeTruthy();
    expect(text(screen.getByTestId('snapshot-id'))).toBe('2026-11-snapshot-1');
    expect(text(screen.getByTestId('snapshot-date'))).toBe('2026-11-21');
    const tables = screen.getByRole('table', { name: '스냅샷의 표' });
    expect(bodyRows(tables)).toHaveLength(14);
    const onDemand = within(tables)
      .getByRole('rowheader', { name: 'ec2-ondemand-linux' })
      .closest('tr') as HTMLElement;
    expect(cells(onDemand).slice(0, 2)).toEqual(['ec2-ondemand-linux.json', 'f62a2650ee07']);
    expect(cells(onDemand)[3]).toContain('ap-northeast-2 394');
    expect(cells(onDemand)[3]).toContain('us-east-1 1,345');
  });

  it('lists every source with its repository and its kind as a badge', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    const sources = screen.getByRole('table', { name: '가격 출처' });
    expect(bodyRows(sources)).toHaveLength(bundledSnapshot().manifest.sources.length);
    const karpenter = within(sources)
      .getByRole('rowheader', {
        name: 'AWS Pricing API, us-east-1 Linux on-demand (via Karpenter generated pricing table)',
      })
      .closest('tr') as HTMLElement;
    expect(cells(karpenter).slice(0, 3)).toEqual([
      'AWS API',
      '2026-07-20',
      'aws/karpenter-provider-aws · pkg/providers/pricing/zz_generated.pricing_aws.go @ 6fc13b52',
    ]);
    const skypilot = within(sources)
      .getByRole('rowheader', { name: /^SkyPilot AWS catalogue rows/ })
      .closest('tr') as HTMLElement;
    expect(cells(skypilot).slice(0, 2)).toEqual(['옮겨 적음', '날짜 없음']);
    const windows = within(sources)
      .getByRole('rowheader', { name: /^Windows licence-included adder/ })
      .closest('tr') as HTMLElement;
    expect(cells(windows)[0]).toBe('규칙 계산');
  });

  it('puts Seoul and N. Virginia first in the coverage table and filters regions', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    const table = screen.getByRole('table', { name: '리전별 가격 범위' });
    const [seoul, virginia] = bodyRows(table);
    expect(text(within(seoul as HTMLElement).getByRole('rowheader'))).toBe(
      '아시아 태평양(서울) ap-northeast-2',
    );
    // Windows = the 366 non-burstable priced types (by the rule or exact), exact = x2iedn.32xlarge's rate
    // card; Spot = 494 types in the advisor feed
    expect(cells(seoul as HTMLElement)).toEqual([
      '1,363',
      '394',
      '366',
      '1',
      '494',
      '1', // x2iedn.32xlarge has an exact RI card in Seoul
      '0',
      '12/14',
      '6/13',
      '8/9',
      '5/5',
    ]);
    expect(text(within(virginia as HTMLElement).getByRole('rowheader'))).toContain('us-east-1');
    expect(cells(virginia as HTMLElement).slice(0, 2)).toEqual(['1,363', '1,345']);
    expect(bodyRows(table)).toHaveLength(35);

    fireEvent.change(screen.getByLabelText('리전 필터'), { target: { value: 'eu-west' } });
    expect(bodyRows(table).map((row) => row.getAttribute('data-region'))).toEqual([
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
    ]);
    expect(screen.getByText('3/35개 리전')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('리전 필터'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('온디맨드 가격이 있는 리전만'));
    expect(bodyRows(table)).toHaveLength(25);
  });

  it('lists what is estimated or unavailable, with source notes, and filters it', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    const table = screen.getByRole('table', { name: '추정하거나 가격이 없는 항목' });
    const sc1 = within(table)
      .getByRole('rowheader', { name: 'sc1 스토리지 (sc1.storage)' })
      .closest('tr') as HTMLElement;
    expect(cells(sc1)[0]).toBe('가격 없음');
    expect(cells(sc1)[1]).toBe('EBS');
    expect(cells(sc1)[2]).toBe('아시아 태평양(서울) · ap-northeast-2');
    expect(cells(sc1)[4]).toBe('출처끼리 값이 다름(0.0174 / 0.018 / 0.0285 / 0.029): 가격 없음으로 처리');

    const category = screen.getByLabelText('구분');
    fireEvent.change(category, { target: { value: 'estimate' } });
    expect(bodyRows(table)).toHaveLength(24);
    const standard3yAll = within(table)
      .getByRole('rowheader', { name: '예약 인스턴스 표준 3년 전체 선결제' })
      .closest('tr') as HTMLElement;
    expect(cells(standard3yAll)[0]).toBe('추정');
    expect(cells(standard3yAll)[3]).toMatch(/^72\.08% 할인, 선결제 비중 100\.00% \(표본 26개\)$/);

    fireEvent.change(category, { target: { value: 'derived-rule' } });
    expect(bodyRows(table).map((row) => text(within(row).getByRole('rowheader')))).toEqual([
      'Windows 라이선스 포함 = Linux + vCPU·시간당 $0.046 (버스터블이 아닌 유형)',
    ]);

    fireEvent.change(category, { target: { value: 'low-confidence' } });
    expect(bodyRows(table)).toHaveLength(39);
    fireEvent.change(screen.getByLabelText('검색'), { target: { value: 'm5.metal' } });
    const [m5metal] = bodyRows(table);
    expect(cells(m5metal as HTMLElement)[0]).toBe('낮은 신뢰도');
    expect(cells(m5metal as HTMLElement)[4]).toMatch(
      /^메탈 크기: 옮겨 적은 카탈로그는 메탈을 가장 큰 크기와/,
    );
  });

  it('shows the bundled snapshot as installed and, in a browser, the command-line update', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    const installed = screen.getByRole('region', { name: '설치된 스냅샷' });
    expect(text(installed)).toContain('2026-11-snapshot-1 (2026-11-21) 앱에 포함된 스냅샷 사용 중');
    expect(text(within(installed).getByRole('note'))).toContain(
      'npm run prices:update -- --regions ap-northeast-2,us-east-1',
    );
    // the command's default store, and where the desktop app looks instead
    expect(text(installed)).toContain('~/.cloudsizer/snapshots 아래 스냅샷 ID 폴더에 쓰이고');
    expect(text(installed)).toContain(
      '데스크톱 앱은 자기 데이터 폴더의 snapshots 폴더(<앱 데이터>/snapshots)에서',
    );
    expect(screen.queryByRole('region', { name: '가격 업데이트' })).toBeNull();
  });

  it('does not show the command line in the desktop app', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} mode="desktop" />);
    const installed = screen.getByRole('region', { name: '설치된 스냅샷' });
    expect(within(installed).queryByRole('note')).toBeNull();
    expect(text(installed)).not.toContain('npm run prices:update');
  });

  it('has no axe violations', async () => {
    const { container } = renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);
});

describe('PriceTablesPage (English)', () => {
  it('speaks English, with region names and kinds translated', async () => {
    const { container } = renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />, 'en');
    expect(screen.getByRole('heading', { level: 2, name: 'Price tables' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Price coverage per region' });
    expect(text(within(bodyRows(table)[0] as HTMLElement).getByRole('rowheader'))).toBe(
      'Asia Pacific (Seoul) ap-northeast-2',
    );
    expect(screen.getByRole('heading', { name: 'What is estimated or unavailable' })).toBeTruthy();
    expect(screen.getAllByText('third-party copy').length).toBeGreaterThan(0);
    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);
});
