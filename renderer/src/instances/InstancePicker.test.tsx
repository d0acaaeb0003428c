// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { InstancePicker } from './InstancePicker';
import { axeViolations, fakeLayout, renderWithI18n } from './test-render';
import { testSnapshot } from './test-snapshot';
import type { Language } from '../i18n';
import type { OperatingSystem, Region } from '../../../pricing-data/schema';
import { englishWordsIn } from '../../../engine/trace/testing/english-words';
import { readCsv } from '../../../engine/csv/read-csv';

beforeAll(fakeLayout);
afterEach(cleanup);

function Harness({
  initial = null,
  onSelect = () => {},
  region = 'us-east-1',
  os = 'linux',
  onExportCsv,
}: {
  initial?: string | null;
  onSelect?: (type: string) => void;
  region?: Region;
  os?: OperatingSystem;
  onExportCsv?: (text: string, fileName: string) => void;
}) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <InstancePicker
      snapshot={testSnapshot()}
      region={region}
      os={os}
      value={value}
      onSelect={(type) => {
        setValue(type);
        onSelect(type);
      }}
      onExportCsv={onExportCsv}
    />
  );
}

const renderPicker = (props: Parameters<typeof Harness>[0] = {}, language: Language = 'ko') =>
  renderWithI18n(<Harness {...props} />, language);

const grid = () => screen.getByRole('grid');
const text = (element: Element | null | undefined): string => element?.textContent ?? '';
const attr = (element: Element | null | undefined, name: string): string | null =>
  element?.getAttribute(name) ?? null;
/** Type names of the rendered body rows, in order. */
const shownTypes = () =>
  within(grid())
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1' && row.id !== '')
    .map((row) => row.querySelector('code')?.textContent ?? '');

const search = (text: string) => {
  fireEvent.change(screen.getByLabelText('유형 검색'), { target: { value: text } });
};

