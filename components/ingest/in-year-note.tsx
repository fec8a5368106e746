import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { PaceBadge } from '@/components/views/pace-badge';
import type { Measure } from '@/lib/domain/types';
import type { Locale } from '@/lib/i18n/locale';
import type { PaceCode } from '@/lib/verdict/pace';

/** The target the figure is judged against; its pace verdict for the period when there is a figure to judge (none: 待填报). */
export type PaceSettlementView = { targetId: number; asWritten: string; pace: { code: PaceCode; explanation: string; hypothetical: boolean } | null };
export type StoredInYearView = { revision: number; figure: string; documentId: number; documentTitle: string; quote: string };

/**
 * Under an in-year proposal: the stored target of its series and the pace verdict (序时进度)
 * it gives for the period (decided by lib/verdict/pace), or that there is none; and, when
 * the period already holds another figure, that figure with its source beside this one.
 */
export function InYearNote({ settlement, stored, year, period, measure, locale }: {
  settlement: PaceSettlementView | null; stored: StoredInYearView | null; year: number; period: string; measure: Measure; locale: Locale;
}) {
  const t = useTranslations('ingest.review');
  const colon = locale === 'zh' ? '：' : ': ';
  return (
    <>
      {stored ? (
        <div className="card" data-testid="in-year-conflict">
          <p><strong>{t('inYear.conflictHeading', { period })}</strong></p>
          <p>
            {t('inYear.storedFigure', { revision: stored.revision })}{colon}<strong data-testid="stored-figure">{stored.figure}</strong>
            {' · '}<Link href={`/documents/${stored.documentId}`}>{t('sourceOf', { title: stored.documentTitle })}</Link>
          </p>
          <p className="muted small">「{stored.quote}」</p>
        </div>
      ) : null}
      {settlement ? (
        <div data-testid="settles-pace" data-target-id={settlement.targetId} data-pace={settlement.pace?.code ?? 'pending'}>
          <p>
            {t('settles')}{colon}<Link href={`/targets/${settlement.targetId}`}>{t('settlesIntro', { year, asWritten: settlement.asWritten })}</Link>
            {' · '}{t(settlement.pace?.hypothetical ? 'inYear.wouldBe' : 'inYear.paceNow', { period })}{colon}<PaceBadge code={settlement.pace?.code ?? 'pending'} locale={locale} />
          </p>
          {settlement.pace ? <p className="muted small">{settlement.pace.explanation}</p> : null}
        </div>
      ) : (
        <p className="muted" data-testid="no-target">{t('inYear.noTarget', { year, measure: t(`measures.${measure}`) })}</p>
      )}
    </>
  );
}
