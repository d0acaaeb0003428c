import { Bar, BarChart, Cell, XAxis, YAxis } from 'recharts';
import type { Service } from '../../../engine/scenario';
import { SERVICE_COLORS } from './service-colors';

export type ServiceBar = { label: string; value: number; service: Service };

/** The bars of the service breakdown (geometry only; the figures are in the table beside it). */
export default function ServiceBars({ data }: { data: readonly ServiceBar[] }) {
  return (
    <BarChart
      width={320}
      height={Math.max(60, data.length * 34)}
      data={[...data]}
      layout="vertical"
      margin={{ left: 4, right: 12 }}
      // hidden from assistive technology (the table beside it has the figures), so not focusable either
      accessibilityLayer={false}
    >
      <XAxis type="number" hide />
      <YAxis type="category" dataKey="label" width={92} tickLine={false} axisLine={false} />
      <Bar dataKey="value" isAnimationActive={false} radius={[0, 4, 4, 0]}>
        {data.map((row) => (
          <Cell key={row.service} fill={SERVICE_COLORS[row.service]} />
        ))}
      </Bar>
    </BarChart>
  );
}
