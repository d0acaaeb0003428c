import { memo, useId, useMemo, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineResult } from '../../../engine/estimate/types';
import { dec } from '../../../engine/money/decimal';
import { SERVICES, type LineItem, type ScenarioSettings, type Service } from '../../../engine/scenario';
import { GroupManager } from '../groups/GroupManager';
import type { ScenarioGroup } from '../workspace/scenario-groups';
import type { WorkspaceAction } from '../workspace/workspace-state';
import { LineCard, type EditorsCommand } from './LineCard';
import { LineDisplayContext, type LineDisplay } from './line-display';

type Props = {
  items: readonly LineItem[];
  /** the scenario's groups (what the group select offers and the group manager edits) */
  groups?: readonly ScenarioGroup[];
  /** the scenario's currency and VAT: KRW amounts on each card, "before VAT" when VAT is on */
  settings?: Pick<ScenarioSettings, 'currency' | 'vat'>;
  results: ReadonlyMap<string, LineResult>;
  hoursPerMonth: number;
  generation: number;
  dispatch: Dispatch<WorkspaceAction>;
};

const NO_GROUPS: readonly ScenarioGroup[] = [];

/**
 * Line items in sections by service (in file order within a section), with the add buttons and the group
 * manager above.
 */
export const LineList = memo(function LineList({
  items,
  groups = NO_GROUPS,
  settings,
  results,
  hoursPerMonth,
  generation,
  dispatch,
}: Props) {
  const { t } = useTranslation();
  const [managing, setManaging] = useState(false);
  // the lines there were when this estimate was opened; any other line was added here and opens its editor
  const [opened, setOpened] = useState(() => ({ generation, ids: new Set(items.map((item) => item.id)) }));
  if (opened.generation !== generation) setOpened({ generation, ids: new Set(items.map((item) => item.id)) });
  const added = (item: LineItem) => opened.generation === generation && !opened.ids.has(item.id);
  const [allEditors, setAllEditors] = useState<EditorsCommand>({ open: false, seq: 0 });
  const managerId = useId();
  const manageButton = useRef<HTMLButtonElement>(null);
  const currency = settings?.currency;
  const krwRate = currency?.display === 'KRW' ? currency.krwPerUsd : null;
  const vat = settings?.vat ?? false;
  // one value while groups, rate and VAT stay: a line edit re-renders only the edited card
  const display = useMemo<LineDisplay>(
    () => ({ groups, krwPerUsd: krwRate === null ? null : dec(krwRate), vat }),
    [groups, krwRate, vat],
  );
  const byService = new Map<Service, LineItem[]>();
  for (const item of items) {
    const section = byService.get(item.service);
    if (section) section.push(item);
    else byService.set(item.service, [item]);
  }
  const closeManager = () => {
    setManaging(false);
    manageButton.current?.focus();
  };
  return (
    <section className="lines" id="lines" aria-labelledby="lines-title" tabIndex={-1}>
      <div className="lines__toolbar">
        <h2 id="lines-title" className="lines__title">
          {t('lines.heading')}{' '}
          <span className="lines__count">{t('lines.lineCount', { count: items.length })}</span>
        </h2>
        <div className="lines__tools">
          {items.length > 0 && (
            <button
              type="button"
              className="button lines__editors"
              data-testid="lines-editors"
              onClick={() => setAllEditors((last) => ({ open: !last.open, seq: last.seq + 1 }))}
            >
              {allEditors.open ? t('lines.closeAllEditors') : t('lines.openAllEditors')}
            </button>
          )}
          <button
            ref={manageButton}
            type="button"
            className="button lines__groups"
            aria-expanded={managing}
            aria-controls={managing ? managerId : undefined}
            onClick={() => setManaging((open) => !open)}
          >
            {t('groups.manage')}
            {groups.length > 0 && <span className="lines__count"> {groups.length}</span>}
          </button>
          <div className="lines__add" role="group" aria-label={t('lines.heading')}>
            {SERVICES.map((service) => (
              <button
                key={service}
                type="button"
                className={`button button--add button--${service}`}
                aria-label={t('lines.addLabel', { service: t(`services.${service}`) })}
                onClick={() => dispatch({ type: 'addLine', service })}
              >
                + {t(`services.${service}`)}
              </button>
            ))}
          </div>
        </div>
      </div>
      {managing && (
        <GroupManager
          id={managerId}
          groups={groups}
          items={items}
          dispatch={dispatch}
          onClose={closeManager}
        />
      )}
      {items.length === 0 && <p className="lines__empty">{t('lines.empty')}</p>}
      <LineDisplayContext.Provider value={display}>
        {SERVICES.map((service) => {
          const section = byService.get(service);
          if (!section) return null;
          return (
            <section key={service} className="line-group" aria-labelledby={`group-${service}`}>
              <h3 id={`group-${service}`} className="line-group__title">
                {t(`services.${service}`)} <span className="lines__count">{section.length}</span>
              </h3>
              {section.map((item) => (
                <LineCard
                  key={`${generation}:${item.id}`}
                  item={item}
                  result={results.get(item.id)}
                  hoursPerMonth={hoursPerMonth}
                  dispatch={dispatch}
                  initiallyExpanded={allEditors.open || added(item)}
                  focusOnMount={added(item)}
                  allEditors={allEditors}
                />
              ))}
            </section>
          );
        })}
      </LineDisplayContext.Provider>
    </section>
  );
});
