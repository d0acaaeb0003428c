import { fireEvent, render } from '@testing-library/react';
import { useEffect, useMemo, useReducer } from 'react';
import { I18nextProvider } from 'react-i18next';
import { pricesFromSnapshot } from '../../../engine';
import type { Scenario } from '../../../engine/scenario';
import { SnapshotContext } from '../app/contexts';
import { bundledSnapshot } from '../data/bundled-snapshot';
import { useEstimateView } from '../estimate/use-estimate-view';
import { createI18n, type Language } from '../i18n';
import { SplitTotals } from '../totals/SplitTotals';
import { initialWorkspace, workspaceReducer, type WorkspaceState } from '../workspace/workspace-state';
import { LineList } from './LineList';

/** the builder's state after the last render */
export const probe: { state: WorkspaceState | null } = { state: null };

function Builder({ scenario }: { scenario: Scenario }) {
  const snapshot = useMemo(() => bundledSnapshot(), []);
  const prices = useMemo(() => pricesFromSnapshot(snapshot), [snapshot]);
  const [state, dispatch] = useReducer(workspaceReducer, null, () => initialWorkspace(scenario));
  const view = useEstimateView(state.scenario, prices);
  useEffect(() => {
    probe.state = state;
  });
  return (
    <SnapshotContext.Provider value={snapshot}>
      <LineList
        items={state.scenario.items}
        groups={state.scenario.groups}
        settings={state.scenario.settings}
        results={view.lines}
        hoursPerMonth={state.scenario.settings.hoursPerMonth}
        generation={state.generation}
        dispatch={dispatch}
      />
      <aside>
        <SplitTotals view={view} groups={state.scenario.groups} />
      </aside>
    </SnapshotContext.Provider>
  );
}

/** The line list and the totals by group and tag over the real reducer and estimator, as the builder wires them. */
export function renderLines(
  scenario: Scenario,
  language: Language = 'ko',
  editors: 'open' | 'closed' = 'open',
) {
  const i18n = createI18n(language);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Builder scenario={scenario} />
    </I18nextProvider>,
  );
  const openAll = view.queryByTestId('lines-editors');
  if (openAll && editors === 'open') fireEvent.click(openAll);
  return view;
}
