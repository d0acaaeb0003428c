import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortingState } from '@tanstack/react-table';
import type { OperatingSystem, Region } from '../../../pricing-data/schema';
import type { PriceSnapshot } from '../../../engine/prices';
import { draftToFilter, EMPTY_DRAFT, type FilterDraft } from './filter-draft';
import { matchesFilter } from './instance-filter';
import { InstanceTable } from './InstanceTable';
import { NamingDecoderPanel } from './NamingDecoderPanel';
import { PickerFilters } from './PickerFilters';
import { pickerColumns } from './picker-columns';
import { buildPickerRows } from './picker-rows';
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
}

const DEFAULT_SORTING: SortingState = [{ id: 'type', desc: false }];

/** The whole EC2 catalogue as a searchable, sortable, filterable table, with the name decoder beside it. */
export function InstancePicker({
  snapshot,
  region,
  os,
  value,
  onSelect,
  initialFilter,
}: InstancePickerProps) {
  const { t } = useTranslation('instances');
  const language = useLang();
  const [draft, setDraft] = useState<FilterDraft>(initialFilter ?? EMPTY_DRAFT);
  const [sorting, setSorting] = useState<SortingState>(DEFAULT_SORTING);
  const deferredDraft = useDeferredValue(draft);

  const allRows = useMemo(() => buildPickerRows(snapshot, region, os), [snapshot, region, os]);
  const { filter } = useMemo(() => draftToFilter(deferredDraft), [deferredDraft]);
  const { problems } = useMemo(() => draftToFilter(draft), [draft]);
  const titleId = useId();
  const shownRows = useMemo(
    () => allRows.filter((row) => matchesFilter(row.spec, row.price.status === 'priced', filter)),
    [allRows, filter],
  );
  const columns = useMemo(() => pickerColumns(t, language), [t, language]);
  const selectedSpec = value === null ? null : (snapshot.index.get(value) ?? null);

  return (
    <section className="cs-instance-picker" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('picker.title')}</h2>
      <PickerFilters
        draft={draft}
        problems={problems}
        onChange={setDraft}
        onReset={() => setDraft(EMPTY_DRAFT)}
      />
      <p className="cs-picker-count" role="status">
        {t('picker.rowCount', {
          shown: formatCount(shownRows.length, language),
          total: formatCount(allRows.length, language),
        })}
        {value !== null && <> · {t('picker.selected', { type: value })}</>}
      </p>
      <div className="cs-picker-body">
        <InstanceTable
          rows={shownRows}
          columns={columns}
          sorting={sorting}
          onSortingChange={setSorting}
          value={value}
          onSelect={onSelect}
        />
        <NamingDecoderPanel spec={selectedSpec} />
      </div>
    </section>
  );
}
