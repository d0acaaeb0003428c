import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Scenario } from '../../../engine/scenario';
import { diffSnapshots } from '../../../engine/snapshot-diff';
import { DiffResults } from './DiffResults';
import { RepricePanel } from './RepricePanel';
import { SnapshotFilesInput } from './SnapshotFilesInput';

export type SnapshotChoice = { key: string; origin: 'bundled' | 'loaded'; snapshot: PriceSnapshot };

/** Pick A and B among the bundled snapshot and any loaded ones; show the engine's diff and the re-pricing. */
export function DiffSection({
  snapshot,
  scenario,
}: {
  snapshot: PriceSnapshot;
  scenario: Scenario | undefined;
}) {
  const { t } = useTranslation('priceTables');
  const id = useId();
  const [loaded, setLoaded] = useState<SnapshotChoice[]>([]);
  const choices = useMemo<SnapshotChoice[]>(
    () => [{ key: 'bundled', origin: 'bundled', snapshot }, ...loaded],
    [snapshot, loaded],
  );
  const [aKey, setAKey] = useState('bundled');
  const [bKey, setBKey] = useState('bundled');
  const a = choices.find((c) => c.key === aKey) ?? choices[0];
  const b = choices.find((c) => c.key === bKey) ?? choices[0];
  const diff = useMemo(() => (a && b && a !== b ? diffSnapshots(a.snapshot, b.snapshot) : null), [a, b]);

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
