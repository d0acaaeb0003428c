import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge, SnapshotEntry } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import { readSnapshotThroughBridge, type BridgeProblem } from './bridge-snapshots';
import { ProblemMessage } from './ProblemMessage';

export type DiffSide = 'a' | 'b';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; id: string }
  | { kind: 'loaded'; id: string; date: string; side: DiffSide }
  | { kind: 'failed'; id: string; problem: BridgeProblem };

/** Desktop: pick an installed snapshot and load it as side A or B (read through the bridge, checked by the engine). */
export function InstalledSnapshotLoader({
  bridge,
  entries,
  isLoaded,
  onLoaded,
}: {
  bridge: CloudSizerBridge;
  entries: readonly SnapshotEntry[];
  /** already a choice of the diff: select it without reading it again */
  isLoaded: (id: string) => boolean;
  onLoaded: (side: DiffSide, entry: SnapshotEntry, snapshot: PriceSnapshot | null) => void;
}) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  const usable = entries.filter((entry) => entry.problem === null);
  const [picked, setPicked] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const entry = usable.find((e) => e.id === picked) ?? usable[0];

  async function load(side: DiffSide) {
    if (!entry) return;
    if (isLoaded(entry.id)) {
      onLoaded(side, entry, null);
      setStatus({ kind: 'loaded', id: entry.id, date: entry.date ?? '', side });
      return;
    }
    setStatus({ kind: 'loading', id: entry.id });
    const loaded = await readSnapshotThroughBridge(bridge, entry.id);
    if (!loaded.ok) {
      setStatus({ kind: 'failed', id: entry.id, problem: loaded.problem });
      return;
    }
    onLoaded(side, entry, loaded.snapshot);
    setStatus({ kind: 'loaded', id: entry.id, date: loaded.snapshot.manifest.snapshotDate, side });
  }

  if (usable.length === 0) return null;
  return (
    <div className="pt-load">
      <div className="field-row">
        <div className="field field--wide">
          <label className="field__label" htmlFor={`${id}-installed`}>
            {t('diff.installedPick')}
          </label>
          <select
            id={`${id}-installed`}
            className="field__input field__select"
            value={entry?.id ?? ''}
            onChange={(event) => setPicked(event.target.value)}
          >
            {usable.map((e) => (
              <option key={`${e.kind}:${e.id}`} value={e.id}>
                {t('diff.option', {
                  id: e.id,
                  date: e.date ?? t('installed.noDate'),
                  origin: t(`diff.origin.${e.kind}`),
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="pt-actions">
          {(['a', 'b'] as const).map((side) => (
            <button
              key={side}
              type="button"
              className="button"
              disabled={status.kind === 'loading'}
              onClick={() => void load(side)}
            >
              {t('diff.loadAs', { side: side.toUpperCase() })}
            </button>
          ))}
        </div>
      </div>
      {status.kind === 'loading' && (
        <p className="pt-note" role="status">
          {t('diff.installedLoading', { id: status.id })}
        </p>
      )}
      {status.kind === 'loaded' && (
        <p className="pt-load__ok" role="status">
          {t('diff.installedLoaded', { id: status.id, date: status.date, side: status.side.toUpperCase() })}
        </p>
      )}
      {status.kind === 'failed' && (
        <ProblemMessage title={t('diff.installedFailed', { id: status.id })} problem={status.problem} />
      )}
    </div>
  );
}
