// @vitest-environment jsdom
import { act, cleanup, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { loadSnapshot } from '../../../engine/prices';
import { createI18n } from '../i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedSnapshot } from '../price-tables/test-fake-bridge';
import { bundledSnapshot, editedFiles } from '../price-tables/test-helpers';
import { axeViolations } from '../test/axe';
import { fakeDesktopBridge } from '../test/fake-desktop-bridge';
import { renderApp } from '../test/render-app';
import { defaultScenario } from './default-scenario';
import { useActiveSnapshot } from './use-active-snapshot';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const UPDATED = 'aws-update-20261222-093000';
const INSTALLED = 'aws-update-20261201-000000';

type OnDemandJson = { regions: Record<string, Record<string, { hourly: string }>> };

/** The bundled tables under another id with m5.large in Seoul at `hourly` instead of $0.118. */
function seoulM5At(id: string, date: string, hourly: string) {
  return editedFiles(id, date, {
    'ec2-ondemand-linux.json': (json) => {
      const m5 = (json as unknown as OnDemandJson).regions['ap-northeast-2']?.['m5.large'];
      if (!m5) throw new Error('bundled table changed');
      m5.hourly = hourly;
    },
  });
}

const webServers = (container: HTMLElement) => {
  const card = container.querySelector<HTMLElement>('[data-line-id="ec2-1"]');
  if (!card) throw new Error('no card for ec2-1');
  return within(card).getByTestId('line-monthly');
};

describe('the price snapshot the app calculates with', () => {
  it('re-prices with the snapshot a finished update installed, with the Price tables page closed', async () => {
    const fake = fakeDesktopBridge();
    const { container } = renderApp({ language: 'en', bridge: fake.bridge, scenario: defaultScenario('en') });
    // 2 × m5.large at $0.118 × 730 h
    expect(webServers(container).textContent).toBe('$172.28');
    await waitFor(() => expect(fake.prices.listening).toBe(true));

    fake.prices.install(
      storedSnapshot(UPDATED, '2026-12-22', 'installed', seoulM5At(UPDATED, '2026-12-22', '0.120')),
    );
    fake.prices.emit({ phase: 'starting' });
    fake.prices.emit({ phase: 'done', snapshotId: UPDATED, report: ['ec2 ap-northeast-2: 900 types'] });

    // 2 × $0.120 × 730 h = $175.20
    await waitFor(() => expect(webServers(container).textContent).toBe('$175.20'));
    expect(screen.getByText(`Prices now use snapshot ${UPDATED}.`).closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText(`Price snapshot ${UPDATED} (2026-12-22)`)).toBeTruthy();
    expect(fake.bridge.pricesReadSnapshot).toHaveBeenCalledWith({ id: UPDATED });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('takes the snapshot an update from the Price tables page installed (onSnapshotChange), in Korean', async () => {
    const fake = fakeDesktopBridge();
    const { container } = renderApp({ bridge: fake.bridge, scenario: defaultScenario('ko') });
    fireEvent.click(screen.getByRole('button', { name: '가격표' }));
    // the page is loaded lazily: its first import takes a while under the test transform
    await screen.findByRole('heading', { name: '가격표', level: 2 }, { timeout: 15_000 });
    await waitFor(() => expect(fake.bridge.pricesListSnapshots).toHaveBeenCalled());

    fake.prices.install(
      storedSnapshot(UPDATED, '2026-12-22', 'installed', seoulM5At(UPDATED, '2026-12-22', '0.120')),
    );
    fake.prices.emit({ phase: 'done', snapshotId: UPDATED });
    await screen.findByText(`가격 스냅샷이 ${UPDATED}으로 바뀌었습니다.`);
    expect(screen.getAllByText(`가격 스냅샷이 ${UPDATED}으로 바뀌었습니다.`)).toHaveLength(1);
    expect(screen.getByRole('heading', { name: '가격표', level: 2 })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '견적' }));
    expect(webServers(container).textContent).toBe('$175.20');
  });

  it('starts with the installed snapshot main marks active', async () => {
    const fake = fakeDesktopBridge({
      installed: [
        storedSnapshot(INSTALLED, '2026-12-01', 'installed', seoulM5At(INSTALLED, '2026-12-01', '0.100')),
      ],
    });
    await fake.bridge.pricesSetActive({ id: INSTALLED });
    const { container } = renderApp({ language: 'en', bridge: fake.bridge, scenario: defaultScenario('en') });
    // 2 × $0.100 × 730 h = $146.00
    await waitFor(() => expect(webServers(container).textContent).toBe('$146.00'));
    expect(screen.getByText(`Price snapshot ${INSTALLED} (2026-12-01)`)).toBeTruthy();
    // the snapshot chosen earlier is no news
    expect(screen.queryByText(/Prices now use snapshot/)).toBeNull();
  });

  it('keeps the bundled prices, and says why, when the active installed snapshot fails validation', async () => {
    const files = seoulM5At(INSTALLED, '2026-12-01', '0.100');
    // edited after its hash was recorded
    files['ec2-ondemand-linux.json'] = (files['ec2-ondemand-linux.json'] ?? '').replace('"0.100"', '"0.001"');
    const fake = fakeDesktopBridge({
      installed: [storedSnapshot(INSTALLED, '2026-12-01', 'installed', files)],
    });
    await fake.bridge.pricesSetActive({ id: INSTALLED });
    const { container } = renderApp({ language: 'en', bridge: fake.bridge, scenario: defaultScenario('en') });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^The installed price snapshot cannot be used, so prices come from the bundled snapshot 2026-11-snapshot-1: .*ec2-ondemand-linux\.json/,
    );
    expect(webServers(container).textContent).toBe('$172.28');
  });

  it('keeps the current prices when the finished update cannot be read', async () => {
    const fake = fakeDesktopBridge();
    const { container } = renderApp({ language: 'en', bridge: fake.bridge, scenario: defaultScenario('en') });
    await waitFor(() => expect(fake.prices.listening).toBe(true));
    fake.prices.emit({ phase: 'done', snapshotId: UPDATED });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `Could not load the new price snapshot ${UPDATED}; prices still come from 2026-11-snapshot-1: no snapshot ${UPDATED} in /home/u/.config/CloudSizer/snapshots×`,
    );
    expect(webServers(container).textContent).toBe('$172.28');
  });
});

