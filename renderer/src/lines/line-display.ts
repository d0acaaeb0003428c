import type Decimal from 'decimal.js';
import { createContext, useContext } from 'react';
import type { ScenarioGroup } from '../workspace/scenario-groups';

/** What every line card shows besides its own line: the scenario's groups and how money is displayed. */
export type LineDisplay = {
  readonly groups: readonly ScenarioGroup[];
  /** KRW per USD when the scenario shows KRW */
  readonly krwPerUsd: Decimal | null;
  /** VAT is on: the line amounts (always before VAT) say so */
  readonly vat: boolean;
};

export const NO_LINE_DISPLAY: LineDisplay = { groups: [], krwPerUsd: null, vat: false };

export const LineDisplayContext = createContext<LineDisplay>(NO_LINE_DISPLAY);

export const useLineDisplay = (): LineDisplay => useContext(LineDisplayContext);
