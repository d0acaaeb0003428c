// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parseScenario, type Scenario } from '../../../engine/scenario';
import { axeViolations } from '../test/axe';
import { PriceTablesPage } from './PriceTablesPage';
import { asFiles, bundledFiles, bundledSnapshot, editedFiles, renderWithPriceTables } from './test-helpers';

afterEach(cleanup);

const text = (element: Element | null | undefined): string => element?.textContent ?? '';
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(text);

type OnDemandJson = { regions: Record<string, Record<string, { hourly: string }>> };

/** The bundled snapshot with m5.large us-east-1 at $0.10 instead of $0.096 and m5.xlarge us-east-1 removed. */
function modifiedSnapshotFiles(): File[] {
  return asFiles(
    editedFiles('2026-12-test-1', '2026-12-01', {
      'ec2-ondemand-linux.json': (json) => {
        const virginia = (json as unknown as OnDemandJson).regions['us-east-1'];
        if (!virginia?.['m5.large'] || !virginia['m5.xlarge']) throw new Error('bundled table changed');
        virginia['m5.large'].hourly = '0.1';
        delete virginia['m5.xlarge'];
      },
    }),
  );
}

function scenario(): Scenario {
  const parsed = parseScenario({
    schemaVersion: 1,
    name: '버지니아 웹',
    region: 'us-east-1',
    items: [
      { service: 'ec2', id: 'web', description: '웹 서버', instanceType: 'm5.large', count: 2 },
      { service: 'ec2', id: 'batch', description: '배치 서버', instanceType: 'm5.xlarge', count: 1 },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

/** Picks files in the multi-file input; the page hashes and validates 15 files, which takes a moment in jsdom. */
async function loadFiles(files: File[], label = '비교할 스냅샷 파일 불러오기') {
  fireEvent.change(screen.getByLabelText(label), { target: { files } });
  await waitFor(() => expect(screen.queryByText(/검사하는 중|Checking the snapshot/)).toBeNull(), {
    timeout: 20_000,
  });
}

describe('snapshot diff on the page', () => {
  it('asks for a second snapshot while A and B are the same', () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} scenario={scenario()} />);
    expect(screen.getByText('A와 B가 같은 스냅샷입니다. 다른 스냅샷을 불러와 B로 고르세요.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '가격 변경 목록' })).toBeNull();
  });

  it('diffs the bundled snapshot against a modified copy: one price changed, one type removed', async () => {
    const { container } = renderWithPriceTables(
      <PriceTablesPage snapshot={bundledSnapshot()} scenario={scenario()} />,
    );
    await loadFiles(modifiedSnapshotFiles());
    await screen.findByText('2026-12-test-1 (2026-12-01) 스냅샷을 불러왔습니다: 파일 15개.');
    expect(
      (screen.getByLabelText('스냅샷 B (이후)') as HTMLSelectElement).selectedOptions[0]?.textContent,
    ).toBe('2026-12-test-1 (2026-12-01) · 불러옴');
    expect(text(screen.getByTestId('diff-summary'))).toBe(
      '2026-11-snapshot-1 → 2026-12-test-1: 추가된 유형 0개, 삭제된 유형 1개, 가격 변경 2건',
    );
    expect(text(screen.getByRole('list', { name: '삭제된 인스턴스 유형 (1) 목록' }))).toBe(
      'us-east-1: m5.xlarge',
    );

    const table = screen.getByRole('table', { name: '가격 변경 목록' });
    const m5 = within(table)
      .getByRole('rowheader', { name: 'm5.large' })
      .closest('tr') as HTMLTableRowElement;
    // 0.1 − 0.096 = 0.004; 0.004 ÷ 0.096 = 4.1666…%
    expect([text(m5.cells[0]), text(m5.cells[1]), ...cells(m5).slice(2)]).toEqual([
      'EC2 온디맨드',
      'us-east-1',
      '$0.096',
      '$0.10',
      '+$0.004',
      '+4.17%',
    ]);
    const gone = within(table)
      .getByRole('rowheader', { name: /^m5\.xlarge/ })
      .closest('tr') as HTMLElement;
    expect(text(within(gone).getByRole('rowheader'))).toBe('m5.xlarge없어진 가격');
    expect(cells(gone).slice(2)).toEqual(['$0.192', '없음', '없음', '없음']);

    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);

  it('filters and sorts the changes', async () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    await loadFiles(modifiedSnapshotFiles());
    const table = await screen.findByRole('table', { name: '가격 변경 목록' });
    const items = () =>
      within(table)
        .queryAllByRole('rowheader')
        .map((cell) => cell.firstChild?.textContent);

    const byPercent = within(table).getByRole('button', { name: '변화율' });
    fireEvent.click(byPercent);
    expect(byPercent.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(items()).toEqual(['m5.large', 'm5.xlarge']);
    fireEvent.click(byPercent);
    expect(byPercent.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    // a missing percentage stays last in both directions
    expect(items()).toEqual(['m5.large', 'm5.xlarge']);

    fireEvent.change(screen.getByLabelText('변경 종류'), { target: { value: 'removed' } });
    expect(
      within(screen.getByRole('table', { name: '가격 변경 목록' }))
        .getAllByRole('rowheader')
        .map(text),
    ).toEqual(['m5.xlarge없어진 가격']);
    fireEvent.change(screen.getByLabelText('변경 종류'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('서비스'), { target: { value: 'ebs' } });
    expect(screen.getByText('필터에 맞는 가격 변경이 없습니다.')).toBeTruthy();
    expect(screen.getByText('삭제된 인스턴스 유형 (0)')).toBeTruthy();
  });

  it('re-prices the open scenario on B with the delta per line and in total', async () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} scenario={scenario()} />);
    await loadFiles(modifiedSnapshotFiles());
    fireEvent.click(
      await screen.findByRole('button', { name: '시나리오 "버지니아 웹"를 B 가격으로 다시 계산' }),
    );
    const table = screen.getByRole('table', { name: '스냅샷별 시나리오 비용' });
    const row = (name: string | RegExp) =>
      within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    // 2 × 730 h × $0.096 = $140.16 on A; 2 × 730 × $0.10 = $146.00 on B
    expect(cells(row(/^웹 서버/))).toEqual(['$140.16', '$146.00', '+$5.84']);
    // 730 × $0.192 = $140.16 on A; m5.xlarge has no us-east-1 price in B
    const batch = cells(row(/^배치 서버/));
    expect(batch[0]).toBe('$140.16');
    expect(batch[1]).toMatch(/^가격 없음: /);
    expect(batch[2]).toBe('—');
    // totals sum priced lines only: 280.32 on A, 146.00 on B
    expect(cells(row('합계 · 월 요금'))).toEqual(['$280.32', '$146.00', '-$134.32']);
    expect(cells(row('합계 · 선결제'))).toEqual(['$0.00', '$0.00', '$0.00']);
    expect(screen.getByText('가격이 없는 항목은 합계에서 빠집니다: A 0개, B 1개.')).toBeTruthy();
  });

  it('shows why files cannot be used, naming the file', async () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} />);
    const texts = { ...bundledFiles() };
    texts['lambda.json'] = (texts['lambda.json'] ?? '').replace('"0.20"', '"0.25"');
    await loadFiles(asFiles(texts));
    const alert = await screen.findByRole('alert');
    expect(text(alert)).toContain('이 파일들은 스냅샷으로 쓸 수 없습니다.');
    expect(text(alert)).toContain('파일: lambda.json');
    expect(text(alert)).toContain('price snapshot: lambda.json: sha256 mismatch');
    // nothing was added to the choices
    await waitFor(() =>
      expect((screen.getByLabelText('스냅샷 B (이후)') as HTMLSelectElement).options).toHaveLength(1),
    );
  });

  it('in English', async () => {
    renderWithPriceTables(<PriceTablesPage snapshot={bundledSnapshot()} scenario={scenario()} />, 'en');
    await loadFiles(modifiedSnapshotFiles(), 'Load snapshot files to compare');
    await screen.findByText('Loaded 2026-12-test-1 (2026-12-01): 15 files.');
    expect(text(screen.getByTestId('diff-summary'))).toBe(
      '2026-11-snapshot-1 → 2026-12-test-1: 0 types added, 1 type removed, 2 price changes',
    );
    const m5 = within(screen.getByRole('table', { name: 'Price changes' })).getByRole('rowheader', {
      name: 'm5.large',
    });
    expect(cells(m5.closest('tr') as HTMLElement).slice(2)).toEqual(['$0.096', '$0.10', '+$0.004', '+4.17%']);
  });
});
