import type { LineItem, Scenario, ScenarioSettings, Service } from '../../../engine/scenario';
import type { Region } from '../../../pricing-data/schema';
import { duplicateOf, newLine, newLineId } from './new-line';

export type KrwRate = { krwPerUsd: string; rateDate: string };

/** Where the open scenario lives: a desktop path, a web file name, or nowhere yet. */
export type FileOrigin = { kind: 'desktop'; path: string } | { kind: 'web'; name: string } | null;

export type WorkspaceState = {
  readonly scenario: Scenario;
  readonly origin: FileOrigin;
  readonly dirty: boolean;
  /** lines whose editor holds input that does not validate (the scenario keeps their last valid value) */
  readonly invalidLines: ReadonlySet<string>;
  /** bumps whenever a whole scenario is loaded, so editors drop their drafts */
  readonly generation: number;
  /** the last KRW rate typed, kept while the display is switched back to USD */
  readonly lastKrwRate: KrwRate | null;
};

export type WorkspaceAction =
  | { type: 'load'; scenario: Scenario; origin: FileOrigin }
  | { type: 'saved'; origin: FileOrigin }
  | { type: 'rename'; name: string }
  | { type: 'setRegion'; region: Region }
  | { type: 'setSettings'; patch: Partial<Omit<ScenarioSettings, 'currency'>> }
  | { type: 'showUsd' }
  | { type: 'showKrw'; rate: KrwRate }
  | { type: 'addLine'; service: Service }
  | { type: 'updateLine'; item: LineItem }
  | { type: 'removeLine'; id: string }
  | { type: 'duplicateLine'; id: string }
  | { type: 'markInvalid'; id: string; invalid: boolean };

export function initialWorkspace(scenario: Scenario, origin: FileOrigin = null): WorkspaceState {
  return {
    scenario,
    origin,
    dirty: false,
    invalidLines: new Set(),
    generation: 0,
    lastKrwRate: scenario.settings.currency.display === 'KRW' ? rateOf(scenario) : null,
  };
}

function rateOf(scenario: Scenario): KrwRate | null {
  const currency = scenario.settings.currency;
  return currency.display === 'KRW' ? { krwPerUsd: currency.krwPerUsd, rateDate: currency.rateDate } : null;
}

function withScenario(state: WorkspaceState, scenario: Scenario): WorkspaceState {
  return { ...state, scenario, dirty: true };
}

function withItems(state: WorkspaceState, items: LineItem[]): WorkspaceState {
  return withScenario(state, { ...state.scenario, items });
}

function withoutInvalid(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  const { scenario } = state;
  switch (action.type) {
    case 'load':
      return { ...initialWorkspace(action.scenario, action.origin), generation: state.generation + 1 };
    case 'saved':
      return { ...state, origin: action.origin, dirty: false };
    case 'rename':
      return action.name === scenario.name ? state : withScenario(state, { ...scenario, name: action.name });
    case 'setRegion':
      return action.region === scenario.region
        ? state
        : withScenario(state, { ...scenario, region: action.region });
    case 'setSettings':
      return withScenario(state, { ...scenario, settings: { ...scenario.settings, ...action.patch } });
    case 'showUsd':
      return {
        ...withScenario(state, {
          ...scenario,
          settings: { ...scenario.settings, currency: { display: 'USD' } },
        }),
        lastKrwRate: rateOf(scenario) ?? state.lastKrwRate,
      };
    case 'showKrw':
      return {
        ...withScenario(state, {
          ...scenario,
          settings: { ...scenario.settings, currency: { display: 'KRW', ...action.rate } },
        }),
        lastKrwRate: action.rate,
      };
    case 'addLine': {
      const item = newLine(action.service, newLineId(scenario.items, action.service));
      return withItems(state, [...scenario.items, item]);
    }
    case 'updateLine': {
      const index = scenario.items.findIndex((item) => item.id === action.item.id);
      if (index < 0 || scenario.items[index] === action.item) return state;
      const items = scenario.items.slice();
      items[index] = action.item;
      return withItems(state, items);
    }
    case 'removeLine': {
      const items = scenario.items.filter((item) => item.id !== action.id);
      if (items.length === scenario.items.length) return state;
      return { ...withItems(state, items), invalidLines: withoutInvalid(state.invalidLines, action.id) };
    }
    case 'duplicateLine': {
      const index = scenario.items.findIndex((item) => item.id === action.id);
      const original = scenario.items[index];
      if (!original) return state;
      const copy = duplicateOf(original, newLineId(scenario.items, original.service));
      return withItems(state, [
        ...scenario.items.slice(0, index + 1),
        copy,
        ...scenario.items.slice(index + 1),
      ]);
    }
    case 'markInvalid': {
      if (state.invalidLines.has(action.id) === action.invalid) return state;
      const next = new Set(state.invalidLines);
      if (action.invalid) next.add(action.id);
      else next.delete(action.id);
      return { ...state, invalidLines: next };
    }
  }
}
