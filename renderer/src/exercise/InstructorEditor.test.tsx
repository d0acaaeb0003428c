// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { parseExerciseText } from '../../../engine/exercise';
import { testSnapshot } from '../instances/test-snapshot';
import { renderPage } from '../rightsizing/test-render';
import { axeViolations } from '../test/axe';
import { ExercisePage } from './ExercisePage';

afterEach(cleanup);

const text = (element: Element | null | undefined) => element?.textContent ?? '';
const workload = () => screen.getByRole('group', { name: '워크로드 1' });
const preview = () => text(screen.getByTestId('best-answer-preview'));

async function openEditor(download = vi.fn()) {
  const view = renderPage(<ExercisePage snapshot={testSnapshot()} download={download} />);
  fireEvent.click(screen.getByRole('button', { name: '강사' }));
  await act(async () => {});
  return view;
}

describe('ExercisePage, instructor mode', () => {
  it('loads the chosen exercise into the form and previews its best answer', async () => {
    await openEditor();
    expect((screen.getByLabelText('문제 ID') as HTMLInputElement).value).toBe('web-nginx-rightsize');
    expect(screen.getByText('형식이 올바릅니다.')).toBeTruthy();
    expect(preview()).toBe('nginx 웹 서버: 2 × m6g.medium, 온디맨드 — 12개월 $823.44');
  });

  it('validates inline: a number box, a schema bound and an empty option list', async () => {
    await openEditor();
    const cpuMax = within(workload()).getByLabelText('CPU 최대 (%)');
    fireEvent.change(cpuMax, { target: { value: 'abc' } });
    expect(text(cpuMax.parentElement)).toContain('숫자를 입력하세요');

    const p99 = within(workload()).getByLabelText('CPU p99 (%)');
    fireEvent.change(p99, { target: { value: '150' } });
    expect(p99.getAttribute('aria-invalid')).toBe('true');
    expect(text(p99.parentElement)).toContain('100 이하여야 합니다 (입력값: 150)');
    expect(screen.getByText('고칠 곳 1개')).toBeTruthy();
    expect(text(screen.getByText('고칠 곳 1개').parentElement)).toContain(
      '$.workloads[0].utilization.cpuP99: 100 이하여야 합니다 (입력값: 150)',
    );
    expect(text(screen.getByRole('button', { name: '문제 파일 내보내기' }).closest('section'))).not.toContain(
      '$',
    );
    expect(screen.getByRole('button', { name: '문제 파일 내보내기' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(p99, { target: { value: '9' } });
    expect(screen.getByText('형식이 올바릅니다.')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('온디맨드'));
    const options = screen.getByRole('group', { name: '선택할 수 있는 구매 옵션' });
    expect(within(options).getByRole('alert')).toBeTruthy();
  });

  it('previews the new best answer as the constraints change, exports the file, and tries it as a student', async () => {
    const download = vi.fn();
    await openEditor(download);
    // one instance allowed: a single r6g.medium (1 vCPU, 8 GiB ≥ 6 GiB needed, $0.061/h in Seoul) beats 2 × m6g.medium
    fireEvent.change(screen.getByLabelText('가용 영역 수'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('최소 인스턴스 수'), { target: { value: '1' } });
    await act(async () => {});
    expect(preview()).toBe('nginx 웹 서버: 1 × r6g.medium, 온디맨드 — 12개월 $534.36');
    fireEvent.change(screen.getByLabelText('문제 ID'), { target: { value: 'web-one-az' } });

    fireEvent.click(screen.getByRole('button', { name: '문제 파일 내보내기' }));
    const [json, fileName] = download.mock.calls[0] as [string, string];
    expect(fileName).toBe('web-one-az.exercise.json');
    const parsed = parseExerciseText(json);
    expect(parsed.ok && parsed.value.constraints.minInstances).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: '학생 모드로 풀어 보기' }));
    expect(screen.getByRole('button', { name: '학생' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByLabelText('문제 선택') as HTMLSelectElement).value).toBe('edited:web-one-az');
  });

  it('switches a workload to CloudWatch CSV data and adds a workload', async () => {
    await openEditor();
    fireEvent.change(within(workload()).getByLabelText('사용률 데이터'), {
      target: { value: 'cloudwatch-csv' },
    });
    expect(within(workload()).getByLabelText('CloudWatch CSV 내용')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '워크로드 추가' }));
    expect(screen.getByRole('group', { name: '워크로드 2' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '워크로드 2 삭제' }));
    expect(screen.queryByRole('group', { name: '워크로드 2' })).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = await openEditor();
    expect(await axeViolations(container)).toEqual([]);
  });
});
