'use client';

import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One point on the x axis (a year, or an in-year period): the reference line's value (target or pace line) and the actual. */
export type ReferencePoint = { label: string; reference: number | null; actual: number | null; referenceText: string; actualText: string };

/**
 * An actual series against a reference line, with gaps where a point lacks a figure: the
 * district's targets and outcomes across years, and a target's cumulative in-year figures
 * against its pace line (序时进度). The actual line is neutral: the verdict colours
 * (lib/verdict/colours.ts) belong to verdicts, and the chart's table names each one.
 */
export function ActualAgainstReference({ data, referenceName, actualName, unit, describedBy, title, testId }: {
  data: ReferencePoint[]; referenceName: string; actualName: string; unit: string; describedBy: string; title: string; testId: string;
}) {
  return (
    <figure className="chart" role="group" aria-label={title} aria-describedby={describedBy} data-testid={testId}>
      <ResponsiveContainer width="100%" height={260}>
        {/* Recharts names its SVG role="application" with no name; an image named by the title says what it is. */}
        <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} role="img" title={title} aria-label={title}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" padding={{ left: 32, right: 32 }} />
          <YAxis unit={unit} width={56} />
          <Tooltip />
          <Legend />
          <Line dataKey="reference" name={referenceName} stroke="#5b6475" strokeDasharray="6 3" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls>
            <LabelList dataKey="referenceText" position="top" className="chart-label chart-label--target" fontSize={11} />
          </Line>
          <Line dataKey="actual" name={actualName} stroke="#1f2937" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls>
            <LabelList dataKey="actualText" position="bottom" className="chart-label chart-label--actual" fontSize={11} />
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
