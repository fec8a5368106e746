'use client';

import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type TrendDatum = { year: string; target: number | null; actual: number | null; targetText: string; actualText: string };

/** Target and actual of one indicator across years; gaps where a year lacks a figure. */
export function TargetActualTrend({ data, targetName, actualName, unit, describedBy, title }: {
  data: TrendDatum[]; targetName: string; actualName: string; unit: string; describedBy: string; title: string;
}) {
  return (
    <figure className="chart" role="group" aria-label={title} aria-describedby={describedBy} data-testid="trend-chart">
      <ResponsiveContainer width="100%" height={260}>
        {/* Recharts names its SVG role="application" with no name; an image named by the title says what it is. */}
        <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} role="img" title={title} aria-label={title}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" padding={{ left: 32, right: 32 }} />
          <YAxis unit={unit} width={56} />
          <Tooltip />
          <Legend />
          <Line dataKey="target" name={targetName} stroke="#5b6475" strokeDasharray="6 3" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls>
            <LabelList dataKey="targetText" position="top" className="chart-label chart-label--target" fontSize={11} />
          </Line>
          <Line dataKey="actual" name={actualName} stroke="#1f2937" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls>
            <LabelList dataKey="actualText" position="bottom" className="chart-label chart-label--actual" fontSize={11} />
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
