import { getLocale, getTranslations } from 'next-intl/server';
import { BulkConfirm } from '@/components/review/bulk-confirm';
import { QueueItemCard } from '@/components/review/queue-item-card';
import queueStyles from '@/components/review/review-queue.module.css';
import styles from '@/components/workflow/workflow.module.css';
import { rolesWith } from '@/lib/auth/access';
import { scopedDistrictIds } from '@/lib/auth/district-scope';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { listDistrictOptions } from '@/lib/outcomes/data';
import { findReviewQueue } from '@/lib/reviews/data';
import { firstParam, parseId, parseYear } from '@/lib/views/params';

export const dynamic = 'force-dynamic';

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ district?: string | string[]; year?: string | string[] }> }) {
  const user = await requirePageUser('/review', rolesWith('review'));
  const query = await searchParams;
  // Not Number(): ids and years out of range would reach PostgreSQL and fail with a 500.
  const districtId = parseId(firstParam(query.district) ?? '') ?? undefined;
  const year = parseYear(query.year);
  const scope = scopedDistrictIds(user, 'review');
  const [t, locale, items, allDistricts] = await Promise.all([
    getTranslations('workflow.review'), getLocale().then(toLocale), findReviewQueue({ districtId, year, scope }), listDistrictOptions(),
  ]);
  const districts = scope ? allDistricts.filter((district) => scope.includes(district.id)) : allDistricts;
  const selectable = items.filter((item) => item.selection).length;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <form className={styles.filters} method="get">
        <label>{t('district')}
          <select name="district" defaultValue={districtId ?? ''}>
            <option value="">{t('all')}</option>
            {districts.map((d) => <option key={d.id} value={d.id}>{pick(locale, d.nameZh, d.nameEn)}</option>)}
          </select>
        </label>
        <label>{t('year')}<input name="year" type="number" min={2000} max={2100} defaultValue={year ?? ''} /></label>
        <button type="submit">{t('filter')}</button>
      </form>
      {items.length === 0 ? <p className="card">{t('empty')}</p> : (
        <>
          <p>{t('count', { count: items.length })}</p>
          {selectable > 0 ? <BulkConfirm count={selectable} /> : null}
          <ol className={queueStyles.list}>
            {items.map((item) => <QueueItemCard key={item.key} item={item} locale={locale} />)}
          </ol>
        </>
      )}
    </>
  );
}
