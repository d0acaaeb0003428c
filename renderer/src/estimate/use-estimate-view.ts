import { useMemo } from 'react';
import type { Prices } from '../../../engine/estimate/prices';
import type { Scenario } from '../../../engine/scenario';
import type { EstimateView } from './estimate-view';
import { createIncrementalEstimator } from './incremental-estimate';

/** The estimate of the workspace's scenario, re-priced on every change (only the lines that changed). */
export function useEstimateView(scenario: Scenario, prices: Prices): EstimateView {
  const estimator = useMemo(() => createIncrementalEstimator(prices), [prices]);
  return useMemo(() => estimator.run(scenario), [estimator, scenario]);
}
