// Cell colours for a pace verdict in the files (ARGB): the pace verdict's colour from
// lib/verdict/colours (green on pace or done, red behind, grey while unreported), as
// light fills under black text. The cell always carries the verdict in words as well,
// so colour is never the only signal.
import { PACE_CODES, type PaceCode } from '@/lib/verdict/pace';
import { argb, PACE_COLOURS } from '@/lib/verdict/colours';

export const PACE_FILLS = Object.fromEntries(PACE_CODES.map((code) => [code, argb(PACE_COLOURS[code].wash)])) as Record<PaceCode, string>;
