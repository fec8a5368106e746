import { getTranslations } from 'next-intl/server';
import { IndicatorForm } from '@/components/admin/indicator-form';
import { listIndicatorsForAdmin } from '@/lib/admin/data';
import { requirePageUser } from '@/lib/auth/current-user';

export const dynamic = 'force-dynamic';

export default async function IndicatorsAdminPage() {
  await requirePageUser('/admin/indicators', ['admin']);
  const [t, indicators] = await Promise.all([getTranslations('admin.indicators'), listIndicatorsForAdmin()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <div style={{ display: 'grid', gap: '1rem' }}>
        {indicators.map((indicator) => <IndicatorForm key={`${indicator.id}:${indicator.version}`} indicator={indicator} />)}
      </div>
    </>
  );
}
