import { getLocale, getTranslations } from 'next-intl/server';
import { NewDocumentForm } from '@/components/ingest/new-document-form';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { scopedDistrictIds } from '@/lib/auth/district-scope';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { listDistrictOptions } from '@/lib/outcomes/data';

export const dynamic = 'force-dynamic';

export default async function NewDocumentPage() {
  const user = await requirePageUser('/documents/new', rolesWith('record:outcome'));
  const scope = scopedDistrictIds(user, 'record:outcome');
  const [t, locale, districts] = await Promise.all([getTranslations('ingest.new'), getLocale().then(toLocale), listDistrictOptions()]);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lede">{t('intro')}</p>
      <NewDocumentForm
        districts={districts.filter((d) => !scope || scope.includes(d.id)).map((d) => ({ id: d.id, name: pick(locale, d.nameZh, d.nameEn) }))}
        defaultYear={new Date().getUTCFullYear()}
      />
    </>
  );
}
