// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { axeViolations } from '../test/axe';
import { PriceTablesPage } from './PriceTablesPage';
import { koreanDataText } from '../../../engine/prices/curated-names';
import { bundledSnapshot, renderWithPriceTables } from './test-helpers';
import { englishRunsIn } from './test-english-runs';

afterEach(cleanup);

/** Titles of external sources: names, shown as they are (our own sources' titles have Korean). */
const externalSourceNames = () =>
  bundledSnapshot()
    .manifest.sources.map((s) => s.title)
    .filter((title) => koreanDataText(title) === null);

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
    // our own derived source: its title and note in Korean; an external source keeps its name, marked English
    const windows = within(sources)
      .getByRole('rowheader', { name: /^vCPU·시간당 Windows 라이선스 포함 추가 요금/ })
      .closest('tr') as HTMLElement;
    expect(cells(windows)[0]).toBe('규칙 계산');
    expect(cells(windows)[3]).toBe(
      'x2iedn.32xlarge 25개 리전 전체(mswin − linux = 128 × 0.046), m5.xlarge us-east-1(0.376 − 0.192), c5.xlarge 도쿄(0.398 − 0.214)에서 확인함',
    );
    expect(within(skypilot).getByRole('rowheader').querySelector('[lang="en"]')?.textContent).toBe(
      'SkyPilot AWS catalogue rows for ap-northeast-2 (transcribed)',
    );
    const spot = within(sources)
      .getByRole('rowheader', { name: /^AWS Spot Instance Advisor feed/ })
      .closest('tr') as HTMLElement;
    expect(cells(spot)[3]).toBe(
      '공개 Spot Instance Advisor 데이터의 사본; 절감률은 실시간 가격이 아니라 과거 평균',
    );
  });

  it('names the coverage counters of each table in Korean', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    const tables = screen.getByRole('table', { name: '스냅샷의 표' });
    const counts = (name: string) =>
      cells(within(tables).getByRole('rowheader', { name }).closest('tr') as HTMLElement)[3];
    expect(counts('ec2-catalogue')).toBe(
      '버스터블 29 · 패밀리 177 · 유형 1,363 · CPU 크레딧 있음 28 · GPU 있음 70',
    );
    expect(counts('ebs')).toBe(
      'ap-northeast-2 가격 있음 12 · ap-northeast-2 가격 없음 2 · us-east-1 가격 있음 13 · us-east-1 가격 없음 1',
    );
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

    expect(cells(standard3yAll)[4]).toBe(
      '추정값이며 가격이 아닙니다. 정확한 요금표 26개(x2iedn.32xlarge Linux 25개 리전, ec2instances.info 2026-07-20; m5.large us-east-1, AWS Pricing API 2021)에서 "1 − 유효 시간당 요금 ÷ 온디맨드 시간당 요금"의 중앙값을 구했습니다. 유효 시간당 요금 = 선결제 금액 ÷ 26280시간 + 시간당 요금이고, 선결제 비중 = 선결제 금액 ÷ (선결제 금액 + 시간당 요금 × 26280시간)은 m5.large 요금표에서 구했습니다. 소수점 4자리로 반올림했습니다(표본 범위 0.6238–0.7208).',
    );
    const ec2Instance1yNo = within(table)
      .getByRole('rowheader', { name: '절감형 플랜 EC2 Instance 1년 선결제 없음' })
      .closest('tr') as HTMLElement;
    expect(cells(ec2Instance1yNo)[4]).toMatch(
      /^추정값일 뿐입니다\. 번들에 절감형 플랜\(Savings Plans\) 요금표가 없습니다\. AWS는 EC2 Instance 절감형 플랜을 표준 예약 인스턴스처럼 최대 72% 할인으로 안내하므로, 표준 예약 인스턴스 1년 선결제 없음 추정값\(0\.3847\)을 그대로 씁니다\. 추정값이며 가격이 아닙니다\./,
    );
    expect(text(screen.getByText(/^일반 할인율 표: /))).toBe(
      '추정 일반 할인율 표: 추정값: 정확한 요금표 두 개에서 구한 온디맨드 대비 일반 할인율; 정확한 요금이 없을 때만 쓰고 추정값으로 표시함',
    );

    fireEvent.change(category, { target: { value: 'derived-rule' } });
    expect(bodyRows(table).map((row) => text(within(row).getByRole('rowheader')))).toEqual([
      'Windows 라이선스 포함 = Linux + vCPU·시간당 $0.046 (버스터블이 아닌 유형)',
    ]);
    expect(cells(bodyRows(table)[0] as HTMLElement)[4]).toMatch(
      /^Windows 온디맨드 = Linux 온디맨드 \+ vCPU·시간당 0\.046 USD × vCPU 수 \(버스터블이 아닌 유형만\)\. 실제 요금표 3개로 확인한 규칙:/,
    );

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

  it('shows no English prose: only source names, product names and codes stay in English', () => {
    for (const mode of ['web', 'desktop'] as const) {
      const { container, unmount } = renderWithPriceTables(
        <PriceTablesPage snapshot={bundledSnapshot()} mode={mode} />,
      );
      expect(englishRunsIn(container, externalSourceNames())).toEqual([]);
      unmount();
    }
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
    // the price data's own English, as written
    const row = container.querySelector('[data-gap="discount|reserved|standard|1yr|no-upfront"]');
    expect(text(row?.querySelector('.pt-note'))).toBe(
      bundledSnapshot().typicalDiscounts.discounts[0]?.method,
    );
    expect(
      screen.getByRole('rowheader', { name: /^Windows licence-included adder per vCPU-hour/ }),
    ).toBeTruthy();
    expect(container.querySelector('[lang="en"]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);
});