describe('useActiveSnapshot', () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>
  );

  it('takes a snapshot id once: the page and the app hearing the same update make one change', async () => {
    const notify = vi.fn();
    const bundled = bundledSnapshot();
    const { result } = renderHook(() => useActiveSnapshot({ bridge: undefined, initial: bundled, notify }), {
      wrapper,
    });
    const updated = loadSnapshot(seoulM5At(UPDATED, '2026-12-22', '0.120'));
    act(() => result.current.change(updated));
    const first = result.current.snapshot;
    act(() => result.current.change(loadSnapshot(seoulM5At(UPDATED, '2026-12-22', '0.120'))));
    act(() => result.current.change(bundled));
    expect(first).toBe(updated);
    expect(result.current.snapshot).toBe(bundled);
    expect(notify.mock.calls.map(([notice]) => notice)).toEqual([
      { kind: 'info', text: `Prices now use snapshot ${UPDATED}.` },
      { kind: 'info', text: 'Prices now use snapshot 2026-11-snapshot-1.' },
    ]);
  });

  it('does not read a snapshot it already uses again after "done"', async () => {
    const fake = fakeDesktopBridge();
    const notify = vi.fn();
    renderHook(() => useActiveSnapshot({ bridge: fake.bridge, initial: bundledSnapshot(), notify }), {
      wrapper,
    });
    await waitFor(() => expect(fake.bridge.pricesListSnapshots).toHaveBeenCalled());
    fake.prices.emit({ phase: 'done', snapshotId: '2026-11-snapshot-1' });
    fake.prices.emit({ phase: 'error', snapshotId: null, message: 'download failed' });
    await Promise.resolve();
    expect(fake.bridge.pricesReadSnapshot).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });
});
