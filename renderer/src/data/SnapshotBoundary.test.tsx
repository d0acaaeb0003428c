// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PriceSnapshot } from '../../../engine/prices';
import { openSnapshot } from './open-snapshot';
import { I18nextProvider } from 'react-i18next';
import { SnapshotFailure } from '../app/SnapshotFailure';
import { createI18n, type Language } from '../i18n';
import { SnapshotBoundary, type SnapshotProblem } from './SnapshotBoundary';
import { fetchedBundled } from './test-tables';

afterEach(cleanup);

function SpotCount({ snapshot }: { snapshot: PriceSnapshot }) {
  return <p>{Object.keys(snapshot.spot.regions).length} regions</p>;
}

/** The bundled tables with one byte added to the Spot advisor: it fails its SHA-256 check on first use. */
const withCorruptedSpotTable = async () =>
  openSnapshot(
    await fetchedBundled((files) => ({
      ...files,
      'ec2-spot-advisor.json': `${files['ec2-spot-advisor.json']} `,
    })),
  );

const fallback = (problem: SnapshotProblem) => <p role="alert">{problem.message}</p>;

describe('SnapshotBoundary', () => {
  it('shows the children when the table they read is sound', async () => {
    const lazy = openSnapshot(await fetchedBundled());
    render(
      <SnapshotBoundary fallback={fallback}>
        <SpotCount snapshot={lazy.snapshot} />
      </SnapshotBoundary>,
    );
    expect(screen.getByText(/^\d+ regions$/)).toBeTruthy();
  });

  it('replaces the app by the failure when a table checked on first use (in render) is corrupted', async () => {
    const lazy = await withCorruptedSpotTable();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <SnapshotBoundary fallback={fallback}>
        <SpotCount snapshot={lazy.snapshot} />
      </SnapshotBoundary>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('alert').textContent).toMatch(
      /^price snapshot: ec2-spot-advisor\.json: sha256 mismatch/,
    );
    expect(screen.queryByText(/regions$/)).toBeNull();
  });

  it.each([
    [
      'ko',
      '가격 스냅샷을 불러올 수 없어 계산하지 않습니다.',
      '가격 스냅샷: ec2-spot-advisor.json: SHA-256이 manifest.json에 적힌 값과 다릅니다: 표가 손상되었거나 손으로 고쳐졌으니 받은 그대로의 파일로 되돌리세요',
    ],
    ['en', 'The price snapshot could not be loaded, so nothing is priced.', null],
  ] as const)(
    'says what failed in the UI language (%s), with the English detail kept',
    async (lang, title, korean) => {
      const lazy = await withCorruptedSpotTable();
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <I18nextProvider i18n={createI18n(lang as Language)}>
          <SnapshotBoundary fallback={(problem) => <SnapshotFailure problem={problem} />}>
            <SpotCount snapshot={lazy.snapshot} />
          </SnapshotBoundary>
        </I18nextProvider>,
      );
      quiet.mockRestore();
      const alert = screen.getByRole('alert');
      expect(alert.querySelector('h2')?.textContent).toBe(title);
      expect(alert.querySelector('p')?.textContent ?? null).toBe(korean);
      expect(alert.querySelector('pre')?.textContent).toMatch(
        /^price snapshot: ec2-spot-advisor\.json: sha256 mismatch/,
      );
    },
  );

  it('lets other errors through', () => {
    const Broken = () => {
      throw new Error('a bug, not a price table');
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <SnapshotBoundary fallback={fallback}>
          <Broken />
        </SnapshotBoundary>,
      ),
    ).toThrow('a bug, not a price table');
    quiet.mockRestore();
  });
});
