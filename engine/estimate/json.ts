/**
 * The machine-readable view of an estimate (CLI `--format json`): money as decimal strings in USD,
 * rounded half-up to cents; the full-precision values are under `exact`.
 */
import type Decimal from 'decimal.js';
import { lineDescription } from '../csv/line-description';
import { exactString, krw, usd } from '../money/rounding';
import { formatMessage, formatTrace } from '../trace/format';
import type { Lang } from '../trace/types';
import type { EstimateResult, Totals } from './types';

const totalsJson = (t: Totals, round: (d: Decimal) => string = usd) => ({
  monthly: round(t.monthly),
  upfront: round(t.upfront),
  first12Months: round(t.first12Months),
  months36: round(t.months36),
});
const exactTotals = (t: Totals) => totalsJson(t, exactString);

export function estimateJson(
  result: EstimateResult,
  lang: Lang = 'en',
  groups: readonly { id: string; name: string }[] = [],
) {
  const byService = Object.fromEntries(Object.entries(result.byService).map(([k, t]) => [k, totalsJson(t)]));
  return {
    scenario: result.scenario.name,
    snapshot: result.snapshot.id,
    snapshotDate: result.snapshot.date,
    currency: 'USD',
    complete: result.complete,
    totals: totalsJson(result.totals),
    exact: { totals: exactTotals(result.totals) },
    byService,
    byTag: Object.fromEntries(Object.entries(result.byTag).map(([k, t]) => [k, totalsJson(t)])),
    // keyed by group id; `name` is what the user sees (null for the lines in no group)
    byGroup: Object.fromEntries(
      Object.entries(result.byGroup).map(([id, t]) => [
        id,
        { name: groups.find((g) => g.id === id)?.name ?? null, ...totalsJson(t) },
      ]),
    ),
    vat: result.vat ? totalsJson(result.vat) : null,
    krw: result.krw
      ? {
          krwPerUsd: result.krw.krwPerUsd.toString(),
          rateDate: result.krw.rateDate,
          totals: totalsJson(result.krw.totals, krw),
          vat: result.krw.vat ? totalsJson(result.krw.vat, krw) : null,
        }
      : null,
    breakEven: result.breakEven.map((b) => ({
      lineId: b.lineId,
      option: b.option,
      termMonths: b.termMonths,
      month: b.month,
      optionPerTerm: usd(b.optionPerTerm),
      onDemandPerTerm: usd(b.onDemandPerTerm),
      savingsPerTerm: usd(b.savingsPerTerm),
    })),
    lines: result.lines.map((line) => ({
      id: line.id,
      service: line.service,
      description: lineDescription(line, lang),
      region: line.region,
      option: line.optionLabel,
      tags: line.tags,
      quantity: exactString(line.quantity),
      unit: line.unit,
      unitPrice: line.unitPrice === null ? null : exactString(line.unitPrice),
      monthly: line.costs ? usd(line.costs.monthly) : null,
      upfront: line.costs ? usd(line.costs.upfront) : null,
      first12Months: line.costs ? usd(line.costs.first12Months) : null,
      months36: line.costs ? usd(line.costs.months36) : null,
      exact: line.costs ? exactTotals(line.costs) : null,
      status: line.status,
      reason: line.reason ? formatMessage(line.reason, lang) : null,
      basis: line.basis,
      sources: line.sources.map((s) => ({ id: s.id, title: s.title, asOf: s.asOf, basis: s.basis })),
      trace: line.trace.map((step) => formatTrace(step, lang)),
    })),
    warnings: result.warnings.map((w) => formatMessage(w, lang)),
  };
}
