import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { InstanceRecommendation } from '../../../engine/rightsizing';
import { chartModel } from './rightsizing-view';

const COLORS = {
  bars: '#3b7dd8',
  average: '#6b7280',
  threshold: '#8a4b00',
  required: '#b42318',
  current: '#1a2230',
  recommended: '#1e7a4f',
};

/**
 * The selected instance's CPU distribution (5-minute maxima in 10 % bins of its current vCPUs) against
 * the threshold, the required capacity, the current capacity (100 %) and the recommended type's capacity.
 * The drawing is decorative (aria-hidden); the same figures are in the legend as text.
 */
export function UtilizationChart({ rec }: { rec: InstanceRecommendation }) {
  const { t } = useTranslation('rightsizing');
  const id = useId();
  const m = chartModel(rec);
  const lines: { key: string; x: number; color: string; label: string; dash?: string }[] = [
    {
      key: 'threshold',
      x: m.thresholdPct,
      color: COLORS.threshold,
      label: t('chart.threshold', { label: m.thresholdLabel, value: m.thresholdPct }),
      dash: '4 3',
    },
    ...(m.requiredPct !== null
      ? [
          {
            key: 'required',
            x: m.requiredPct,
            color: COLORS.required,
            label: t('chart.required', { value: m.requiredPct }),
            dash: '6 3',
          },
        ]
      : []),
    { key: 'current', x: 100, color: COLORS.current, label: t('chart.current') },
    ...(m.recommendedPct !== null
      ? [
          {
            key: 'recommended',
            x: m.recommendedPct,
            color: COLORS.recommended,
            label: t('chart.recommendedLine', { value: m.recommendedPct }),
          },
        ]
      : []),
  ];
  const summaryOnly = m.bins.length === 0;
  if (summaryOnly) {
    lines.unshift(
      {
        key: 'average',
        x: m.averagePct,
        color: COLORS.average,
        label: t('chart.average', { value: m.averagePct }),
        dash: '2 2',
      },
      {
        key: 'max',
        x: m.maxPct,
        color: COLORS.bars,
        label: t('chart.max', { value: m.maxPct }),
        dash: '2 2',
      },
    );
  }
  const yMax = Math.max(1, ...m.bins.map((b) => b.count));
  // recharts draws reference lines only over some data: summary data gets one empty bin at 0
  const data = summaryOnly ? [{ from: 0, to: 0, mid: 0, count: 0 }] : m.bins;
  return (
    <figure className="rs-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <figcaption>
        <h4 id={`${id}-title`}>{t('chart.title')}</h4>
        <p id={`${id}-desc`} className="field__hint">
          {summaryOnly ? t('chart.summaryOnly') : t('chart.description')}
        </p>
      </figcaption>
      <div className="rs-chart__area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 640, height: 260 }}>
          <ComposedChart
            data={data}
            margin={{ top: 12, right: 20, bottom: 24, left: 8 }}
            barCategoryGap={1}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="mid"
              type="number"
              domain={[0, m.xMax]}
              ticks={Array.from({ length: Math.floor(m.xMax / 25) + 1 }, (_, i) => i * 25)}
              label={{ value: t('chart.xAxis'), position: 'insideBottom', offset: -12 }}
            />
            <YAxis width={48} domain={[0, yMax]} allowDecimals={false} hide={summaryOnly} />
            <Bar dataKey="count" name={t('chart.intervals')} fill={COLORS.bars} isAnimationActive={false} />
            {lines.map((line) => (
              <ReferenceLine
                key={line.key}
                x={line.x}
                stroke={line.color}
                strokeWidth={2}
                strokeDasharray={line.dash}
                ifOverflow="extendDomain"
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="rs-chart__legend">
        {lines.map((line) => (
          <li key={line.key}>
            <span className="rs-swatch" style={{ background: line.color }} aria-hidden="true" />
            {line.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
