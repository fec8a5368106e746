import Link from 'next/link';

/** One link per year; the current one is marked for assistive technology with aria-current. */
export function YearTabs({ years, current, href, label }: { years: number[]; current: number | null; href: (year: number) => string; label: string }) {
  if (years.length === 0) return null;
  return (
    <nav aria-label={label} className="year-tabs">
      <ul>
        {years.map((year) => (
          <li key={year}>
            <Link href={href(year)} aria-current={year === current ? 'page' : undefined} className={year === current ? 'year-tabs__current' : undefined}>
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
