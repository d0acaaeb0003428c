// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IpcResult, StartedUpdate, UpdateOutcome } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import { axeViolations } from '../test/axe';
import { PriceTablesPage } from './PriceTablesPage';
import { BUNDLED_ID, fakePriceBridge, STORE_FOLDER, storedSnapshot } from './test-fake-bridge';
import { bundledFiles, bundledSnapshot, editedFiles, renderWithPriceTables } from './test-helpers';

afterEach(cleanup);

const INSTALLED = 'aws-update-20261201-000000';
const BROKEN = 'aws-update-20261115-000000';
const NEW = 'aws-update-20261222-093000';
const EC2_FILE = '/offers/v1.0/aws/AmazonEC2/current/ap-northeast-2/index.json';

type OnDemandJson = { regions: Record<string, Record<string, { hourly: string }>> };

/** The bundled snapshot under another id with m5.large us-east-1 at `hourly` instead of $0.096. */
function snapshotFiles(id: string, date: string, hourly: string) {
  return editedFiles(id, date, {
    'ec2-ondemand-linux.json': (json) => {
      const m5 = (json as unknown as OnDemandJson).regions['us-east-1']?.['m5.large'];
      if (!m5) throw new Error('bundled table changed');
      m5.hourly = hourly;
    },
  });
}

const text = (element: Element | null | undefined): string => element?.textContent ?? '';
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(text);
const m5Virginia = (snapshot: PriceSnapshot | undefined) =>
  snapshot?.onDemand.regions['us-east-1']?.['m5.large']?.hourly;

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function setup(language: 'ko' | 'en' = 'ko', extra: ReturnType<typeof storedSnapshot>[] = []) {
  const fake = fakePriceBridge([
    storedSnapshot(BUNDLED_ID, '2026-11-21', 'bundled', bundledFiles()),
    storedSnapshot(INSTALLED, '2026-12-01', 'installed', snapshotFiles(INSTALLED, '2026-12-01', '0.1')),
    storedSnapshot(BROKEN, null, 'installed', null, 'manifest.json is missing'),
    ...extra,
  ]);
  const changes: PriceSnapshot[] = [];
  // what App does with onSnapshotChange: calculate with the new snapshot and pass it back
  function Shell() {
    const [snapshot, setSnapshot] = useState(bundledSnapshot);
    return (
      <PriceTablesPage
        snapshot={snapshot}
        bridge={fake.bridge}
        onSnapshotChange={(next) => {
          changes.push(next);
          setSnapshot(next);
        }}
      />
    );
  }
  const view = renderWithPriceTables(<Shell />, language);
  return { fake, changes, view };
}

const row = (table: HTMLElement, id: string) =>
  within(table)
    .getAllByRole('row')
    .find((r) => r.getAttribute('data-snapshot') === id) as HTMLElement;

