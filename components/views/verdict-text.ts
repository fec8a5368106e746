// Sentences about a verdict's tolerance and gap, in the page's language.
import type { Locale } from '@/lib/i18n/locale';
import type { Gap, Tolerance } from '@/lib/verdict/types';
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

export function toleranceText(t: Translate, locale: Locale, tolerance: Tolerance | null): string {
  if (!tolerance) return '—';
  const value = formatDecimal(locale, tolerance.value);
  const amount = tolerance.kind === 'points' ? t('common.tolerancePoints', { value }) : t('common.toleranceRatio', { value: `${formatDecimal(locale, String(Number(tolerance.value) * 100))}%` });
  return t('common.toleranceWithSource', { amount, source: t(`common.toleranceSource.${tolerance.source}`) });
}
