import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortingState } from '@tanstack/react-table';
import type { OperatingSystem, Region } from '../../../pricing-data/schema';
import type { PriceSnapshot } from '../../../engine/prices';
import {
  catalogueRows,
  CATALOGUE_PRICE_BASES,
  type CataloguePriceBasis,
  type CatalogueRow,
} from '../../../engine/catalogue';
import { catalogueCsv } from '../../../engine/csv';
import { csvBlob } from '../files/csv-export';
import { downloadBlob } from '../files/scenario-files';
import { draftToFilter, EMPTY_DRAFT, type FilterDraft } from './filter-draft';
import { matchesFilter } from './instance-filter';
import { InstanceTable } from './InstanceTable';
import { NamingDecoderPanel } from './NamingDecoderPanel';
import { PickerFilters } from './PickerFilters';
import { pickerColumns } from './picker-columns';
import { useLang } from './use-lang';
import { formatCount } from './format';
import './instances.css';

export interface InstancePickerProps {
  snapshot: PriceSnapshot;
  region: Region;
  os: OperatingSystem;
  /** the selected instance type name, or null */
  value: string | null;
  onSelect: (type: string) => void;
  /** initial filter controls (e.g. restored state); defaults to no filter */
  initialFilter?: FilterDraft;
  /** saves the shown rows as CSV (the desktop's save dialog); defaults to a browser download */
  onExportCsv?: (text: string, fileName: string) => void;
}

const browserDownload = (text: string, fileName: string) => downloadBlob(csvBlob(text), fileName);

const DEFAULT_SORTING: SortingState = [{ id: 'type', desc: false }];

/** The whole EC2 catalogue as a searchable, sortable, filterable table, with the name decoder beside it. */
export function InstancePicker({
  snapshot,
  region,
  os,
  value,
  onSelect,
  initialFilter,
  onExportCsv = browserDownload,
}: InstancePickerProps) {
  const { t } = useTranslation('instances');
  const language = useLang();
  const [draft, setDraft] = useState<FilterDraft>(initialFilter ?? EMPTY_DRAFT);
  const [sorting, setSorting] = useState<SortingState>(DEFAULT_SORTING);
  const [basis, setBasis] = useState<CataloguePriceBasis>('on-demand');
  const shownOrder = useRef<readonly CatalogueRow[]>([]);
  const deferredDraft = useDeferredValue(draft);
  const basisId = useId();

  const allRows = useMemo(
    () => catalogueRows(snapshot, { region, os, basis }),
    [snapshot, region, os, basis],
  );
  const { filter } = useMemo(() => draftToFilter(deferredDraft), [deferredDraft]);
  const { problems } = useMemo(() => draftToFilter(draft), [draft]);
  const shownRows = useMemo(
    () => allRows.filter((row) => matchesFilter(row.spec, row.price.status === 'priced', filter)),
    [allRows, filter],
  );
  const columns = useMemo(() => pickerColumns(t, language, basis), [t, language, basis]);
  const selectedSpec = value === null ? null : (snapshot.index.get(value) ?? null);

  return (
    <section className="cs-instance-picker" aria-label={t('picker.title')}>
      <PickerFilters
        draft={draft}
        problems={problems}
        onChange={setDraft}
        onReset={() => setDraft(EMPTY_DRAFT)}
      />
      <div className="cs-picker-toolbar">
        <p className="cs-picker-count" role="status">
          {t('picker.rowCount', {
            shown: formatCount(shownRows.length, language),
            total: formatCount(allRows.length, language),
          })}
          {' · '}
          {t('picker.context', { region, os: t(`os.${os}`) })}
          {value !== null && <> · {t('picker.selected', { type: value })}</>}
        </p>
        <label htmlFor={basisId}>{t('picker.basis')}</label>
        <select
          id={basisId}
          className="cs-picker-basis"
          value={basis}
          onChange={(event) => setBasis(event.target.value as CataloguePriceBasis)}
        >
          {CATALOGUE_PRICE_BASES.map((option) => (
            <option key={option} value={option}>
              {t(`basis.${option}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={shownRows.length === 0}
          onClick={() =>
            onExportCsv(
              catalogueCsv(shownOrder.current, {
                lang: language,
                region,
                os,
                basis,
                snapshot: `${snapshot.manifest.snapshotId} (${snapshot.manifest.snapshotDate})`,
              }),
              `instances-${region}-${os}-${basis}.csv`,
            )
          }
        >
          {t('picker.exportCsv')}
        </button>
      </div>
      {basis === 'spot' && <p className="cs-picker-note">{t('picker.spotNote')}</p>}
      <div className="cs-picker-body">
        <InstanceTable
          rows={shownRows}
          columns={columns}
          sorting={sorting}
          onSortingChange={setSorting}
          value={value}
          onSelect={onSelect}
          shownOrderRef={shownOrder}
        />
        <NamingDecoderPanel spec={selectedSpec} />
      </div>
    </section>
  );
}
