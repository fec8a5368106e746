// Cell colours for a pace verdict in the files (ARGB): green on pace or done, red behind,
// grey while unreported. The cell always carries the verdict in words as well, so colour
// is never the only signal.
import type { PaceCode } from '@/lib/verdict/pace';

export const PACE_FILLS: Record<PaceCode, string> = {
  done: 'FF63BE7B', on_pace: 'FFA9D08E', behind_pace: 'FFF4B183', lagging: 'FFF4B183', pending: 'FFD9D9D9', not_comparable: 'FFEDEDED',
};
