// A target in words for places that print it as one phrase (the round pages and their
// 汇总表/督查通报): the indicator's name, then the target as written ("8%以上"), with 增长
// put back when a growth target's wording starts at its figure (a wording that already
// starts with the name is printed as it is). Built from the stored,
// normalised fields rather than the report's raw quote, which may carry a PDF's line
// breaks and page numbers ("增长8%\n23、以上"); the quote belongs where provenance is shown.
import type { Measure } from '@/lib/domain/types';

const STARTS_AT_FIGURE = /^[\d.+\-−]/u;

export function targetWording(indicatorNameZh: string, measure: Measure | null, asWritten: string): string {
  const written = asWritten.replace(/\s+/gu, ' ').trim();
  // A wording typed in full ("地区生产总值增长6%以上") already names the indicator.
  if (written.startsWith(indicatorNameZh)) return written;
  const verb = measure === 'growth' && STARTS_AT_FIGURE.test(written) ? '增长' : '';
  return `${indicatorNameZh}${verb}${written}`;
}
