'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type BarPoint = { label: string; target: number | null; actual: number | null; targetText: string; actualText: string };

/**
 * Target vs actual as grouped bars. Values arrive as plain numbers plus the same
 * formatted strings the table alternative prints, so labels and table agree.
 */
export function TargetActualBars({ data, targetName, actualName, unit, describedBy, title }: {
  data: BarPoint[]; targetName: string; actualName: string; unit: string; describedBy: string; title: string;
}) {
  return (
    <figure className="chart" role="group" aria-label={title} aria-describedby={describedBy} data-testid="bar-chart">
      <ResponsiveContainer width="100%" height={Math.max(260, 40 + data.length * 4)}>
        <BarChart data={data} margin={{ top: 24, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} height={56} angle={data.length > 4 ? -20 : 0} textAnchor={data.length > 4 ? 'end' : 'middle'} />
          <YAxis unit={unit} width={48} />
          <Tooltip />
          <Legend />
          <Bar dataKey="target" name={targetName} fill="#8c97ab" isAnimationActive={false}>
            <LabelList dataKey="targetText" position="top" className="chart-label chart-label--target" fontSize={11} />
          </Bar>
          <Bar dataKey="actual" name={actualName} fill="#9b1c1c" isAnimationActive={false}>
            <LabelList dataKey="actualText" position="top" className="chart-label chart-label--actual" fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
