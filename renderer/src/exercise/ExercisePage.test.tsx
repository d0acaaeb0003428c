// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { fakeLayout } from '../instances/test-render';
import { testSnapshot } from '../instances/test-snapshot';
import { renderPage } from '../rightsizing/test-render';
import { axeViolations } from '../test/axe';
import { ExercisePage } from './ExercisePage';

beforeAll(fakeLayout);
afterEach(cleanup);

const text = (element: Element | null | undefined) => element?.textContent ?? '';

function answer(workload: RegExp, type: string, count: string, option?: string) {
  const group = screen.getByRole('group', { name: workload });
  fireEvent.change(within(group).getByLabelText('인스턴스 유형'), { target: { value: type } });
  fireEvent.change(within(group).getByLabelText('인스턴스 수'), { target: { value: count } });
  if (option) {
    const select = within(group).getByLabelText('구매 옵션') as HTMLSelectElement;
    const index = [...select.options].findIndex((o) => o.text === option);
    fireEvent.change(select, { target: { value: String(index) } });
  }
}

describe('ExercisePage, student mode', () => {
  it('lists the four bundled exercises in course order and shows the task in Korean', () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />);
    const select = screen.getByLabelText('문제 선택') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual([
      '과다 프로비저닝된 nginx 웹 서버 적정 크기 조정',
      expect.stringContaining('데이터베이스'),
      expect.stringContaining('배치'),
      expect.stringContaining('개발'),
    ]);
    const task = screen.getByRole('article');
    expect(text(task)).toContain('m5.2xlarge 1대에서 실행 중입니다');
    expect(text(task)).toContain('아시아 태평양(서울) · ap-northeast-2');
  });

  it('grades the best answer 100/100 with the best answer and the explanation', () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />);
    fireEvent.change(screen.getByLabelText('학번'), { target: { value: '2026001' } });
    answer(/nginx 웹 서버/, 'm6g.medium', '2');
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    expect(text(screen.getByTestId('exercise-score'))).toBe('100 / 100점');
    const report = screen.getByRole('region', { name: 'nginx 웹 서버' });
    // 2 × m6g.medium in Seoul on-demand for 12 months: $823.44
    const best = within(report).getByRole('row', { name: /^최적 답/ });
    expect(text(best)).toContain('2 × m6g.medium');
    expect(text(best)).toContain('$823.44');
    expect(text(report)).toContain('최적 답과 같음');
    expect(text(report)).toContain('메모리가 크기를 정합니다');
    expect(text(report)).toContain('P99 CPU 9% × 8 vCPU ÷ (1 − 20%) = 0.9 vCPU');
  });

  it('a one-AZ answer loses the constraint, says why, and shows the best answer', () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />);
    fireEvent.change(screen.getByLabelText('학번'), { target: { value: 's04' } });
    answer(/nginx 웹 서버/, 'm6g.large', '1');
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    const score = Number(text(screen.getByTestId('exercise-score')).split(' ')[0]);
    expect(score).toBeLessThan(40);
    const report = screen.getByRole('region', { name: 'nginx 웹 서버' });
    expect(text(report)).toContain('✗ 미충족 인스턴스 1개; 최소 2개 필요 (가용 영역 2개에 하나씩)');
    expect(text(within(report).getByRole('row', { name: /^최적 답/ }))).toContain('2 × m6g.medium');
  });

  it('commitment exercise: the 3-year all-upfront RI wins with its break-even month explained', () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />);
    const select = screen.getByLabelText('문제 선택') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'steady-database-commitment.exercise.json' } });
    fireEvent.change(screen.getByLabelText('학번'), { target: { value: 'db-1' } });
    answer(/MySQL 데이터베이스/, 'r5a.2xlarge', '1', '온디맨드');
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    const report = screen.getByRole('region', { name: 'MySQL 데이터베이스' });
    const best = within(report).getByRole('row', { name: /^최적 답/ });
    expect(text(best)).toContain('3년 표준 예약 인스턴스, 전체 선결제');
    expect(text(best)).toContain('$3,991.53');
    // on-demand for 36 months: $14,296.32, 258.2 % above the best: full constraint points, no cost points
    expect(text(within(report).getByRole('row', { name: /^제출한 답/ }))).toContain('$14,296.32');
    expect(text(report)).toContain('+258.2%');
    expect(text(screen.getByTestId('exercise-score'))).toBe('40 / 100점');
    expect(text(report)).toContain('온디맨드 대비 11개월 차에 손익분기점에 도달합니다');
  });

  it('reports empty boxes next to them and does not grade', () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />);
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    expect(screen.getAllByRole('alert').map(text)).toEqual(['값을 입력하세요', '값을 입력하세요']);
    expect(screen.queryByTestId('exercise-score')).toBeNull();
    fireEvent.change(screen.getByLabelText('인스턴스 수'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    expect(screen.getAllByRole('alert').map(text)).toContain('1~100 사이의 정수를 입력하세요');
  });

  it('exports the result as the engine CSV (UTF-8 BOM, Korean headers)', () => {
    const download = vi.fn();
    renderPage(<ExercisePage snapshot={testSnapshot()} download={download} />);
    fireEvent.change(screen.getByLabelText('학번'), { target: { value: '2026001' } });
    answer(/nginx 웹 서버/, 'm6g.medium', '2');
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    fireEvent.click(screen.getByRole('button', { name: '결과 CSV 내보내기' }));
    const [csv, fileName] = download.mock.calls[0] as [string, string];
    expect(fileName).toBe('web-nginx-rightsize-2026001-results.csv');
    expect(csv.startsWith('\uFEFF학생_ID,학생_이름,문제_ID,상태')).toBe(true);
    expect(csv).toContain(
      '2026001,,web-nginx-rightsize,채점됨,web,2 × m6g.medium,온디맨드,823.44,2 × m6g.medium',
    );
  });

  it('chooses the type in the shared instance picker', () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />);
    fireEvent.click(screen.getByRole('button', { name: '목록에서 선택…' }));
    const dialog = screen.getByRole('dialog', { name: '인스턴스 유형 선택: nginx 웹 서버' });
    fireEvent.change(within(dialog).getByLabelText('유형 검색'), { target: { value: '/^m6g\\.medium$/' } });
    const row = within(within(dialog).getByRole('grid')).getAllByRole('row')[1] as HTMLElement;
    fireEvent.click(row);
    fireEvent.click(within(dialog).getByRole('button', { name: '선택 완료' }));
    expect((screen.getByLabelText('인스턴스 유형') as HTMLInputElement).value).toBe('m6g.medium');
  });

  it('opens an exercise file; a broken one is explained and the open exercise stays', async () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />);
    const input = screen.getByTestId('exercise-file-input');
    const broken = JSON.stringify({ formatVersion: 1, id: 'x', title: { ko: 'x', en: 'x' } });
    fireEvent.change(input, { target: { files: [new File([broken], 'broken.exercise.json')] } });
    const dialog = await screen.findByRole('dialog', {
      name: '문제 파일을 읽을 수 없습니다: broken.exercise.json',
    });
    expect(text(dialog)).toContain('$.text');
    fireEvent.click(within(dialog).getAllByRole('button', { name: '닫기' }).at(-1) as HTMLElement);
    expect((screen.getByLabelText('문제 선택') as HTMLSelectElement).value).toBe(
      'web-nginx-rightsize.exercise.json',
    );

    const mine = readFileSync(
      join(
        dirname(fileURLToPath(import.meta.url)),
        '../../../examples/exercises/spiky-dev-box-burstable.exercise.json',
      ),
      'utf8',
    );
    fireEvent.change(input, { target: { files: [new File([mine], 'mine.exercise.json')] } });
    expect(await screen.findByText('mine.exercise.json을 열었습니다.')).toBeTruthy();
    expect((screen.getByLabelText('문제 선택') as HTMLSelectElement).value).toBe('file:mine.exercise.json');
    expect(text(screen.getByRole('article'))).toContain('개발용 서버');
  });

  it('speaks English', () => {
    renderPage(<ExercisePage snapshot={testSnapshot()} />, 'en');
    expect(screen.getByRole('heading', { name: 'Exercises' })).toBeTruthy();
    expect(text(screen.getByRole('article'))).toContain('runs on one general-purpose m5.2xlarge');
    fireEvent.change(screen.getByLabelText('Student ID'), { target: { value: 'e1' } });
    const group = screen.getByRole('group', { name: /nginx web server/ });
    fireEvent.change(within(group).getByLabelText('Instance type'), { target: { value: 'm6g.medium' } });
    fireEvent.change(within(group).getByLabelText('Instances'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit and grade' }));
    expect(text(screen.getByTestId('exercise-score'))).toBe('100 / 100 points');
    expect(text(screen.getByRole('region', { name: 'nginx web server' }))).toContain('Memory binds');
  });

  it('has no axe violations with a graded answer', async () => {
    const { container } = renderPage(<ExercisePage snapshot={testSnapshot()} />);
    fireEvent.change(screen.getByLabelText('학번'), { target: { value: '2026001' } });
    answer(/nginx 웹 서버/, 'm6g.medium', '2');
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    await act(async () => {});
    expect(await axeViolations(container)).toEqual([]);
  });
});
