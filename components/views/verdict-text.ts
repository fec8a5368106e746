// Sentences about a verdict's tolerance and gap, in the page's language.
import { QUALIFIERS } from '@/lib/domain/types';
import type { Locale } from '@/lib/i18n/locale';
import { toleranceRole } from '@/lib/verdict/evaluate';
import type { Gap, Tolerance } from '@/lib/verdict/types';
import { Exact } from '@/lib/numbers/parse-decimal';
import { formatDecimal } from '@/lib/views/format';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function gapText(t: Translate, locale: Locale, gap: Gap | null): string {
  if (!gap) return '—';
  if (gap.kind === 'points') {
    const value = formatDecimal(locale, gap.value);
    return t('common.gapPoints', { value: gap.value.startsWith('-') ? value : `+${value}` });
  }
  return t('common.gapCompletion', { percent: formatDecimal(locale, gap.percent) });
}

/**
 * The tolerance named by what the rule does with it (evaluate.ts toleranceRole): "±" only
 * where it is slack on both sides ("左右"); for a bare or "以上" target it is the margin
 * for 超额完成. Null when the verdict used no tolerance. Target page and district table share it.
 */
export function toleranceText(
  t: Translate,
  locale: Locale,
  tolerance: Tolerance | null,
  target: { qualifier: string; higherIsBetter: boolean },
): { label: string; text: string } | null {
  const qualifier = QUALIFIERS.find((known) => known === target.qualifier);
  if (!tolerance || !qualifier || qualifier === 'qualitative') return null;
  const role = toleranceRole(qualifier, target.higherIsBetter);
  if (!role) return null;
  const amount = tolerance.kind === 'points'
    ? t('common.tolerancePoints', { value: formatDecimal(locale, tolerance.value) })
    : t('common.toleranceRatio', { value: `${formatDecimal(locale, new Exact(tolerance.value).times(100).toFixed())}%` });
  const text = t(`common.toleranceRole.${role}`, { amount });
  const label = t(role === 'exceeded_above' || role === 'exceeded_below' ? 'common.exceededMargin' : 'common.tolerance');
  return { label, text: t('common.toleranceWithSource', { amount: text, source: t(`common.toleranceSource.${tolerance.source}`) }) };
}
