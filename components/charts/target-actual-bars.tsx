'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { VERDICT_COLOURS } from '@/lib/verdict/colours';
import type { VerdictCode } from '@/lib/verdict/types';

export type BarPoint = { label: string; target: number | null; actual: number | null; targetText: string; actualText: string; verdict: VerdictCode };

// The outcome series' legend swatch: neutral, since each outcome bar takes its verdict's colour.
const ACTUAL_LEGEND = '#1f2937';

/**
 * Target vs actual as grouped bars. Values arrive as plain numbers plus the same
 * formatted strings the table alternative prints, so labels and table agree.
 */
// Long indicator names would overlap; the table alternative below has them in full.
function shorten(label: string): string {
  return label.length > 10 ? `${label.slice(0, 9)}…` : label;
}

export function TargetActualBars({ data, targetName, actualName, unit, describedBy, title }: {
  data: BarPoint[]; targetName: string; actualName: string; unit: string; describedBy: string; title: string;
}) {
  return (
    <figure className="chart" role="group" aria-label={title} aria-describedby={describedBy} data-testid="bar-chart">
      <ResponsiveContainer width="100%" height={Math.max(260, 40 + data.length * 4)}>
        {/* Recharts names its SVG role="application" with no name; an image named by the title, described by the table alternative, says what it is. */}
        <BarChart data={data} margin={{ top: 24, right: 8, bottom: 8, left: 0 }} maxBarSize={48} role="img" title={title} aria-label={title}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} height={72} angle={data.length > 3 ? -30 : 0} textAnchor={data.length > 3 ? 'end' : 'middle'} tickFormatter={shorten} />
          <YAxis unit={unit} width={48} />
          <Tooltip />
          <Legend />
          <Bar dataKey="target" name={targetName} fill="#8c97ab" isAnimationActive={false}>
            <LabelList dataKey="targetText" position="top" className="chart-label chart-label--target" fontSize={11} />
          </Bar>
          <Bar dataKey="actual" name={actualName} fill={ACTUAL_LEGEND} isAnimationActive={false}>
            {/* Each outcome bar in its verdict's colour; the table alternative and the status column say the verdict in words. */}
            {data.map((point, index) => <Cell key={index} fill={VERDICT_COLOURS[point.verdict].solid} data-verdict={point.verdict} />)}
            <LabelList dataKey="actualText" position="top" className="chart-label chart-label--actual" fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
