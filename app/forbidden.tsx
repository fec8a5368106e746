import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { districtNames } from '@/lib/districts/data';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';

// The 403 page says why: work on a record is limited by role and district (lib/auth/district-scope.ts),
// while reading every district's records stays open; the signed-in user sees their role and districts.
// Next renders this fallback with every page, so its one query (the user's few district names) runs
// only for a signed-in user with districts.
export default async function Forbidden() {
  const [t, tr, locale, user] = await Promise.all([getTranslations('errors'), getTranslations('admin.users.roles'), getLocale().then(toLocale), getCurrentUser()]);
  const districts = user ? await districtNames(user.districtIds) : [];
  const separator = locale === 'zh' ? '、' : ', ';
  return (
    <div className="card">
      <h1>403</h1>
      <p>{t('forbidden')}</p>
      <p data-testid="forbidden-reason">{t('forbiddenWhy')}</p>
      {user ? (
        <p data-testid="forbidden-access">
          {t('yourAccess', { role: tr(user.role), districts: districts.length ? districts.map((d) => pick(locale, d.nameZh, d.nameEn)).join(separator) : t('noDistricts') })}
        </p>
      ) : null}
      <Link href="/">{t('backHome')}</Link>
    </div>
  );
}
