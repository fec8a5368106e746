/**
 * One link per year; the current one is marked for assistive technology with aria-current.
 * Plain <a>, as the tables' links (components/views/targets-table.tsx): a next/link is a client
 * component, rendered in the page and its payload a dozen times a view, and it prefetches each
 * year's dynamic page as it scrolls into view, a server request each. The attributes are in
 * next/link's order, so the markup is the one it printed.
 */
export function YearTabs({ years, current, href, label }: { years: number[]; current: number | null; href: (year: number) => string; label: string }) {
  if (years.length === 0) return null;
  return (
    <nav aria-label={label} className="year-tabs">
      <ul>
        {years.map((year) => (
          <li key={year}>
            <a aria-current={year === current ? 'page' : undefined} className={year === current ? 'year-tabs__current' : undefined} href={href(year)}>
              {year}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
