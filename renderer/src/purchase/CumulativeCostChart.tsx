import { monthAxis } from '../charts/month-axis';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatUsdAmount } from '../format/money';
import { useLang } from '../instances/use-lang';
import { chartPoints, cumulativeAtMonth, defaultShownIds } from './chart-series';
import type { OptionOutcome } from './compare-options';
import { optionLabel } from './option-label';

const COLORS = ['#1f4e9c', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d'];
const DASH: Record<OptionOutcome['spec']['kind'], string | undefined> = {
  'on-demand': undefined,
  spot: '2 3',
  reserved: undefined,
  'savings-plan': '7 4',
};
const CHEAPEST_SHOWN = 3;

/** Cumulative cost over 36 months for on-demand and the chosen options, break-even months marked. */
export function CumulativeCostChart({ outcomes }: { outcomes: readonly OptionOutcome[] }) {
  const { t } = useTranslation('purchase');
  const lang = useLang();
  const id = useId();
  const [chosen, setChosen] = useState<readonly string[] | null>(null);
  const priced = outcomes.filter((o) => o.cumulative !== null);
  const shownIds = chosen ?? defaultShownIds(outcomes, CHEAPEST_SHOWN);
  const shown = priced.filter((o) => shownIds.includes(o.spec.id));
  const data = chartPoints(shown);
  const colorOf = (optionId: string) =>
    COLORS[shown.findIndex((o) => o.spec.id === optionId) % COLORS.length];
  const toggle = (optionId: string) =>
    setChosen(shownIds.includes(optionId) ? shownIds.filter((x) => x !== optionId) : [...shownIds, optionId]);

  if (priced.length === 0) return <p>{t('chart.nothingPriced')}</p>;

  const renderTooltip = ({ active, label, payload }: TooltipContentProps) => {
    if (!active || typeof label !== 'number') return null;
    return (
      <div className="cs-chart-tooltip">
        <strong>{t('chart.tooltipMonth', { month: label })}</strong>
        <ul>
          {payload.map((entry) => {
            const outcome = shown.find((o) => o.spec.id === entry.dataKey);
            const amount = outcome ? cumulativeAtMonth(outcome, label) : undefined;
            if (!outcome || !amount) return null;
            return (
              <li key={outcome.spec.id} style={{ color: entry.color }}>
                {optionLabel(outcome.spec, t)}: {formatUsdAmount(amount, lang)}
              </li>
            );
          })}
        </ul>
      </div>
    );
  };

  return (
    <figure className="cs-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <figcaption>
        <h3 id={`${id}-title`}>{t('chart.title')}</h3>
        <p id={`${id}-desc`} className="cs-note">
          {t('chart.description')}
        </p>
      </figcaption>
      <fieldset className="cs-chart-toggles">
        <legend>{t('chart.toggleLegend')}</legend>
        {priced.map((o) => (
          <label key={o.spec.id} className="cs-chart-toggle">
            <input
              type="checkbox"
              checked={shownIds.includes(o.spec.id)}
              onChange={() => toggle(o.spec.id)}
            />
            {optionLabel(o.spec, t)}
          </label>
        ))}
      </fieldset>
      <div className="cs-chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 720, height: 340 }}>
          <LineChart
            data={data}
            margin={{ top: 16, right: 24, bottom: 24, left: 24 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis {...monthAxis(t('chart.month'))} />
            <YAxis
              width={88}
              tickFormatter={(value: number) => `$${value.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US')}`}
            />
            <Tooltip content={renderTooltip} />
            {shown.map((o) => (
              <Line
                key={o.spec.id}
                type="linear"
                dataKey={o.spec.id}
                name={optionLabel(o.spec, t)}
                stroke={colorOf(o.spec.id)}
                strokeDasharray={DASH[o.spec.kind]}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
            {shown.map((o) => {
              const month = o.breakEvenMonth;
              const amount = month === null ? undefined : cumulativeAtMonth(o, month);
              if (month === null || amount === undefined || o.costs?.upfront.isZero()) return null;
              return (
                <ReferenceDot
                  key={`${o.spec.id}-break-even`}
                  x={month}
                  y={amount.toNumber()}
                  r={5}
                  fill={colorOf(o.spec.id)}
                  stroke="#fff"
                  label={{ value: t('chart.breakEven', { month }), position: 'top', fontSize: 11 }}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="cs-chart-legend">
        {shown.map((o) => (
          <li key={o.spec.id}>
            <span
              className="cs-legend-swatch"
              style={{ background: colorOf(o.spec.id) }}
              aria-hidden="true"
            />
            {optionLabel(o.spec, t)}
            {o.breakEvenMonth !== null && !o.costs?.upfront.isZero() && (
              <> — {t('chart.breakEven', { month: o.breakEvenMonth })}</>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}