describe('installed snapshots in the desktop app', () => {
  it('lists the bundled and installed snapshots, marks the active one and shows problems', async () => {
    setup();
    const table = await screen.findByRole('table', { name: '설치된 스냅샷 목록' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const bundled = row(table, BUNDLED_ID);
    expect(text(within(bundled).getByRole('rowheader'))).toBe('2026-11-snapshot-1 사용 중');
    expect(cells(bundled)).toEqual(['2026-11-21', '앱에 포함', '사용 가능', '사용']);
    expect(within(bundled).getByRole('button').hasAttribute('disabled')).toBe(true);
    expect(cells(row(table, INSTALLED))).toEqual(['2026-12-01', '설치됨', '사용 가능', '사용']);
    expect(within(row(table, INSTALLED)).getByRole('button').hasAttribute('disabled')).toBe(false);
    expect(cells(row(table, BROKEN))).toEqual([
      '날짜 모름',
      '설치됨',
      '쓸 수 없음: manifest.json is missing',
      '사용',
    ]);
    expect(within(row(table, BROKEN)).getByRole('button').hasAttribute('disabled')).toBe(true);

    const section = screen.getByRole('region', { name: '설치된 스냅샷' });
    // the desktop store is <app data>/snapshots as main reports it, not the command line's default
    expect(text(section)).toContain(`설치된 스냅샷 폴더: ${STORE_FOLDER}`);
    expect(text(section)).toContain(`--out "${STORE_FOLDER}"`);
    expect(text(section)).not.toContain('~/.cloudsizer');
    expect(screen.getByRole('heading', { name: '가격 업데이트' })).toBeTruthy();
  });

  it('switches after confirming, and the app then calculates with the new snapshot', async () => {
    const { fake, changes } = setup();
    const use = await screen.findByRole('button', { name: `스냅샷 ${INSTALLED} 사용` });
    fireEvent.click(use);
    const confirm = screen.getByRole('group', { name: `스냅샷 ${INSTALLED}으로 바꿀까요?` });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: '바꾸기' }));
    fireEvent.click(within(confirm).getByRole('button', { name: '취소' }));
    expect(screen.queryByRole('group', { name: /바꿀까요/ })).toBeNull();
    expect(fake.bridge.pricesSetActive).not.toHaveBeenCalled();

    fireEvent.click(use);
    fireEvent.click(screen.getByRole('button', { name: '바꾸기' }));
    await screen.findByText(`이제 ${INSTALLED} (2026-12-01) 가격을 사용합니다.`, {}, { timeout: 20_000 });
    expect(fake.bridge.pricesReadSnapshot).toHaveBeenCalledWith({ id: INSTALLED });
    expect(fake.bridge.pricesSetActive).toHaveBeenCalledWith({ id: INSTALLED });
    expect(changes.map((s) => s.manifest.snapshotId)).toEqual([INSTALLED]);
    expect(m5Virginia(changes[0])).toBe('0.1');
    expect(text(screen.getByTestId('snapshot-id'))).toBe(INSTALLED);

    const table = screen.getByRole('table', { name: '설치된 스냅샷 목록' });
    expect(text(within(row(table, INSTALLED)).getByRole('rowheader'))).toBe(`${INSTALLED} 사용 중`);
    expect(within(row(table, INSTALLED)).getByRole('button').hasAttribute('disabled')).toBe(true);
    expect(within(row(table, BUNDLED_ID)).getByRole('button').hasAttribute('disabled')).toBe(false);
    expect(screen.queryByTestId('snapshot-mismatch')).toBeNull();
  }, 60_000);

  it('does not switch to a snapshot that fails validation, or when main refuses', async () => {
    const tampered = snapshotFiles('aws-update-20261210-000000', '2026-12-10', '0.1');
    tampered['lambda.json'] = (tampered['lambda.json'] ?? '').replace('"0.20"', '"0.25"');
    const { fake, changes } = setup('ko', [
      storedSnapshot('aws-update-20261210-000000', '2026-12-10', 'installed', tampered),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '스냅샷 aws-update-20261210-000000 사용' }));
    fireEvent.click(screen.getByRole('button', { name: '바꾸기' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(text(alert)).toContain(
      'aws-update-20261210-000000으로 바꾸지 못했습니다. 사용 중인 스냅샷은 그대로입니다.',
    );
    expect(text(alert)).toContain('(스냅샷 검증 실패)');
    expect(text(alert)).toContain('파일: lambda.json');
    expect(text(alert)).toContain('price snapshot: lambda.json: sha256 mismatch');
    expect(fake.bridge.pricesSetActive).not.toHaveBeenCalled();

    fake.bridge.pricesSetActive.mockImplementationOnce(() =>
      Promise.resolve({
        ok: false,
        error: {
          code: 'not-permitted',
          message:
            'price update update-1 is running and will switch snapshots when it ends; cancel it or wait',
        },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: `스냅샷 ${INSTALLED} 사용` }));
    fireEvent.click(screen.getByRole('button', { name: '바꾸기' }));
    await waitFor(() => expect(text(screen.getByRole('alert'))).toContain('(허용되지 않음)'), {
      timeout: 20_000,
    });
    expect(text(screen.getByRole('alert'))).toContain('price update update-1 is running');
    expect(changes).toEqual([]);
    expect(fake.activeId).toBe(BUNDLED_ID);
    expect(text(screen.getByTestId('snapshot-id'))).toBe(BUNDLED_ID);
  }, 60_000);
});

describe('price update from the desktop app', () => {
  it('runs an update: the chosen regions and services, progress from events, the new snapshot in use', async () => {
    const { fake, changes } = setup();
    const update = screen.getByRole('region', { name: '가격 업데이트' });
    expect(
      (within(update).getByRole('checkbox', { name: /ap-northeast-2/ }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(within(update).getByRole('checkbox', { name: /us-east-1/ }));
    fireEvent.click(within(update).getByRole('checkbox', { name: /eu-west-1/ }));
    fireEvent.click(within(update).getByRole('checkbox', { name: '절감형 플랜' }));

    // main sends the job's first event before pricesStartUpdate answers
    const answer = deferred<IpcResult<StartedUpdate>>();
    fake.bridge.pricesStartUpdate.mockImplementationOnce(() => answer.promise);
    fireEvent.click(within(update).getByRole('button', { name: '업데이트 시작' }));
    expect(fake.bridge.pricesStartUpdate).toHaveBeenCalledWith({
      regions: ['ap-northeast-2', 'eu-west-1'],
      services: ['ec2', 'ebs', 's3', 'transfer', 'lambda'],
    });
    expect(text(screen.getByTestId('update-phase'))).toBe('업데이트를 시작하는 중…');
    expect(within(update).getByRole('button', { name: '업데이트 취소' }).hasAttribute('disabled')).toBe(true);
    fake.emit({ phase: 'starting' });
    answer.resolve({ ok: true, value: { jobId: 'update-1' } });
    await waitFor(() => expect(text(screen.getByTestId('update-phase'))).toBe('지금 스냅샷을 읽는 중'));
    expect(within(update).getByRole('button', { name: '업데이트 시작' }).hasAttribute('disabled')).toBe(true);
    expect(
      within(update)
        .getByRole('checkbox', { name: /eu-west-1/ })
        .matches(':disabled'),
    ).toBe(true);

    fake.emit({
      phase: 'reading',
      file: EC2_FILE,
      bytes: 50_000_000,
      totalBytes: 200_000_000,
      products: 1234,
      prices: 56789,
      filesRead: 2,
    });
    const bar = within(update).getByRole('progressbar', { name: '현재 파일 읽은 양' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['50000000', '200000000']);
    expect(text(screen.getByTestId('update-phase'))).toBe('Price List 파일을 읽는 중');
    expect(text(screen.getByTestId('update-bytes'))).toBe('50.0 MB / 200.0 MB (25%)');
    expect(text(screen.getByTestId('update-counts'))).toBe('제품 1,234개 · 가격 56,789개 · 다 읽은 파일 2개');
    expect(text(update)).toContain(`파일: ${EC2_FILE}`);

    // a download without Content-Length: an indeterminate bar
    fake.emit({ phase: 'reading', file: EC2_FILE, bytes: 12_345_678, totalBytes: null, filesRead: 2 });
    expect(within(update).getByRole('progressbar').hasAttribute('value')).toBe(false);
    expect(text(screen.getByTestId('update-bytes'))).toBe('12.3 MB 읽음');

    fake.emit({ phase: 'installing', filesRead: 6 });
    expect(text(screen.getByTestId('update-phase'))).toBe('새 스냅샷을 쓰고 검증하는 중');

    fake.install(storedSnapshot(NEW, '2026-12-22', 'installed', snapshotFiles(NEW, '2026-12-22', '0.09')));
    fake.emit({
      phase: 'done',
      filesRead: 6,
      snapshotId: NEW,
      report: ['base snapshot: 2026-11-snapshot-1', `installed ${NEW} and made it current`],
    });
    expect(text(update)).toContain(`새 스냅샷 ${NEW}을 설치하고 사용 중으로 바꿨습니다.`);
    expect(text(update)).toContain('업데이트 보고 (2줄)');
    await within(update).findByText(`이제 ${NEW} (2026-12-22) 가격을 사용합니다.`, {}, { timeout: 20_000 });
    expect(changes.map((s) => s.manifest.snapshotId)).toEqual([NEW]);
    expect(m5Virginia(changes[0])).toBe('0.09');
    expect(fake.bridge.pricesReadSnapshot).toHaveBeenCalledWith({ id: NEW });
    expect(text(screen.getByTestId('snapshot-id'))).toBe(NEW);
    // the list was read again and shows the new snapshot as active
    const table = await screen.findByRole('table', { name: '설치된 스냅샷 목록' });
    await waitFor(() => expect(text(within(row(table, NEW)).getByRole('rowheader'))).toBe(`${NEW} 사용 중`));

    fireEvent.click(within(update).getByRole('button', { name: '닫기' }));
    expect(within(update).getByRole('button', { name: '업데이트 시작' }).hasAttribute('disabled')).toBe(
      false,
    );
  }, 60_000);

  it('reads from a folder chosen in the native dialog', async () => {
    const { fake } = setup();
    const update = screen.getByRole('region', { name: '가격 업데이트' });
    fireEvent.click(within(update).getByRole('radio', { name: '미리 내려받은 파일 폴더' }));
    const start = within(update).getByRole('button', { name: '업데이트 시작' });
    expect(start.hasAttribute('disabled')).toBe(true);
    expect(text(update)).toContain('파일 폴더를 고르세요.');

    // closing the dialog changes nothing and is not an error
    fake.bridge.pricesChooseFolder.mockImplementationOnce(() =>
      Promise.resolve({ ok: false, error: { code: 'canceled', message: 'Choosing a folder was cancelled' } }),
    );
    fireEvent.click(within(update).getByRole('button', { name: '폴더 고르기…' }));
    await waitFor(() => expect(fake.bridge.pricesChooseFolder).toHaveBeenCalledOnce());
    expect(text(screen.getByTestId('update-folder'))).toBe('고른 폴더가 없습니다.');
    expect(within(update).queryByRole('alert')).toBeNull();

    fireEvent.click(within(update).getByRole('button', { name: '폴더 고르기…' }));
    await waitFor(() =>
      expect(text(screen.getByTestId('update-folder'))).toBe('폴더: /home/u/Downloads/prices'),
    );
    fireEvent.click(start);
    expect(fake.bridge.pricesStartUpdate).toHaveBeenCalledWith({
      regions: ['ap-northeast-2', 'us-east-1'],
      services: ['ec2', 'ebs', 's3', 'transfer', 'lambda', 'savingsplans'],
      fromDir: '/home/u/Downloads/prices',
    });
  });

  it('cancels: nothing is installed and the current snapshot stays in use', async () => {
    const { fake, changes } = setup();
    const update = screen.getByRole('region', { name: '가격 업데이트' });
    fireEvent.click(within(update).getByRole('button', { name: '업데이트 시작' }));
    await waitFor(() => expect(fake.bridge.pricesStartUpdate).toHaveBeenCalledOnce());
    fake.emit({ phase: 'reading', file: EC2_FILE, bytes: 1_000_000, totalBytes: 400_000_000 });
    await waitFor(() => expect(text(screen.getByTestId('update-bytes'))).toBe('1.0 MB / 400.0 MB (0%)'));

    const outcome = deferred<IpcResult<UpdateOutcome>>();
    fake.bridge.pricesCancelUpdate.mockImplementationOnce(() => outcome.promise);
    fireEvent.click(within(update).getByRole('button', { name: '업데이트 취소' }));
    expect(fake.bridge.pricesCancelUpdate).toHaveBeenCalledWith({ jobId: 'update-1' });
    const canceling = within(update).getByRole('button', { name: '취소하는 중…' });
    expect(canceling.hasAttribute('disabled')).toBe(true);

    const message = `canceled while reading ${EC2_FILE} (canceled); nothing was installed and the active snapshot is still ${BUNDLED_ID}`;
    outcome.resolve({
      ok: true,
      value: {
        jobId: 'update-1',
        outcome: 'canceled',
        snapshotId: null,
        activeId: BUNDLED_ID,
        message,
        detail: 'canceled',
      },
    });
    await within(update).findByText(
      '업데이트를 취소했습니다. 아무것도 설치하지 않았고 사용 중인 스냅샷은 그대로입니다.',
    );
    // where it stopped comes from the last event, in Korean; main's English sentence is not shown
    within(update).getByText(`${EC2_FILE} 파일을 읽다가 취소했습니다.`);
    within(update).getByText(`사용 중인 스냅샷은 계속 ${BUNDLED_ID}입니다.`);
    expect(text(update)).not.toContain(message);
    // main's own "canceled" event arriving after the answer changes nothing
    fake.emit({ phase: 'canceled', message, file: EC2_FILE, activeId: BUNDLED_ID, detail: 'canceled' });
    expect(within(update).queryByRole('progressbar')).toBeNull();
    expect(changes).toEqual([]);
    expect(fake.bridge.pricesReadSnapshot).not.toHaveBeenCalled();
    expect(text(screen.getByTestId('snapshot-id'))).toBe(BUNDLED_ID);
  });

  it('says in Korean why an update failed, with main’s words as a detail, and why one could not start', async () => {
    const { fake, changes } = setup();
    const update = screen.getByRole('region', { name: '가격 업데이트' });
    fireEvent.click(within(update).getByRole('button', { name: '업데이트 시작' }));
    await waitFor(() => expect(fake.bridge.pricesStartUpdate).toHaveBeenCalledOnce());
    const detail =
      'network error while requesting https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json: fetch failed';
    const message = `${detail}\nNothing was installed; the active snapshot is still 2026-11-snapshot-1.`;
    fake.emit({ phase: 'error', message, activeId: BUNDLED_ID, detail });
    const alert = within(update).getByRole('alert');
    expect(text(alert)).toBe(
      '업데이트가 실패했습니다. 아무것도 설치하지 않았고 사용 중인 스냅샷은 그대로입니다.' +
        `사용 중인 스냅샷은 계속 ${BUNDLED_ID}입니다.` +
        `세부 내용 (가져오기 도구의 영문 메시지)${detail}`,
    );
    expect(alert.querySelector('details pre')?.textContent).toBe(detail);
    expect(changes).toEqual([]);

    fireEvent.click(within(update).getByRole('button', { name: '닫기' }));
    fake.bridge.pricesStartUpdate.mockImplementationOnce(() =>
      Promise.resolve({
        ok: false,
        error: { code: 'not-permitted', message: 'price update update-2 is already running' },
      }),
    );
    fireEvent.click(within(update).getByRole('button', { name: '업데이트 시작' }));
    const refused = await within(update).findByRole('alert');
    expect(text(refused)).toBe(
      '업데이트를 시작하지 못했습니다 (허용되지 않음).세부 내용 (가져오기 도구의 영문 메시지)price update update-2 is already running',
    );
    expect(refused.querySelector('details pre')?.textContent).toBe(
      'price update update-2 is already running',
    );
  });

  it('follows a job that was already running when the page opened', async () => {
    const { fake } = setup();
    const update = screen.getByRole('region', { name: '가격 업데이트' });
    await waitFor(() => expect(fake.listening).toBe(true));
    fake.emit({
      jobId: 'update-7',
      phase: 'reading',
      file: EC2_FILE,
      bytes: 3_000_000,
      totalBytes: 6_000_000,
    });
    expect(text(screen.getByTestId('update-bytes'))).toBe('3.0 MB / 6.0 MB (50%)');
    fireEvent.click(within(update).getByRole('button', { name: '업데이트 취소' }));
    expect(fake.bridge.pricesCancelUpdate).toHaveBeenCalledWith({ jobId: 'update-7' });
  });
});

describe('installed snapshots in the diff', () => {
  it('loads an installed snapshot as B through the bridge, and the active one as A without reading it', async () => {
    const { fake } = setup();
    const pick = await screen.findByRole('combobox', { name: '설치된 스냅샷' });
    fireEvent.change(pick, { target: { value: INSTALLED } });
    fireEvent.click(screen.getByRole('button', { name: 'B로 불러오기' }));
    await screen.findByText(`${INSTALLED} (2026-12-01) 스냅샷을 B로 불러왔습니다.`, {}, { timeout: 20_000 });
    expect(text(screen.getByTestId('diff-summary'))).toBe(
      `2026-11-snapshot-1 → ${INSTALLED}: 추가된 유형 0개, 삭제된 유형 0개, 가격 변경 1건`,
    );
    expect(
      (screen.getByLabelText('스냅샷 B (이후)') as HTMLSelectElement).selectedOptions[0]?.textContent,
    ).toBe(`${INSTALLED} (2026-12-01) · 설치됨`);
    const m5 = within(screen.getByRole('table', { name: '가격 변경 목록' }))
      .getByRole('rowheader', { name: 'm5.large' })
      .closest('tr') as HTMLElement;
    expect(cells(m5).slice(2)).toEqual(['$0.096', '$0.10', '+$0.004', '+4.17%']);

    // the problem snapshot cannot be picked
    expect(within(pick).queryByRole('option', { name: new RegExp(BROKEN) })).toBeNull();
    fireEvent.change(pick, { target: { value: BUNDLED_ID } });
    fireEvent.click(screen.getByRole('button', { name: 'A로 불러오기' }));
    await screen.findByText(`${BUNDLED_ID} (2026-11-21) 스냅샷을 A로 불러왔습니다.`);
    expect(fake.bridge.pricesReadSnapshot).toHaveBeenCalledTimes(1);
    expect(
      (screen.getByLabelText('스냅샷 A (이전)') as HTMLSelectElement).selectedOptions[0]?.textContent,
    ).toBe(`${BUNDLED_ID} (2026-11-21) · 사용 중`);
  }, 60_000);
});

describe('accessibility and English', () => {
  it('has no axe violations in the desktop sections: list, confirmation, progress', async () => {
    const { fake } = setup();
    fireEvent.click(await screen.findByRole('button', { name: `스냅샷 ${INSTALLED} 사용` }));
    fireEvent.click(screen.getByRole('radio', { name: '미리 내려받은 파일 폴더' }));
    fireEvent.click(screen.getByRole('radio', { name: 'AWS Price List에서 내려받기 (인터넷)' }));
    fireEvent.click(screen.getByRole('button', { name: '업데이트 시작' }));
    await waitFor(() => expect(fake.bridge.pricesStartUpdate).toHaveBeenCalledOnce());
    fake.emit({ phase: 'reading', file: EC2_FILE, bytes: 5, totalBytes: 10, products: 1 });
    for (const name of ['설치된 스냅샷', '가격 업데이트', '스냅샷 비교']) {
      expect(await axeViolations(screen.getByRole('region', { name }))).toEqual([]);
    }
  }, 60_000);

  it('speaks English, and the outcome passes axe', async () => {
    const { fake } = setup('en');
    const table = await screen.findByRole('table', { name: 'Installed snapshots list' });
    expect(cells(row(table, BROKEN))).toEqual([
      'date unknown',
      'Installed',
      'Unusable: manifest.json is missing',
      'Use',
    ]);
    const update = screen.getByRole('region', { name: 'Price update' });
    fireEvent.click(within(update).getByRole('button', { name: 'Start update' }));
    await waitFor(() => expect(fake.bridge.pricesStartUpdate).toHaveBeenCalledOnce());
    fake.emit({
      phase: 'reading',
      file: EC2_FILE,
      bytes: 1_500_000,
      totalBytes: 3_000_000,
      products: 12_345,
    });
    expect(text(screen.getByTestId('update-bytes'))).toBe('1.5 MB of 3.0 MB (50%)');
    expect(text(screen.getByTestId('update-counts'))).toBe('12,345 products · 0 prices · 0 files read');
    fake.emit({
      phase: 'error',
      message: `disk full\nNothing was installed; the active snapshot is still ${BUNDLED_ID}.`,
      activeId: BUNDLED_ID,
      detail: 'disk full',
    });
    expect(text(within(update).getByRole('alert'))).toBe(
      'The update failed. Nothing was installed and the active snapshot did not change.' +
        `The active snapshot is still ${BUNDLED_ID}.` +
        'Details (the importer’s message)disk full',
    );
    expect(await axeViolations(update)).toEqual([]);
  }, 60_000);
});
