// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderWithPriceTables } from './test-helpers';
import { UpdateOutcome } from './UpdateOutcome';
import type { UpdateResult } from './update-run';

afterEach(cleanup);

const ACTIVE = 'aws-update-20261201-000000';
const EC2_FILE = '/offers/v1.0/aws/AmazonEC2/current/ap-northeast-2/index.json';
const IMPORTER =
  'AmazonEC2_eu-west-1_index.csv: 2 records rejected; no snapshot was written.\n' +
  'line 12, column "PricePerUnit", value "abc": not a decimal\n' +
  'line 13, column "PricePerUnit", value "": not a decimal';

const failed: UpdateResult = {
  kind: 'error',
  jobId: 'update-1',
  message: `${IMPORTER}\nNothing was installed; the active snapshot is still ${ACTIVE}.`,
  code: null,
  activeId: ACTIVE,
  detail: IMPORTER,
};
const canceled: UpdateResult = {
  kind: 'canceled',
  jobId: 'update-1',
  message: `canceled while reading ${EC2_FILE} (canceled by the user); nothing was installed and the active snapshot is still ${ACTIVE}`,
  activeId: ACTIVE,
  detail: 'canceled by the user',
  file: EC2_FILE,
};

/** Our own English sentences (main's `message` and the English strings); none may show in Korean. */
const OUR_ENGLISH = [
  /Nothing was installed/i,
  /active snapshot is still/i,
  /canceled while/i,
  /stopped while reading/i,
  /Details/,
];

function show(result: UpdateResult, language: 'ko' | 'en' = 'ko') {
  const { container } = renderWithPriceTables(
    <UpdateOutcome result={result} activation={{ kind: 'none' }} onDismiss={vi.fn()} />,
    language,
  );
  const outcome = container.querySelector('.pt-outcome') as HTMLElement;
  const details = outcome.querySelector('details');
  // the text outside the folded detail: everything the page says in its own words
  const clone = outcome.cloneNode(true) as HTMLElement;
  clone.querySelector('details pre')?.remove();
  return { outcome, details, ownText: clone.textContent ?? '' };
}

describe('UpdateOutcome in Korean', () => {
  it('says a failed update in Korean with the snapshot id, and folds the importer’s English under a label', () => {
    const { outcome, details, ownText } = show(failed);
    expect(screen.getByRole('alert')).toBe(outcome.querySelector('[role="alert"]'));
    screen.getByText('업데이트가 실패했습니다. 아무것도 설치하지 않았고 사용 중인 스냅샷은 그대로입니다.');
    screen.getByText(`사용 중인 스냅샷은 계속 ${ACTIVE}입니다.`);
    for (const english of OUR_ENGLISH) expect(ownText).not.toMatch(english);
    expect(details?.querySelector('summary')?.textContent).toBe('세부 내용 (가져오기 도구의 영문 메시지)');
    expect(details?.querySelector('pre')?.textContent).toBe(IMPORTER);
    expect(details?.open).toBe(false);
    // the importer's words appear only inside the <details>, and main's sentence nowhere
    expect(outcome.querySelectorAll('pre')).toHaveLength(1);
    expect(outcome.textContent).not.toContain('Nothing was installed');
  });

  it('says where a canceled update stopped and which snapshot stays, in Korean', () => {
    const { outcome, details, ownText } = show(canceled);
    screen.getByText('업데이트를 취소했습니다. 아무것도 설치하지 않았고 사용 중인 스냅샷은 그대로입니다.');
    screen.getByText(`${EC2_FILE} 파일을 읽다가 취소했습니다.`);
    screen.getByText(`사용 중인 스냅샷은 계속 ${ACTIVE}입니다.`);
    for (const english of OUR_ENGLISH) expect(ownText).not.toMatch(english);
    expect(details?.querySelector('pre')?.textContent).toBe('canceled by the user');
    expect(outcome.textContent).not.toContain('nothing was installed');
  });

  it('leaves out the sentences it has nothing for: no file, no snapshot id, no detail', () => {
    const { outcome, details } = show({ ...canceled, file: null, activeId: null, detail: null });
    expect([...outcome.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '업데이트를 취소했습니다. 아무것도 설치하지 않았고 사용 중인 스냅샷은 그대로입니다.',
    ]);
    expect(details).toBeNull();
  });

  it('shows a refused start with its code in Korean and the IPC message as the detail', () => {
    const { outcome, details } = show({
      kind: 'error',
      jobId: null,
      message: 'price update update-2 is still running; cancel it or wait for it to end',
      code: 'not-permitted',
      activeId: null,
      detail: 'price update update-2 is still running; cancel it or wait for it to end',
    });
    expect([...outcome.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '업데이트를 시작하지 못했습니다 (허용되지 않음).',
    ]);
    expect(details?.querySelector('pre')?.textContent).toBe(
      'price update update-2 is still running; cancel it or wait for it to end',
    );
  });
});

describe('UpdateOutcome in English', () => {
  it('says the same sentences in English', () => {
    const { outcome, details } = show(canceled, 'en');
    expect([...outcome.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'The update was canceled. Nothing was installed and the active snapshot did not change.',
      `It stopped while reading ${EC2_FILE}.`,
      `The active snapshot is still ${ACTIVE}.`,
    ]);
    expect(details?.querySelector('summary')?.textContent).toBe('Details (the importer’s message)');
    expect(outcome.textContent).not.toContain(canceled.message);
  });
});
