// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { testSnapshot } from '../instances/test-snapshot';
import { axeViolations } from '../test/axe';
import { RightsizingPage } from './RightsizingPage';
import { renderPage } from './test-render';

afterEach(cleanup);

const text = (element: Element | null | undefined) => element?.textContent ?? '';
const fleetRows = () =>
  within(screen.getByRole('table', { name: /인스턴스별 결과|Result per instance/ })).getAllByRole('row');
const rowOf = (instance: string) =>
  fleetRows().find((row) => within(row).queryByRole('button', { name: new RegExp(instance) })) as HTMLElement;
const loaded = () => text(screen.getByText(/^불러온 데이터/));

function chooseFile(name: string, content: string) {
  const input = screen.getByTestId('utilization-file-input');
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/csv' })] } });
}

// line 2 is good; line 3 has a bad number; line 4 names a type the catalogue does not know
const PROBLEM_CSV = [
  'instance,instance_type,region,cpu_p99,cpu_max,cpu_avg,memory_max',
  'new-api-1,c5.xlarge,ap-northeast-2,40,60,20,50',
  'new-api-2,c5.xlarge,ap-northeast-2,abc,60,20,50',
  'new-api-3,zz9.huge,ap-northeast-2,40,60,20,50',
].join('\n');

describe('RightsizingPage', () => {
  it('loads the Seoul summary sample: findings, recommendations and savings from the engine', () => {
    renderPage(<RightsizingPage snapshot={testSnapshot()} />);
    expect(screen.getByText(/아직 불러온 사용률 데이터가 없습니다/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /서울 요약/ }));
    expect(loaded()).toContain('인스턴스 6개');
    expect(fleetRows()).toHaveLength(1 + 6 + 1);

    // m5.2xlarge ($0.472/h in Seoul) → t3a.large ($0.0936/h): (0.472 − 0.0936) × 730 = $276.232
    const web = rowOf('web-nginx-1');
    expect(text(web)).toContain('과다 프로비저닝');
    expect(text(web)).toContain('CPU 축소 가능, 메모리 축소 가능');
    expect(text(web)).toContain('t3a.large');
    expect(text(web)).toContain('$276.23');
    expect(text(web)).toContain('r6g.medium');
    expect(text(web)).toContain('Arm 이전 작업 필요');
    // what changes besides size (Compute Optimizer's platform differences), spelled out on hover and in the details
    const differences = Array.from(web!.querySelectorAll('.rs-note'), (n) => [
      n.textContent,
      n.getAttribute('title'),
    ]);
    expect(differences[0]).toEqual([
      '플랫폼 차이 2가지: 상세 보기 참고',
      expect.stringMatching(
        /^t3a\.large는 AMD, m5\.2xlarge는 Intel 프로세서입니다: .*\nt3a\.large는 기준 대역폭이 더 작습니다: EBS 2,780 Mbps \(지금 4,750\)/,
      ),
    ]);
    expect(differences.map(([shown]) => shown)).toEqual([
      '플랫폼 차이 2가지: 상세 보기 참고',
      'Arm 이전 작업 필요', // r6g.medium: Graviton, and as much EBS bandwidth (network was measured)
    ]);

    expect(text(rowOf('api-1'))).toContain('과소 프로비저닝');
    expect(text(rowOf('api-1'))).toContain('-$55.48');
    expect(text(rowOf('db-mysql-1'))).toContain('최적화됨');
    expect(text(rowOf('old-test-1'))).toContain('유휴');
    expect(text(rowOf('old-test-1'))).toContain('중지 검토');

    // the opportunity adds the positive savings only: 276.232 + 46.72 + 17.812 + 172.28 = 513.044
    expect(text(screen.getByTestId('savings-opportunity-on-demand'))).toBe('$513.04');
    // the totals row adds its whole column, the increases too: 513.044 − 55.48 (api-1) − 37.088 (batch-1)
    expect(text(rowOf('batch-1'))).toContain('-$37.09');
    expect(text(screen.getByTestId('total-savings-on-demand'))).toBe('$420.48');
    expect(text(fleetRows().at(-1))).toContain('과다 프로비저닝 1 · 과소 프로비저닝 2 · 최적화됨 2 · 유휴 1');
  });

  it('shows row problems with line numbers; cancel keeps what was loaded, "import good rows" adds them', async () => {
    renderPage(<RightsizingPage snapshot={testSnapshot()} />);
    fireEvent.click(screen.getByRole('button', { name: /서울 요약/ }));
    expect(loaded()).toContain('인스턴스 6개');

    chooseFile('new-fleet.csv', PROBLEM_CSV);
    const dialog = await screen.findByRole('dialog', { name: '가져오기 문제: new-fleet.csv' });
    const problemRows = within(dialog).getAllByRole('row').slice(1);
    expect(problemRows.map((row) => text(row.firstElementChild))).toEqual(['3', '4']);
    expect(text(problemRows[0])).toContain('"abc"는 숫자가 아닙니다');
    expect(text(problemRows[0])).toContain('cpu_p99');
    expect(text(problemRows[1])).toContain('"zz9.huge"는 카탈로그에 없는 인스턴스 유형입니다');
    expect(await axeViolations(dialog)).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: '취소' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(loaded()).toContain('인스턴스 6개');
    expect(rowOf('new-api-1')).toBeUndefined();
    expect(screen.getByText(/new-fleet\.csv 가져오기를 취소했습니다/)).toBeTruthy();

    chooseFile('new-fleet.csv', PROBLEM_CSV);
    const again = await screen.findByRole('dialog');
    fireEvent.click(within(again).getByRole('button', { name: '문제 없는 행 1개 가져오기' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(loaded()).toContain('인스턴스 7개');
    expect(text(rowOf('new-api-1'))).toContain('c5.xlarge');
    expect(rowOf('new-api-2')).toBeUndefined();
  });

  it('counts in English: one good row, one instance, one summary row are singular', async () => {
    renderPage(<RightsizingPage snapshot={testSnapshot()} />, 'en');
    expect(screen.getByText(/^Loaded: /).firstChild?.textContent).toBe(
      'Loaded: 0 instances · 0 metric rows · 0 summary rows',
    );
    chooseFile('new-fleet.csv', PROBLEM_CSV);
    const dialog = await screen.findByRole('dialog', { name: 'Import problems: new-fleet.csv' });
    expect(text(dialog)).toContain(
      'Found 2 problems. You can import the 1 good row or cancel. Cancel keeps the data loaded before unchanged.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import the 1 good row' }));
    expect(screen.getByText('new-fleet.csv: imported 1 row (0 replaced).')).toBeTruthy();
    // the status line, without its "Clear data" button
    expect(screen.getByText(/^Loaded: /).firstChild?.textContent).toBe(
      'Loaded: 1 instance · 0 metric rows · 1 summary row',
    );
    expect(text(screen.getByRole('table', { name: /Result per instance/ }))).toContain('Totals (1 instance)');
  });

  it('a file that cannot be imported at all offers only cancel', async () => {
    renderPage(<RightsizingPage snapshot={testSnapshot()} />);
    chooseFile('notes.csv', 'name,comment\nx,y\n');
    const dialog = await screen.findByRole('dialog');
    expect(text(dialog)).toContain('가져올 수 있는 행이 없습니다');
    expect(within(dialog).queryByRole('button', { name: /가져오기$/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '취소' }));
    expect(loaded()).toContain('인스턴스 0개');
  });

  it('recomputes with the settings: 0 % CPU headroom needs 9 % × 8 vCPU = 0.72 vCPU instead of 0.9', () => {
    renderPage(<RightsizingPage snapshot={testSnapshot()} />);
    fireEvent.click(screen.getByRole('button', { name: /서울 요약/ }));
    const detail = () => screen.getByRole('region', { name: 'web-nginx-1 상세' });
    const required = () => text(within(detail()).getByText('필요 vCPU').nextElementSibling);
    expect(required()).toBe('0.9');
    fireEvent.change(screen.getByLabelText('CPU 여유 (헤드룸)'), { target: { value: '0' } });
    expect(required()).toBe('0.72');
    fireEvent.click(screen.getByRole('button', { name: 'api-1 상세 보기' }));
    expect(screen.getByRole('region', { name: 'api-1 상세' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'api-1 상세 보기' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('draws the CloudWatch sample distribution against current and recommended capacity', () => {
    renderPage(<RightsizingPage snapshot={testSnapshot()} />);
    fireEvent.click(screen.getByRole('button', { name: /CloudWatch 3일/ }));
    const detail = screen.getByRole('region', { name: 'web-nginx-1 상세' });
    const figure = within(detail).getByRole('figure', { name: 'CPU 사용률 분포와 용량' });
    // web-nginx-1 on m5.2xlarge (8 vCPU) → c5a.xlarge (4 vCPU): 50 % of the current capacity
    expect(text(figure)).toContain('권장 50%');
    expect(text(figure)).toContain('현재 100%');
    expect(text(figure)).toMatch(/P99\.5 \d/);
  });

  it('speaks English', () => {
    renderPage(<RightsizingPage snapshot={testSnapshot()} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: /Seoul summary/ }));
    expect(screen.getByRole('heading', { name: 'Right-sizing' })).toBeTruthy();
    expect(text(screen.getByRole('table', { name: /Result per instance/ }))).toContain('Over-provisioned');
  });

  it('has no axe violations with data loaded', async () => {
    const { container } = renderPage(<RightsizingPage snapshot={testSnapshot()} />);
    fireEvent.click(screen.getByRole('button', { name: /CloudWatch 3일/ }));
    await act(async () => {});
    expect(await axeViolations(container)).toEqual([]);
  });
});
