import { useEffect, useId, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { NUMERIC_COLUMNS } from './picker-columns';
import type { CatalogueRow } from '../../../engine/catalogue';
import { nextIndex } from './row-navigation';

export const ROW_HEIGHT_PX = 32;
const PAGE_ROWS = 12;

export interface InstanceTableProps {
  rows: readonly CatalogueRow[];
  columns: ColumnDef<CatalogueRow, unknown>[];
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  value: string | null;
  onSelect: (type: string) => void;
  /** receives the rows in the order on screen (for an export that keeps the table's sort) */
  shownOrderRef?: RefObject<readonly CatalogueRow[]>;
}

/**
 * The catalogue as a virtualised grid: only the rows in view are in the DOM. One tab stop; ↑/↓,
 * PageUp/PageDown, Home/End move the selection, Enter selects the highlighted row.
 */
export function InstanceTable({
  rows,
  columns,
  sorting,
  onSortingChange,
  value,
  onSelect,
  shownOrderRef,
}: InstanceTableProps) {
  const { t } = useTranslation('instances');
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const data = useMemo(() => [...rows], [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table re-renders through its own state; the React Compiler is not used here
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.spec.type,
  });
  const sortedRows = table.getRowModel().rows;
  useEffect(() => {
    if (shownOrderRef) shownOrderRef.current = sortedRows.map((row) => row.original);
  }, [shownOrderRef, sortedRows]);
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 8,
  });
  const selectedIndex = value === null ? -1 : sortedRows.findIndex((row) => row.id === value);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const rowId = (type: string) => `${baseId}-row-${type}`;
  const virtualItems = virtualizer.getVirtualItems();
  const selectedInView = virtualItems.some((item) => item.index === selectedIndex);
  const paddingTop = virtualItems[0]?.start ?? 0;
  const lastItem = virtualItems[virtualItems.length - 1];
  const paddingBottom = lastItem ? virtualizer.getTotalSize() - lastItem.end : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      const row = sortedRows[selectedIndex >= 0 ? selectedIndex : 0];
      if (row) onSelect(row.id);
      event.preventDefault();
      return;
    }
    const next = nextIndex(event.key, selectedIndex, sortedRows.length, PAGE_ROWS);
    if (next === null) return;
    event.preventDefault();
    const row = sortedRows[next];
    if (row) onSelect(row.id);
  };

  return (
    <div className="cs-instance-table-scroll" ref={scrollRef}>
      <table
        className="cs-instance-table"
        role="grid"
        aria-label={t('picker.tableLabel')}
        aria-rowcount={sortedRows.length + 1}
        aria-colcount={columnCount}
        aria-describedby={`${baseId}-hint`}
        aria-activedescendant={selectedInView && value !== null ? rowId(value) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <caption id={`${baseId}-hint`} className="cs-visually-hidden">
          {t('picker.keyboardHint')}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={NUMERIC_COLUMNS.has(header.column.id) ? 'cs-num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button
                      type="button"
                      className="cs-sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {label}
                      <span aria-hidden="true" className="cs-sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="cs-spacer">
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          )}
          {virtualItems.map((item) => {
            const row = sortedRows[item.index];
            if (!row) return null;
            const selected = item.index === selectedIndex;
            return (
              <tr
                key={row.id}
                id={rowId(row.id)}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={selected ? 'cs-row cs-row-selected' : 'cs-row'}
                style={{ height: ROW_HEIGHT_PX }}
                onClick={() => onSelect(row.id)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={NUMERIC_COLUMNS.has(cell.column.id) ? 'cs-num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="cs-spacer">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {sortedRows.length === 0 && <p className="cs-empty">{t('picker.noRows')}</p>}
    </div>
  );
}
