import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { archSchema, categorySchema, type InstanceCategory } from '../../../pricing-data/schema';
import type { DraftProblems, FilterDraft, RangeField } from './filter-draft';

export interface PickerFiltersProps {
  draft: FilterDraft;
  problems: DraftProblems;
  onChange: (draft: FilterDraft) => void;
  onReset: () => void;
}

const RANGE_FIELDS: readonly { field: RangeField; label: string }[] = [
  { field: 'vcpuMin', label: 'filters.vcpuMin' },
  { field: 'vcpuMax', label: 'filters.vcpuMax' },
  { field: 'memoryMin', label: 'filters.memoryMin' },
  { field: 'memoryMax', label: 'filters.memoryMax' },
];

/** Search, category chips, vCPU and memory ranges, architecture, GPU and "priced here only". */
export function PickerFilters({ draft, problems, onChange, onReset }: PickerFiltersProps) {
  const { t } = useTranslation('instances');
  const id = useId();
  const set = <K extends keyof FilterDraft>(key: K, value: FilterDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const toggleCategory = (category: InstanceCategory) =>
    set(
      'categories',
      draft.categories.includes(category)
        ? draft.categories.filter((c) => c !== category)
        : [...draft.categories, category],
    );

  return (
    <fieldset className="cs-picker-filters">
      <legend>{t('filters.legend')}</legend>
      <div className="cs-filter-search">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={draft.search}
          placeholder={t('filters.searchPlaceholder')}
          aria-describedby={`${id}-search-help`}
          aria-invalid={problems.search !== null}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => set('search', e.target.value)}
        />
        <span id={`${id}-search-help`} className={problems.search ? 'cs-error' : 'cs-hint'}>
          {problems.search
            ? t('filters.searchInvalid', {
                pattern: problems.search.pattern,
                message: problems.search.message,
              })
            : t('filters.searchHelp')}
        </span>
      </div>

      <div role="group" aria-label={t('filters.categories')} className="cs-chips">
        <button
          type="button"
          className="cs-chip"
          aria-pressed={draft.categories.length === 0}
          onClick={() => set('categories', [])}
        >
          {t('filters.allCategories')}
        </button>
        {categorySchema.options.map((category) => (
          <button
            key={category}
            type="button"
            className="cs-chip"
            aria-pressed={draft.categories.includes(category)}
            onClick={() => toggleCategory(category)}
          >
            {t(`category.${category}`)}
          </button>
        ))}
      </div>

      <div className="cs-filter-ranges">
        {RANGE_FIELDS.map(({ field, label }) => {
          const bad = problems.ranges[field];
          return (
            <div key={field} className="cs-filter-range">
              <label htmlFor={`${id}-${field}`}>{t(label)}</label>
              <input
                id={`${id}-${field}`}
                type="text"
                inputMode="decimal"
                size={6}
                value={draft[field]}
                aria-invalid={bad !== undefined}
                aria-describedby={bad !== undefined ? `${id}-${field}-error` : undefined}
                onChange={(e) => set(field, e.target.value)}
              />
              {bad !== undefined && (
                <span id={`${id}-${field}-error`} className="cs-error">
                  {t('filters.rangeInvalid', { field: t(label), value: bad })}
                </span>
              )}
            </div>
          );
        })}
      </div>

      <div className="cs-filter-selects">
        <label htmlFor={`${id}-arch`}>{t('filters.arch')}</label>
        <select
          id={`${id}-arch`}
          value={draft.arch}
          onChange={(e) => {
            const value = e.target.value;
            set('arch', value === 'any' ? 'any' : archSchema.parse(value));
          }}
        >
          <option value="any">{t('filters.archAny')}</option>
          {archSchema.options.map((arch) => (
            <option key={arch} value={arch}>
              {t(`arch.${arch}`)}
            </option>
          ))}
        </select>

        <label htmlFor={`${id}-gpu`}>{t('filters.gpu')}</label>
        <select
          id={`${id}-gpu`}
          value={draft.gpu}
          onChange={(e) => {
            const value = e.target.value;
            set('gpu', value === 'yes' || value === 'no' ? value : 'any');
          }}
        >
          <option value="any">{t('filters.gpuAny')}</option>
          <option value="yes">{t('filters.gpuYes')}</option>
          <option value="no">{t('filters.gpuNo')}</option>
        </select>

        <label className="cs-filter-check">
          <input
            type="checkbox"
            checked={draft.pricedOnly}
            onChange={(e) => set('pricedOnly', e.target.checked)}
          />
          {t('filters.pricedOnly')}
        </label>

        <button type="button" className="button" onClick={onReset}>
          {t('filters.reset')}
        </button>
      </div>
    </fieldset>
  );
}
