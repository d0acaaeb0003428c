// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PriceSnapshot } from '../../../engine/prices';
import { openSnapshot } from './open-snapshot';
import { SnapshotBoundary } from './SnapshotBoundary';
import { fetchedBundled } from './test-tables';

afterEach(cleanup);

function SpotCount({ snapshot }: { snapshot: PriceSnapshot }) {
  return <p>{Object.keys(snapshot.spot.regions).length} regions</p>;
}

const fallback = (message: string) => <p role="alert">{message}</p>;

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
    const lazy = openSnapshot(
      await fetchedBundled((files) => ({
        ...files,
        'ec2-spot-advisor.json': `${files['ec2-spot-advisor.json']} `,
      })),
    );
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
