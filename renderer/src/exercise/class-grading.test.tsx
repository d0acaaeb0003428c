// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  gradeSubmissionText,
  parseExerciseText,
  prepareExercise,
  type PreparedExercise,
} from '../../../engine/exercise';
import { readCsv } from '../../../engine/csv/read-csv';
import { pricesFromSnapshot } from '../../../engine';
import { fakeLayout } from '../instances/test-render';
import { testSnapshot } from '../instances/test-snapshot';
import { renderPage } from '../rightsizing/test-render';
import { axeViolations } from '../test/axe';
import { ExercisePage } from './ExercisePage';

beforeAll(fakeLayout);
afterEach(cleanup);

const examples = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/exercises');
const folder = join(examples, 'submissions/web-nginx-rightsize');
const handedIn = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

function prepared(): PreparedExercise {
  const parsed = parseExerciseText(readFileSync(join(examples, 'web-nginx-rightsize.exercise.json'), 'utf8'));
  if (!parsed.ok) throw new Error('bundled exercise is invalid');
  const snapshot = testSnapshot();
  const result = prepareExercise(parsed.value, pricesFromSnapshot(snapshot), snapshot.catalogue.types);
  if (!result.ok) throw new Error(result.message);
  return result.prepared;
}

const asFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('class grading (instructor)', () => {
  it('grades every handed-in file as `cli grade` does, lists a broken file with its reason, and exports the class CSV', async () => {
    const download = vi.fn<(text: string, fileName: string) => void>();
    renderPage(<ExercisePage snapshot={testSnapshot()} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: '강사' }));
    const files = [
      ...handedIn.map((f) => asFile(f.name, f.text)),
      asFile('zz-broken.json', '{"formatVersion": 1,'),
    ];
    await act(async () => {
      fireEvent.change(screen.getByTestId('class-files-input'), { target: { files } });
    });
    const table = await screen.findByTestId('class-results');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(handedIn.length + 1);

    const expected = handedIn.map((f) => gradeSubmissionText(prepared(), f.text));
    const graded = expected.filter((r) => r.status === 'graded');
    expect(graded.length).toBeGreaterThan(3);
    handedIn.forEach((file, i) => {
      const result = expected[i]!;
      const row = rows[i]!;
      expect(row.textContent).toContain(file.name);
      if (result.status === 'graded')
        expect(row.textContent).toContain(`${result.score} / ${result.maxScore}`);
      else expect(row.textContent).toContain('채점할 수 없음');
    });
    expect(rows.at(-1)?.textContent).toMatch(/zz-broken\.json.*채점할 수 없음/);
    const average = graded.reduce((sum, r) => sum + r.score, 0) / graded.length;
    expect(screen.getByTestId('class-summary').textContent).toBe(
      `채점 ${graded.length}명 · 평균 ${average.toFixed(1)} / 100점 · 잘못된 파일 ${handedIn.length + 1 - graded.length}개`,
    );

    fireEvent.click(screen.getByRole('button', { name: '반 결과 CSV 내보내기' }));
    const [csv, fileName] = download.mock.calls[0] ?? ['', ''];
    expect(fileName).toBe('web-nginx-rightsize-class-results.csv');
    const records = readCsv(csv);
    expect(records[0]?.[0]).toBe('학생_ID');
    expect(records.some((r) => r.some((cell) => cell.startsWith('$: zz-broken.json: ')))).toBe(true);
  });

  it('a student saves a submission file that grades the same as "submit and grade"', async () => {
    const download = vi.fn<(text: string, fileName: string) => void>();
    renderPage(<ExercisePage snapshot={testSnapshot()} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: '제출 파일 저장' }));
    expect(download).not.toHaveBeenCalled();
    expect(screen.getAllByText('값을 입력하세요').length).toBeGreaterThan(0);

    fireEvent.change(screen.getByLabelText('학번'), { target: { value: '2026 001' } });
    const group = screen.getByRole('group', { name: /nginx 웹 서버/ });
    fireEvent.change(within(group).getByLabelText('인스턴스 유형'), { target: { value: 'm6g.large' } });
    fireEvent.change(within(group).getByLabelText('인스턴스 수'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '제출 파일 저장' }));
    const [text, fileName] = download.mock.calls[0] ?? ['', ''];
    expect(fileName).toBe('web-nginx-rightsize-2026-001.submission.json');
    fireEvent.click(screen.getByRole('button', { name: '제출하고 채점' }));
    const shown = screen.getByTestId('exercise-score').textContent;
    const fromFile = gradeSubmissionText(prepared(), text);
    expect(fromFile.status).toBe('graded');
    expect(shown).toBe(`${fromFile.score} / ${fromFile.maxScore}점`);
    expect(fromFile.score).toBeLessThan(100);

    fireEvent.click(screen.getByRole('button', { name: '강사' }));
    await act(async () => {
      fireEvent.change(screen.getByTestId('class-files-input'), {
        target: { files: [asFile(fileName, text)] },
      });
    });
    await waitFor(() => expect(screen.getByTestId('class-results').textContent).toContain('2026 001'));
    // dropping files on the panel grades them too (and does not open them as a scenario)
    await act(async () => {
      fireEvent.drop(screen.getByTestId('class-grading'), {
        dataTransfer: { types: ['Files'], files: [asFile('a.json', text), asFile('b.json', '{')] },
      });
    });
    await waitFor(() =>
      expect(within(screen.getByTestId('class-results')).getAllByRole('row')).toHaveLength(3),
    );
    expect(await axeViolations(screen.getByRole('region', { name: '반 전체 채점' }))).toEqual([]);
  });
});
