import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge, SnapshotEntry } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import { switchSnapshot, type BridgeProblem } from './bridge-snapshots';
import { ProblemMessage } from './ProblemMessage';
import { ScrollBox } from './ScrollBox';
import type { SnapshotListHandle } from './use-snapshot-list';

type SwitchStatus =
  | { kind: 'idle' }
  | { kind: 'switching'; id: string }
  | { kind: 'switched'; id: string; date: string }
  | { kind: 'failed'; id: string; problem: BridgeProblem };

/**
 * The bundled and installed snapshots as main lists them, the active one marked and unusable ones with
 * their reason. "Use" asks first, then reads and validates the snapshot, switches main's pointer and hands
 * the new prices to the app.
 */
export function DesktopSnapshotList({
  bridge,
  using,
  snapshots,
  updateBusy,
  onSnapshotChange,
}: {
  bridge: CloudSizerBridge;
  /** the snapshot this window calculates with */
  using: PriceSnapshot;
  snapshots: SnapshotListHandle;
  updateBusy: boolean;
  onSnapshotChange?: ((snapshot: PriceSnapshot) => void) | undefined;
}) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  const [confirming, setConfirming] = useState<SnapshotEntry | null>(null);
  const [status, setStatus] = useState<SwitchStatus>({ kind: 'idle' });
  const confirmButton = useRef<HTMLButtonElement>(null);
  const usingId = using.manifest.snapshotId;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const { state } = snapshots;
  if (state.kind === 'loading' || state.kind === 'none') {
    return (
      <p className="pt-note" role="status">
        {t('installed.loading')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <>
        <ProblemMessage title={t('installed.listFailed')} problem={state.problem} />
        <button type="button" className="button" onClick={snapshots.refresh}>
          {t('installed.retry')}
        </button>
      </>
    );
  }

  const { list } = state;
  const busy = updateBusy || status.kind === 'switching';

  async function confirmSwitch(entry: SnapshotEntry) {
    setConfirming(null);
    setStatus({ kind: 'switching', id: entry.id });
    const result = await switchSnapshot(bridge, entry.id);
    if (!result.ok) {
      setStatus({ kind: 'failed', id: entry.id, problem: result.problem });
      return;
    }
    snapshots.replace(result.list);
    onSnapshotChange?.(result.snapshot);
    setStatus({ kind: 'switched', id: entry.id, date: result.snapshot.manifest.snapshotDate });
  }

  return (
    <>
      <p className="pt-note">{t('installed.storeFolder', { folder: list.storeFolder })}</p>
      {list.pointerProblem && (
        <p className="pt-warning">{t('installed.pointerProblem', { problem: list.pointerProblem })}</p>
      )}
      {list.activeId !== usingId && status.kind !== 'switching' && (
        <p className="pt-warning" data-testid="snapshot-mismatch">
          {t('installed.mismatch', { using: usingId, active: list.activeId })}
        </p>
      )}
      <ScrollBox label={t('installed.tableLabel')}>
        <table className="pt-table" aria-label={t('installed.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('installed.columns.id')}</th>
              <th scope="col">{t('installed.columns.date')}</th>
              <th scope="col">{t('installed.columns.kind')}</th>
              <th scope="col">{t('installed.columns.state')}</th>
              <th scope="col">{t('installed.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.snapshots.map((entry) => {
              const inUse = entry.id === list.activeId && entry.id === usingId;
              return (
                <tr key={`${entry.kind}:${entry.id}`} data-snapshot={entry.id}>
                  <th scope="row">
                    {entry.id}{' '}
                    {entry.id === list.activeId && (
                      <span className="badge pt-badge--active">{t('installed.active')}</span>
                    )}
                  </th>
                  <td className="pt-nowrap">{entry.date ?? t('installed.noDate')}</td>
                  <td>{t(`installed.kinds.${entry.kind}`)}</td>
                  <td className={entry.problem ? 'pt-problem' : undefined}>
                    {entry.problem
                      ? t('installed.problem', { problem: entry.problem })
                      : t('installed.usable')}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('installed.useLabel', { id: entry.id })}
                      disabled={busy || inUse || entry.problem !== null}
                      onClick={() => setConfirming(entry)}
                    >
                      {t('installed.use')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>

      {confirming && (
        <div className="pt-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h4 id={`${id}-confirm`}>{t('installed.confirmTitle', { id: confirming.id })}</h4>
          <p>
            {t('installed.confirmText', {
              id: confirming.id,
              date: confirming.date ?? t('installed.noDate'),
            })}
          </p>
          <div className="pt-actions">
            <button
              ref={confirmButton}
              type="button"
              className="button button--primary"
              onClick={() => void confirmSwitch(confirming)}
            >
              {t('installed.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('installed.cancel')}
            </button>
          </div>
        </div>
      )}

      {status.kind === 'switching' && (
        <p className="pt-note" role="status">
          {t('installed.switching', { id: status.id })}
        </p>
      )}
      {status.kind === 'switched' && (
        <p className="pt-load__ok" role="status">
          {t('installed.switched', { id: status.id, date: status.date })}
        </p>
      )}
      {status.kind === 'failed' && (
        <ProblemMessage title={t('installed.switchFailed', { id: status.id })} problem={status.problem} />
      )}

      <p className="pt-note">{t('installed.cliInstall', { folder: list.storeFolder })}</p>
    </>
  );
}
