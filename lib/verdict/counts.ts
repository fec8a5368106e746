// Counting statuses, the one way every page and file does it: all seven codes, and
// "decided" (exceeded, met, met within tolerance, missed) as the denominator of rates.
import { DECIDED_CODES, VERDICT_CODES, type VerdictCode } from './types';

export type StatusCounts = Record<VerdictCode, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(VERDICT_CODES.map((code) => [code, 0])) as StatusCounts;
}

export function countCodes(codes: Iterable<VerdictCode>): StatusCounts {
  const counts = emptyCounts();
  for (const code of codes) counts[code] += 1;
  return counts;
}

export function decidedCount(counts: StatusCounts): number {
  return DECIDED_CODES.reduce((sum, code) => sum + counts[code], 0);
}

export function totalCount(counts: StatusCounts): number {
  return VERDICT_CODES.reduce((sum, code) => sum + counts[code], 0);
}
