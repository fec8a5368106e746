import { getLocale, getTranslations } from 'next-intl/server';
import { TargetForm } from '@/components/workflow/target-form';
import { listIndicatorOptions } from '@/lib/admin/data';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { scopedDistrictIds } from '@/lib/auth/district-scope';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { listDistrictDocuments, listDistrictOptions } from '@/lib/outcomes/data';

export const dynamic = 'force-dynamic';

export default async function NewTargetPage({ searchParams }: { searchParams: Promise<{ district?: string }> }) {
  const user = await requirePageUser('/targets/new', rolesWith('record:outcome'));
  const scope = scopedDistrictIds(user, 'record:outcome');
  const [t, locale, allDistricts, indicators] = await Promise.all([getTranslations('workflow.targetForm'), getLocale().then(toLocale), listDistrictOptions(), listIndicatorOptions()]);
  const districts = allDistricts.filter((d) => !scope || scope.includes(d.id));
  const requested = Number((await searchParams).district);
  const districtId = districts.some((d) => d.id === requested) ? requested : districts.length === 1 ? districts[0]!.id : undefined;
  // Documents are per district: the picker lists those of the chosen (or only) district.
  const documents = districtId ? await listDistrictDocuments(districtId) : [];
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <p className="lede">{t('newIntro')}</p>
      {!districtId && districts.length > 1 ? (
        <form method="get" className="card">
          <label>{t('district')}{' '}
            <select name="district">{districts.map((d) => <option key={d.id} value={d.id}>{pick(locale, d.nameZh, d.nameEn)}</option>)}</select>
          </label>{' '}
          <button type="submit">{t('next')}</button>
        </form>
      ) : (
        <TargetForm
          documents={documents}
          districtId={districtId}
          districts={districts.filter((d) => d.id === districtId).map((d) => ({ id: d.id, name: pick(locale, d.nameZh, d.nameEn) }))}
          indicators={indicators.map((i) => ({ id: i.id, name: pick(locale, i.nameZh, i.nameEn) }))}
        />
      )}
    </>
  );
}
