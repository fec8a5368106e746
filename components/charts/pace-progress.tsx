'use client';

import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type PacePoint = { period: string; actual: number | null; pace: number | null; actualText: string; paceText: string };

/** A target's cumulative in-year figures against its pace line (序时进度), one point per period with a figure. */
export function PaceProgress({ data, actualName, paceName, unit, describedBy, title }: {
  data: PacePoint[]; actualName: string; paceName: string; unit: string; describedBy: string; title: string;
}) {
  return (
    <figure className="chart" role="group" aria-label={title} aria-describedby={describedBy} data-testid="pace-chart">
      <ResponsiveContainer width="100%" height={260}>
        {/* Recharts names its SVG role="application" with no name; an image named by the title says what it is. */}
        <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} role="img" title={title} aria-label={title}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" padding={{ left: 32, right: 32 }} />
          <YAxis unit={unit} width={56} />
          <Tooltip />
          <Legend />
          <Line dataKey="pace" name={paceName} stroke="#5b6475" strokeDasharray="6 3" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls>
            <LabelList dataKey="paceText" position="top" className="chart-label chart-label--target" fontSize={11} />
          </Line>
          <Line dataKey="actual" name={actualName} stroke="#9b1c1c" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls>
            <LabelList dataKey="actualText" position="bottom" className="chart-label chart-label--actual" fontSize={11} />
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
