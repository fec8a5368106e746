import { getTranslations } from 'next-intl/server';
import { DistrictForm } from '@/components/admin/district-form';
import { listDistrictsForAdmin } from '@/lib/admin/data';
import { requirePageUser } from '@/lib/auth/current-user';

export const dynamic = 'force-dynamic';

export default async function DistrictsAdminPage() {
  await requirePageUser('/admin/districts', ['admin']);
  const [t, districts] = await Promise.all([getTranslations('admin.districts'), listDistrictsForAdmin()]);
  return (
    <>
      <h1>{t('title')}</h1>
      {/* Adding comes first: with hundreds of districts below, a form at the end is one nobody finds. */}
      <DistrictForm />
      <h2>{t('existing', { count: districts.length })}</h2>
      <div style={{ display: 'grid', gap: '1rem' }}>
        {/* Keyed by id only: a key with the version remounted the form after each save and dropped its "saved" message; the new version and values arrive as props. */}
        {districts.map((district) => <DistrictForm key={district.id} district={district} />)}
      </div>
    </>
  );
}
