import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge, SnapshotEntry } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Scenario } from '../../../engine/scenario';
import { diffSnapshots } from '../../../engine/snapshot-diff';
import { DiffResults } from './DiffResults';
import { InstalledSnapshotLoader, type DiffSide } from './InstalledSnapshotLoader';
import { RepricePanel } from './RepricePanel';
import { SnapshotFilesInput } from './SnapshotFilesInput';

export type SnapshotChoice = {
  key: string;
  origin: 'active' | 'bundled' | 'installed' | 'loaded';
  snapshot: PriceSnapshot;
};

const ACTIVE = 'active';
const installedKey = (id: string) => `snapshot-${id}`;

/**
 * Pick A and B among the active snapshot, installed ones (desktop, read through the bridge) and files
 * loaded in the browser; show the engine's diff and the re-pricing.
 */
export function DiffSection({
  snapshot,
  scenario,
  bridge,
  installed = [],
}: {
  snapshot: PriceSnapshot;
  scenario: Scenario | undefined;
  bridge?: CloudSizerBridge | undefined;
  /** what main lists (desktop); empty in web mode */
  installed?: readonly SnapshotEntry[];
}) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  const [loaded, setLoaded] = useState<SnapshotChoice[]>([]);
  const choices = useMemo<SnapshotChoice[]>(
    () => [{ key: ACTIVE, origin: 'active', snapshot }, ...loaded],
    [snapshot, loaded],
  );
  const [aKey, setAKey] = useState(ACTIVE);
  const [bKey, setBKey] = useState(ACTIVE);
  const a = choices.find((c) => c.key === aKey) ?? choices[0];
  const b = choices.find((c) => c.key === bKey) ?? choices[0];
  const diff = useMemo(() => (a && b && a !== b ? diffSnapshots(a.snapshot, b.snapshot) : null), [a, b]);
  const setSide = (side: DiffSide, key: string) => (side === 'a' ? setAKey(key) : setBKey(key));

  const keyOfInstalled = (entryId: string) =>
    entryId === snapshot.manifest.snapshotId ? ACTIVE : installedKey(entryId);

  const onInstalledLoaded = (side: DiffSide, entry: SnapshotEntry, next: PriceSnapshot | null) => {
    const key = keyOfInstalled(entry.id);
    if (next && !choices.some((c) => c.key === key)) {
      setLoaded((before) => [...before, { key, origin: entry.kind, snapshot: next }]);
    }
    setSide(side, key);
  };

  const picker = (which: 'a' | 'b', value: string, onChange: (key: string) => void) => (
    <div className="field field--wide">
      <label className="field__label" htmlFor={`${id}-${which}`}>
        {t(`diff.${which}`)}
      </label>
      <select
        id={`${id}-${which}`}
        className="field__input field__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {t('diff.option', {
              id: choice.snapshot.manifest.snapshotId,
              date: choice.snapshot.manifest.snapshotDate,
              origin: t(`diff.origin.${choice.origin}`),
            })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="card pt-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card__title">
        {t('diff.title')}
      </h3>
      <p className="pt-note">{t('diff.intro')}</p>
      {bridge && installed.length > 0 && (
        <InstalledSnapshotLoader
          bridge={bridge}
          entries={installed}
          isLoaded={(entryId) => choices.some((c) => c.key === keyOfInstalled(entryId))}
          onLoaded={onInstalledLoaded}
        />
      )}
      <SnapshotFilesInput
        onLoaded={(next) => {
          const key = `loaded-${loaded.length + 1}`;
          setLoaded([...loaded, { key, origin: 'loaded', snapshot: next }]);
          setBKey(key);
        }}
      />
      <div className="field-row">
        {picker('a', aKey, setAKey)}
        {picker('b', bKey, setBKey)}
      </div>
      {a && b && diff ? (
        <>
          <DiffResults diff={diff} />
          <RepricePanel scenario={scenario} from={a.snapshot} to={b.snapshot} />
        </>
      ) : (
        <p className="pt-note" role="status">
          {t('diff.same')}
        </p>
      )}
    </section>
  );
}
