// @vitest-environment jsdom
/** Problems in opened files are shown in the UI language: Korean text in the Korean UI, English in the English UI. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pricesFromSnapshot } from '../../../engine';
import { parseExerciseText, prepareExercise } from '../../../engine/exercise';
import { parseScenarioText } from '../../../engine/scenario';
import { ClassGradingPanel } from '../exercise/ClassGradingPanel';
import { createI18n, type Language } from '../i18n';
import { fakeLayout } from '../instances/test-render';
import { testSnapshot } from '../instances/test-snapshot';
import { renderPage } from '../rightsizing/test-render';
import { InvalidFileDialog } from '../files/InvalidFileDialog';

beforeAll(fakeLayout);
afterEach(cleanup);

const broken = parseScenarioText(
  JSON.stringify({
    schemaVersion: 1,
    name: 'broken',
    region: 'ap-northeast-2',
    items: [
      { service: 'ec2', id: 'a', instanceType: 'm5.large', count: 0 },
      { service: 'ebs', id: 'b', volumeType: 'gp2', sizeGB: 10, iops: 100 },
    ],
  }),
);
const issues = broken.ok ? [] : broken.issues;

function renderDialog(language: Language) {
  const i18n = createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <InvalidFileDialog fileName="broken.cloudsizer.json" issues={issues} onClose={() => undefined} />
    </I18nextProvider>,
  );
  const rows = within(screen.getByTestId('file-issues')).getAllByRole('row').slice(1);
  return rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent));
}

describe('problems of an opened file, in the UI language', () => {
  it('the Korean UI shows the Korean text of each problem', () => {
    expect(renderDialog('ko')).toEqual([
      ['$.items[0].count', '1 이상이어야 합니다 (입력값: 0)'],
      ['$.items[1].iops', 'gp2 볼륨에는 IOPS를 지정할 수 없습니다 (gp3, io1, io2만 지정)'],
    ]);
    expect(screen.getByRole('dialog', { name: '시나리오 파일을 열 수 없습니다' })).toBeTruthy();
  });

  it('the English UI shows the English message', () => {
    expect(renderDialog('en')).toEqual([
      ['$.items[0].count', 'Too small: expected number to be >=1'],
      ['$.items[1].iops', 'iops cannot be set for gp2'],
    ]);
    expect(screen.getByRole('dialog', { name: 'Cannot open the scenario file' })).toBeTruthy();
  });

  it('a problem with no Korean text shows its English message in the Korean UI', () => {
    const i18n = createI18n('ko');
    render(
      <I18nextProvider i18n={i18n}>
        <InvalidFileDialog
          fileName="x.json"
          issues={[{ path: '$', message: 'cannot read x.json' }]}
          onClose={() => undefined}
        />
      </I18nextProvider>,
    );
    expect(within(screen.getByTestId('file-issues')).getByText('cannot read x.json')).toBeTruthy();
  });
});

describe('class grading: an invalid submission says why in the UI language', () => {
  const examples = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/exercises');
  const invalid = readFileSync(join(examples, 'submissions/web-nginx-rightsize/s07-invalid.json'), 'utf8');

  function prepared() {
    const parsed = parseExerciseText(
      readFileSync(join(examples, 'web-nginx-rightsize.exercise.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('bundled exercise is invalid');
    const snapshot = testSnapshot();
    const result = prepareExercise(parsed.value, pricesFromSnapshot(snapshot), snapshot.catalogue.types);
    if (!result.ok) throw new Error(result.message);
    return result.prepared;
  }

  async function gradedRow(language: Language) {
    const download = vi.fn<(text: string, fileName: string) => void>();
    renderPage(<ClassGradingPanel prepared={prepared()} download={download} />, language);
    const file = new File([invalid], 's07-invalid.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('class-files-input'), { target: { files: [file] } });
    });
    const table = await screen.findByTestId('class-results');
    return { row: within(table).getAllByRole('row')[1]?.textContent ?? '', download };
  }

  it('Korean', async () => {
    const { row, download } = await gradedRow('ko');
    expect(row).toContain('채점할 수 없음 ($.answers[0].count): 1 이상이어야 합니다 (입력값: 0)');
    fireEvent.click(screen.getByRole('button', { name: '반 결과 CSV 내보내기' }));
    expect(download.mock.calls[0]?.[0]).toContain(
      '$.answers[0].count: s07-invalid.json: 1 이상이어야 합니다 (입력값: 0)',
    );
  });

  it('English', async () => {
    const { row } = await gradedRow('en');
    expect(row).toContain('Cannot grade ($.answers[0].count): Too small: expected number to be >=1');
  });
});
