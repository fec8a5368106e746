import { TableRegion } from '@/components/views/table-region';
/** The table alternative of a chart: the same rows and the same formatted numbers. */
export function ChartTable({ id, caption, labelHeading, targetHeading, actualHeading, rows }: {
  id: string; caption: string; labelHeading: string; targetHeading: string; actualHeading: string;
  rows: { key: string; label: string; targetText: string; actualText: string }[];
}) {
  return (
    <TableRegion label={caption}>
      <table id={id} data-testid="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col" className="num">{targetHeading}</th>
            <th scope="col" className="num">{actualHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num" data-testid="chart-table-target">{row.targetText || '—'}</td>
              <td className="num" data-testid="chart-table-actual">{row.actualText || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
