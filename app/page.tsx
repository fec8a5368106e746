import { getLocale, getTranslations } from 'next-intl/server';
import { requireReader } from '@/lib/auth/read-access';
import { listDistrictSummaries } from '@/lib/districts/data';
import { pick } from '@/lib/i18n/pick';
import { toLocale } from '@/lib/i18n/locale';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  await requireReader('/');
  const [t, locale, districts] = await Promise.all([getTranslations('home'), getLocale().then(toLocale), listDistrictSummaries()]);
  const formatNumber = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {districts.length === 0 ? (
        <p className="card">{t('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('district')}</th>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('code')}</th>
                <th scope="col" className="num">{t('targets')}</th>
                <th scope="col" className="num">{t('outcomes')}</th>
              </tr>
            </thead>
            <tbody>
              {districts.map((district) => (
                <tr key={district.id} data-testid="district-row">
                  <th scope="row">{pick(locale, district.nameZh, district.nameEn)}</th>
                  <td>{[pick(locale, district.provinceZh, district.provinceEn), district.cityZh ? pick(locale, district.cityZh, district.cityEn) : null].filter(Boolean).join(' · ')}</td>
                  <td>{district.code}</td>
                  <td className="num">{formatNumber.format(district.targetCount)}</td>
                  <td className="num">{formatNumber.format(district.outcomeCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
