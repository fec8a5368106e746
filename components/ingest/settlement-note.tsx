import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { VerdictBadge } from '@/components/views/verdict-badge';
import type { Measure } from '@/lib/domain/types';
import type { Locale } from '@/lib/i18n/locale';
import type { VerdictCode } from '@/lib/verdict/types';

export type SettlementView = { targetId: number; year: number; asWritten: string; code: VerdictCode; explanation: string; hypothetical: boolean };

/** Under an outcome proposal: the stored target it settles and the verdict it gives (decided by lib/verdict), or that there is none. */
export function SettlementNote({ settlement, year, measure, locale }: { settlement: SettlementView | null; year: number; measure: Measure; locale: Locale }) {
  const t = useTranslations('ingest.review');
  const colon = locale === 'zh' ? '：' : ': ';
  if (!settlement) return <p className="muted" data-testid="no-target">{t('noTarget', { year, measure: t(`measures.${measure}`) })}</p>;
  return (
    <div data-testid="settles" data-target-id={settlement.targetId} data-verdict={settlement.code}>
      <p>
        {t('settles')}{colon}<Link href={`/targets/${settlement.targetId}`}>{t('settlesIntro', { year: settlement.year, asWritten: settlement.asWritten })}</Link>
        {' · '}{t(settlement.hypothetical ? 'wouldBe' : 'verdictNow')}{colon}<VerdictBadge code={settlement.code} locale={locale} />
      </p>
      <p className="muted small">{settlement.explanation}</p>
    </div>
  );
}
