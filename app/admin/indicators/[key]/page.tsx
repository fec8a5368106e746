import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { IndicatorForm } from '@/components/admin/indicator-form';
import { getIndicatorForAdmin } from '@/lib/admin/data';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { getSetting } from '@/lib/settings/data';

export const dynamic = 'force-dynamic';

export default async function EditIndicatorPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  await requirePageUser(`/admin/indicators/${key}`, ['admin']);
  const [t, locale, indicator, defaults] = await Promise.all([
    getTranslations('admin.indicators'), getLocale().then(toLocale), getIndicatorForAdmin(key), getSetting('toleranceDefaults'),
  ]);
  if (!indicator) notFound();
  return (
    <>
      <p><Link href="/admin/indicators">← {t('back')}</Link></p>
      <h1>{t('editTitle', { name: pick(locale, indicator.nameZh, indicator.nameEn) })}</h1>
      {/* Not keyed by version, unlike the old list of forms: a remount after each save dropped the
          "saved" message. The re-rendered props carry the new version and the stored values. */}
      <IndicatorForm indicator={indicator} defaults={defaults} />
    </>
  );
}
