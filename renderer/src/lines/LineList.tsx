import { memo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineResult } from '../../../engine/estimate/types';
import { SERVICES, type LineItem, type Service } from '../../../engine/scenario';
import type { WorkspaceAction } from '../workspace/workspace-state';
import { LineCard } from './LineCard';

type Props = {
  items: readonly LineItem[];
  results: ReadonlyMap<string, LineResult>;
  hoursPerMonth: number;
  generation: number;
  dispatch: Dispatch<WorkspaceAction>;
};

/** Line items grouped by service (in file order within a group), with the add buttons above. */
export const LineList = memo(function LineList({
  items,
  results,
  hoursPerMonth,
  generation,
  dispatch,
}: Props) {
  const { t } = useTranslation();
  const groups = new Map<Service, LineItem[]>();
  for (const item of items) {
    const group = groups.get(item.service);
    if (group) group.push(item);
    else groups.set(item.service, [item]);
  }
  return (
    <section className="lines" id="lines" aria-labelledby="lines-title" tabIndex={-1}>
      <div className="lines__toolbar">
        <h2 id="lines-title" className="lines__title">
          {t('lines.heading')}{' '}
          <span className="lines__count">{t('lines.lineCount', { count: items.length })}</span>
        </h2>
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
      {items.length === 0 && <p className="lines__empty">{t('lines.empty')}</p>}
      {SERVICES.map((service) => {
        const group = groups.get(service);
        if (!group) return null;
        return (
          <section key={service} className="line-group" aria-labelledby={`group-${service}`}>
            <h3 id={`group-${service}`} className="line-group__title">
              {t(`services.${service}`)} <span className="lines__count">{group.length}</span>
            </h3>
            {group.map((item) => (
              <LineCard
                key={`${generation}:${item.id}`}
                item={item}
                result={results.get(item.id)}
                hoursPerMonth={hoursPerMonth}
                dispatch={dispatch}
              />
            ))}
          </section>
        );
      })}
    </section>
  );
});