describe('InstancePicker', () => {
  it('shows the whole catalogue but renders only the rows in view', () => {
    renderPicker();
    expect(text(screen.getByRole('status'))).toContain('1,363개 표시 / 전체 1,363개');
    expect(attr(grid(), 'aria-rowcount')).toBe('1364');
    const rendered = shownTypes().length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
  });

  it('filters by text and by /regex/, and explains a bad regex', () => {
    renderPicker();
    search('/^t4g\\./');
    expect(text(screen.getByRole('status'))).toContain('7개 표시');
    expect(shownTypes()).toEqual([
      't4g.nano',
      't4g.micro',
      't4g.small',
      't4g.medium',
      't4g.large',
      't4g.xlarge',
      't4g.2xlarge',
    ]);
    search('/t4g(/');
    expect(attr(screen.getByLabelText('유형 검색'), 'aria-invalid')).toBe('true');
    expect(screen.getByText(/정규식 오류 \(\/t4g\(\/\)/)).toBeTruthy();
  });

  it('filters by category chip, GPU and vCPU range', () => {
    renderPicker();
    fireEvent.click(screen.getByRole('button', { name: '가속화된 컴퓨팅' }));
    expect(attr(screen.getByRole('button', { name: '가속화된 컴퓨팅' }), 'aria-pressed')).toBe('true');
    fireEvent.change(screen.getByLabelText('GPU'), { target: { value: 'yes' } });
    fireEvent.change(screen.getByLabelText('vCPU 최소'), { target: { value: '96' } });
    fireEvent.change(screen.getByLabelText('vCPU 최대'), { target: { value: '96' } });
    const types = shownTypes();
    expect(types).toContain('p4d.24xlarge');
    expect(types).not.toContain('m5.large');
    for (const type of types) {
      const spec = testSnapshot().index.get(type);
      expect(spec?.vcpu).toBe(96);
      expect(spec?.gpu).not.toBeNull();
    }
  });

  it('shows a clear message for a range box that is not a number', () => {
    renderPicker();
    fireEvent.change(screen.getByLabelText('메모리 최소 (GiB)'), { target: { value: 'abc' } });
    expect(screen.getByText('메모리 최소 (GiB): 0 이상의 숫자를 입력하세요 (입력값: "abc")')).toBeTruthy();
  });

  it('sorts by $/h with the cheapest first and unpriced types last in both directions', () => {
    renderPicker();
    search('m5.');
    const sortButton = screen.getByRole('button', { name: /\$\/시간/ });
    fireEvent.click(sortButton);
    expect(attr(sortButton.closest('th'), 'aria-sort')).toBe('ascending');
    expect(shownTypes()[0]).toBe('m5.large');
    const firstRow = within(grid()).getAllByRole('row')[1];
    expect(text(firstRow)).toContain('$0.096');
    expect(text(firstRow)).toContain('$70.08');
    expect(text(firstRow)).toContain('$0.048');
    expect(text(firstRow)).toContain('$0.012');
    fireEvent.click(sortButton);
    expect(attr(sortButton.closest('th'), 'aria-sort')).toBe('descending');
    expect(shownTypes()[0]).toMatch(/^m5\.(24xlarge|metal)$/);
  });

  it('puts unpriced types after priced ones in both directions and explains the dash', () => {
    renderPicker({ region: 'ap-northeast-2' });
    search('/^m(5|6a)\\.large$/');
    const sortButton = screen.getByRole('button', { name: /\$\/시간/ });
    fireEvent.click(sortButton);
    expect(shownTypes()).toEqual(['m5.large', 'm6a.large']);
    fireEvent.click(sortButton);
    expect(shownTypes()).toEqual(['m5.large', 'm6a.large']);
    const unpriced = within(grid()).getAllByRole('row')[2] as HTMLElement;
    const reasons = within(unpriced).getAllByTitle(
      /^가격 없음: .*ap-northeast-2의 m6a\.large 온디맨드 Linux 가격이 없습니다/,
    );
    expect(reasons).toHaveLength(4);
    expect(englishWordsIn(reasons[0]?.getAttribute('title') ?? '')).toEqual([]);
  });

  it('selects by click and by keyboard (arrows move, Enter confirms)', () => {
    const onSelect = vi.fn();
    renderPicker({ onSelect });
    search('/^t3\\./');
    const rows = within(grid()).getAllByRole('row').slice(1);
    fireEvent.click(rows[2] as HTMLElement);
    expect(onSelect).toHaveBeenLastCalledWith('t3.small');
    grid().focus();
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith('t3.medium');
    fireEvent.keyDown(grid(), { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith('t3.2xlarge');
    fireEvent.keyDown(grid(), { key: 'Home' });
    fireEvent.keyDown(grid(), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('t3.nano');
    const selected = within(grid())
      .getAllByRole('row')
      .find((r) => r.getAttribute('aria-selected') === 'true');
    expect(text(selected)).toContain('t3.nano');
    expect(attr(grid(), 'aria-activedescendant')).toBe(selected?.id);
  });

  it('decodes the selected name: 패밀리, 세대, 추가 기능, 크기', () => {
    renderPicker({ initial: 'm7gd.2xlarge' });
    const decoder = screen.getByRole('region', { name: '이름 해석' });
    expect(text(within(decoder).getByText('인스턴스 패밀리').nextElementSibling)).toContain('m — 범용');
    expect(text(within(decoder).getByText('세대').nextElementSibling)).toContain('7 — 7세대');
    const attributes = within(decoder).getByText('추가 기능').nextElementSibling;
    expect(text(attributes)).toContain('g — AWS Graviton 프로세서 (Arm)');
    expect(text(attributes)).toContain('d — 로컬 NVMe SSD 인스턴스 스토어');
    expect(text(within(decoder).getByText('크기').nextElementSibling)).toContain(
      '2xlarge — xlarge의 2배 크기',
    );
  });

  it('shows T-family credits with the baseline per vCPU (t3.micro: 12 credits/h, 10%)', () => {
    renderPicker({ initial: 't3.micro' });
    const decoder = screen.getByRole('region', { name: '이름 해석' });
    expect(text(within(decoder).getByText('vCPU당 기준 성능').nextElementSibling)).toContain('10%');
    expect(text(within(decoder).getByText('시간당 적립 크레딧').nextElementSibling)).toContain('12');
    expect(text(within(decoder).getByText('최대 적립 크레딧').nextElementSibling)).toContain('288');
    expect(text(within(decoder).getByText('기본 모드').nextElementSibling)).toContain('무제한(Unlimited)');
  });

  it('speaks English when the UI is in English', () => {
    renderPicker({ initial: 'm5.large' }, 'en');
    expect(text(screen.getByRole('status'))).toContain('1,363 shown of 1,363');
    expect(screen.getByRole('button', { name: /\$\/month \(730 h\)/ })).toBeTruthy();
    expect(text(screen.getByRole('region', { name: 'What the name means' }))).toContain('General purpose');
  });

  it('has no axe violations, in Korean and with a selection and filters', async () => {
    const { container } = renderPicker({ initial: 't3.micro' });
    search('t3');
    await act(async () => {});
    expect(await axeViolations(container)).toEqual([]);
  });

  it('prices every row as Spot (historical average) on request, with savings and interruption columns', () => {
    renderPicker({ region: 'ap-northeast-2' });
    search('/^m5\\.large$/');
    expect(screen.queryByRole('button', { name: /중단 빈도/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('가격 기준'), { target: { value: 'spot' } });
    const row = within(grid()).getAllByRole('row')[1];
    expect(text(row)).toContain('$0.03776');
    expect(text(row)).toContain('68%');
    expect(screen.getByRole('button', { name: /중단 빈도/ })).toBeTruthy();
    expect(screen.getByText(/Spot Instance Advisor의 과거 평균 절감률로 계산한 추정치/)).toBeTruthy();
    expect(text(screen.getByRole('status'))).toContain('ap-northeast-2 · Linux');
  });

  it('exports the shown rows as CSV in the table order, with the region, OS, basis and snapshot', () => {
    const onExportCsv = vi.fn<(text: string, fileName: string) => void>();
    renderPicker({ region: 'ap-northeast-2', onExportCsv }, 'en');
    fireEvent.change(screen.getByLabelText('Search types'), { target: { value: '/^(m5|c5|r5)\\.large$/' } });
    fireEvent.change(screen.getByLabelText('Price basis'), { target: { value: 'spot' } });
    const sortButton = screen.getByRole('button', { name: /\$\/hour/ });
    fireEvent.click(sortButton);
    fireEvent.click(sortButton);
    fireEvent.click(screen.getByRole('button', { name: 'Export table as CSV' }));
    expect(onExportCsv).toHaveBeenCalledTimes(1);
    const [csv, fileName] = onExportCsv.mock.calls[0] ?? ['', ''];
    expect(fileName).toBe('instances-ap-northeast-2-linux-spot.csv');
    const [header, ...rows] = readCsv(csv);
    expect(header?.[0]).toBe('instance type');
    expect(shownTypes()).not.toEqual(['c5.large', 'm5.large', 'r5.large']);
    expect(rows.map((r) => r[0])).toEqual(shownTypes());
    expect(rows.map((r) => r[0])).toHaveLength(3);
    const m5 = rows.find((r) => r[0] === 'm5.large');
    expect(m5).toContain('Spot (historical average)');
    expect(m5).toContain('0.03776');
    expect(m5?.at(-1)).toMatch(/^2026-11-snapshot-1 \(\d{4}-\d{2}-\d{2}\)$/);
  });
});
