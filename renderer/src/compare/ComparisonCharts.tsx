import { monthAxis } from '../charts/month-axis';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CompareMoney, ComparisonChartData, Metric } from '../../../engine';
import { groupDigits } from '../files/display-cells';
import { useLanguage } from '../i18n/use-language';
import { SERVICE_COLORS } from '../totals/service-colors';

export const SCENARIO_COLORS = ['#1f4e9c', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207'];
const colorOf = (scenario: number) => SCENARIO_COLORS[scenario % SCENARIO_COLORS.length];

// the charts plot the engine's rounded decimal strings as numbers: geometry only, every figure shown is a string
const plotted = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value));
const SYMBOLS: Readonly<Record<CompareMoney['currency'], string>> = { USD: '$', KRW: '₩' };
const axisAmount = (value: number, locale: string, currency: CompareMoney['currency']) =>
  `${SYMBOLS[currency]}${value.toLocaleString(locale)}`;
/** each plotted value keeps its decimal string under `key + TEXT`, for the tooltip */
const TEXT = ':text';
type TooltipItem = { dataKey?: unknown; payload?: unknown };
const tooltipAmount =
  (currency: CompareMoney['currency']) =>
  (_value: unknown, _name: unknown, item: TooltipItem): string => {
    const payload = item.payload as Record<string, unknown> | undefined;
    const text = payload?.[`${String(item.dataKey)}${TEXT}`];
    return typeof text === 'string' && text !== '' ? `${SYMBOLS[currency]}${groupDigits(text)}` : '';
  };

type Props = { data: ComparisonChartData; metric: Metric; currency: CompareMoney['currency'] };

/** Stacked bars by service per scenario, and 36-month cumulative cost lines with break-even markers. */
export default function ComparisonCharts({ data, metric, currency }: Props) {
  const amount = tooltipAmount(currency);
  const { t } = useTranslation('compare');
  const { t: common } = useTranslation();
  const locale = useLanguage() === 'ko' ? 'ko-KR' : 'en-US';
  const id = useId();
  const names = data.byService.map((bar) => bar.name);
  const bars = data.byService.map((bar) => ({
    name: bar.name,
    ...Object.fromEntries(data.services.map((s) => [s, plotted(bar.values[s]) ?? 0])),
    ...Object.fromEntries(data.services.map((s) => [`${s}${TEXT}`, bar.values[s] ?? '0.00'])),
  }));
  const lines = data.cumulative.map((point) => ({
    month: point.month,
    ...Object.fromEntries(point.values.map((value, s) => [`s${s}`, plotted(value)])),
    ...Object.fromEntries(point.values.map((value, s) => [`s${s}${TEXT}`, value])),
  }));

  return (
    <div className="compare-charts">
      <figure className="card compare-chart" aria-labelledby={`${id}-bars`}>
        <figcaption>
          <h2 id={`${id}-bars`} className="card__title">
            {t('charts.bars', { metric: t(`metrics.${metric}`) })}
          </h2>
          <p className="compare-note">{t('charts.barsNote')}</p>
        </figcaption>
        <div aria-hidden="true" data-testid="compare-bars">
          <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 560, height: 300 }}>
            <BarChart
              data={bars}
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
              <YAxis width={80} tickFormatter={(value: number) => axisAmount(value, locale, currency)} />
              <Tooltip formatter={amount} />
              <Legend />
              {data.services.map((service) => (
                <Bar
                  key={service}
                  dataKey={service}
                  name={common(`services.${service}`)}
                  stackId="services"
                  fill={SERVICE_COLORS[service]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure
        className="card compare-chart"
        aria-labelledby={`${id}-lines`}
        aria-describedby={`${id}-markers`}
      >
        <figcaption>
          <h2 id={`${id}-lines`} className="card__title">
            {t('charts.cumulative')}
          </h2>
          <p className="compare-note">{t('charts.cumulativeNote')}</p>
        </figcaption>
        <div aria-hidden="true" data-testid="compare-cumulative">
          <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 560, height: 300 }}>
            <LineChart
              data={lines}
              margin={{ top: 20, right: 24, bottom: 20, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis {...monthAxis(t('charts.month'))} />
              <YAxis width={80} tickFormatter={(value: number) => axisAmount(value, locale, currency)} />
              <Tooltip formatter={amount} labelFormatter={(month) => t('charts.breakEven', { month })} />
              <Legend verticalAlign="top" />
              {names.map((name, s) => (
                <Line
                  key={s}
                  type="linear"
                  dataKey={`s${s}`}
                  name={name}
                  stroke={colorOf(s)}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
              {data.breakEvenMarkers.map((marker) => (
                <ReferenceDot
                  key={marker.scenario}
                  x={marker.month}
                  y={Number(marker.value)}
                  r={5}
                  fill={colorOf(marker.scenario)}
                  stroke="#fff"
                  label={{
                    value: t('charts.breakEven', { month: marker.month }),
                    position: 'top',
                    fontSize: 11,
                  }}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
        <ul id={`${id}-markers`} className="compare-markers" data-testid="compare-break-even">
          {data.breakEvenMarkers.length === 0 && <li>{t('charts.noBreakEven')}</li>}
          {data.breakEvenMarkers.map((marker) => (
            <li key={marker.scenario}>
              <span
                className="compare-swatch"
                style={{ background: colorOf(marker.scenario) }}
                aria-hidden="true"
              />
              {t('charts.breakEvenItem', { name: names[marker.scenario], month: marker.month })}
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
