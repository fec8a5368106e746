import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { firstParam, parseId, parseYear } from '@/lib/views/params';
import { OutcomeReviewForm } from '@/components/workflow/outcome-review-form';
import styles from '@/components/workflow/workflow.module.css';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { findReviewQueue, listDistrictOptions } from '@/lib/outcomes/data';

export const dynamic = 'force-dynamic';

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ district?: string | string[]; year?: string | string[] }> }) {
  await requirePageUser('/review', rolesWith('review'));
  const query = await searchParams;
  // Not Number(): ids and years out of range would reach PostgreSQL and fail with a 500.
  const districtId = parseId(firstParam(query.district) ?? '') ?? undefined;
  const year = parseYear(query.year);
  const [t, tv, locale, rows, districts] = await Promise.all([
    getTranslations('workflow.review'), getTranslations('workflow.outcome.vintages'), getLocale().then(toLocale), findReviewQueue({ districtId, year }), listDistrictOptions(),
  ]);
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
      {rows.length === 0 ? <p className="card">{t('empty')}</p> : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('district')}</th><th scope="col">{t('indicator')}</th><th scope="col">{t('year')}</th><th scope="col">{t('figure')}</th><th scope="col">{t('source')}</th><th scope="col">{t('decision')}</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="review-row">
                  <td>{pick(locale, row.district.nameZh, row.district.nameEn)}</td>
                  <th scope="row">{row.targetId ? <Link href={`/targets/${row.targetId}/review`}>{pick(locale, row.indicator.nameZh, row.indicator.nameEn)}</Link> : pick(locale, row.indicator.nameZh, row.indicator.nameEn)}</th>
                  <td>{row.year}</td>
                  <td>{row.value}{row.unit} <span className="muted">· {tv(row.vintage)} · r{row.revision}</span></td>
                  <td><span className={styles.small}>{row.sourceDocument.title}</span><br /><span className={styles.quote}>“{row.quote}”</span></td>
                  <td><OutcomeReviewForm outcomeId={row.id} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
