import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/current-user';
import { ImportForm } from './import-form';

export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  await requirePageUser('/import', ['admin', 'staff']);
  const t = await getTranslations('import');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p><a href="/import/template" download>{t('template')}</a></p>
      <ImportForm />
    </>
  );
}
