import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listIndicatorsForAdmin } from '@/lib/admin/data';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { getSetting } from '@/lib/settings/data';

export const dynamic = 'force-dynamic';

export default async function IndicatorsAdminPage() {
  await requirePageUser('/admin/indicators', ['admin']);
  const [t, locale, indicators, defaults] = await Promise.all([
    getTranslations('admin.indicators'), getLocale().then(toLocale), listIndicatorsForAdmin(), getSetting('toleranceDefaults'),
  ]);
  // An empty tolerance means the global default: show which value that is, muted.
  const tolerance = (value: string, fallback: string) => (value ? value : <span className="muted">{t('defaultTolerance', { value: fallback })}</span>);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('key')}</th><th scope="col">{t('nameZh')}</th><th scope="col">{t('nameEn')}</th>
              <th scope="col" className="num wrap">{t('growthToleranceShort')}</th><th scope="col" className="num wrap">{t('levelToleranceShort')}</th>
              <th scope="col">{t('unit')}</th><th scope="col">{t('direction')}</th><th scope="col"><span className="visually-hidden">{t('edit')}</span></th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.id} data-testid="indicator-row" data-key={indicator.key}>
                <th scope="row"><code>{indicator.key}</code></th>
                <td lang="zh-CN">{indicator.nameZh}</td>
                <td lang="en">{indicator.nameEn}</td>
                <td className="num">{tolerance(indicator.growthTolerancePp, defaults.growthTolerancePp)}</td>
                <td className="num">{tolerance(indicator.levelToleranceRatio, defaults.levelToleranceRatio)}</td>
                <td className="nowrap">{indicator.levelUnit ?? '—'}</td>
                <td className="nowrap">{indicator.higherIsBetter ? t('higher') : t('lower')}</td>
                <td className="nowrap"><Link href={`/admin/indicators/${indicator.key}`} aria-label={t('editLabel', { name: pick(locale, indicator.nameZh, indicator.nameEn) })}>{t('edit')}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
