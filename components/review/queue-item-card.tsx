import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PaceBadge } from '@/components/views/pace-badge';
import { OutcomeReviewForm } from '@/components/workflow/outcome-review-form';
import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { formatQuantity } from '@/lib/views/format';
import type { QueueItem } from '@/lib/reviews/data';
import { figurePeriodLabel } from '@/lib/reviews/period-label';
import { periodName } from '@/lib/verdict/period';
import { verdictBadgeStyle } from '@/lib/verdict/colours';
import { verdictLabel } from '@/lib/verdict/labels';
import { BULK_FORM_ID } from './bulk-confirm';
import styles from './review-queue.module.css';

/** One target's pending checks as a card: compact on a phone, the decision next to the figure. */
export async function QueueItemCard({ item, locale }: { item: QueueItem; locale: Locale }) {
  const [t, tv, tw] = await Promise.all([getTranslations('workflow.review'), getTranslations('workflow.outcome.vintages'), getTranslations('workflow.outcome')]);
  const indicator = pick(locale, item.indicator.nameZh, item.indicator.nameEn);
  const district = pick(locale, item.district.nameZh, item.district.nameEn);
  const headingId = `queue-${item.key}`;
  const colon = locale === 'zh' ? '：' : ': ';
  return (
    <li className={styles.item} data-testid="review-row" data-key={item.key} aria-labelledby={headingId}>
      <div className={styles.head}>
        {item.selection ? (
          <label className={styles.select}>
            <input type="checkbox" name="item" value={item.selection} form={BULK_FORM_ID} aria-label={t('selectItem', { district, indicator, year: item.year })} />
          </label>
        ) : null}
        <h2 id={headingId}>
          {item.targetId ? <Link href={`/targets/${item.targetId}/review`}>{indicator}</Link> : indicator}
        </h2>
        <span className={styles.meta}>{district} · {item.year}</span>
      </div>
      <ul className={styles.reasons} aria-label={t('reasonsLabel')}>
        {item.reasons.map((reason) => (
          <li key={reason} className={`${styles.reason} ${reason === 'flipped' ? styles.flipped : ''}`} style={reason === 'judgment' ? verdictBadgeStyle('needs_judgment') : undefined}>{t(`reasons.${reason}`)}</li>
        ))}
      </ul>
      {item.asWritten ? <p className={styles.line}>{t('target')}{colon}<span lang="zh-CN">{item.asWritten}</span></p> : <p className={styles.line}>{t('noTarget')}</p>}
      {item.verdict ? (
        <p className={styles.line}>
          {t(item.figures.some((figure) => figure.periodMonths < 12) ? 'verdictAnnual' : 'verdict')}{colon}<strong className={styles.reason} data-verdict={item.verdict.code} style={verdictBadgeStyle(item.verdict.code)}>{verdictLabel(item.verdict.code)[locale]}</strong>
          {item.verdict.basisRevision ? <span className={styles.meta}> · {t('basedOn', { revision: item.verdict.basisRevision })}</span> : null}
          {item.verdict.flippedFrom ? <span className={styles.meta}> · {t('flippedFrom', { from: verdictLabel(item.verdict.flippedFrom)[locale] })}</span> : null}
        </p>
      ) : null}
      {item.reasons.includes('judgment') && item.targetId ? <p className={styles.line}><Link href={`/targets/${item.targetId}/review`}>{t('judgeLink', { indicator })}</Link></p> : null}
      {item.figures.length ? (
        <ul className={styles.figures} aria-label={t('figuresLabel')}>
          {item.figures.map((figure) => (
            <li key={figure.id} className={styles.figure}>
              <p className={styles.line}>
                <span className={`${styles.reason} ${figure.periodMonths < 12 ? styles.inYear : ''}`} data-testid="figure-period" data-period={figure.periodMonths}>{figurePeriodLabel(figure.periodMonths)[locale]}</span>{' '}
                <strong>{formatQuantity(locale, figure.value, figure.unit)}</strong> <span className={styles.meta}>· {tv(figure.vintage)} · {t('revision', { revision: figure.revision })}{figure.recordedBy ? ` · ${figure.recordedBy}` : ''}</span>
              </p>
              <p className={styles.quote} lang="zh-CN">
                <Link href={`/documents/${figure.sourceDocumentId}`} aria-label={t('sourceLink', { title: figure.sourceTitle })}>{figure.sourceTitle}</Link>：“{figure.quote}”
              </p>
              {figure.pace ? <p className={styles.line} data-testid="figure-pace">{t('paceOfPeriod', { period: periodName({ months: figure.periodMonths })[locale] })}<PaceBadge code={figure.pace} locale={locale} /></p> : null}
              {figure.figureNotInQuoteReason ? <p className={styles.line} data-testid="figure-not-in-quote">{tw('figureNotInQuoteShown', { reason: figure.figureNotInQuoteReason })}</p> : null}
              <OutcomeReviewForm outcomeId={figure.id} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
