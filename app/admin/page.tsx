import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { DistrictOptions } from '@/components/admin/district-picker';
import { SettingForm } from '@/components/admin/setting-form';
import { UserRowForm } from '@/components/admin/user-row-form';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { listDistrictOptions } from '@/lib/outcomes/data';
import { getSetting } from '@/lib/settings/settings';
import { listUsers } from '@/lib/users/data';

export const dynamic = 'force-dynamic';

export default async function AdminPage() {
  await requirePageUser('/admin', ['admin']);
  const [t, locale, users, districtRows, readRequiresSignIn] = await Promise.all([
    getTranslations('admin'), getLocale().then(toLocale), listUsers(), listDistrictOptions(), getSetting('readRequiresSignIn'),
  ]);
  const districts = districtRows.map((d) => ({ id: d.id, code: d.code, name: pick(locale, d.nameZh, d.nameEn) }));
  const districtById = new Map(districts.map((d) => [d.id, { id: d.id, name: d.name }]));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">
        <Link href="/admin/indicators">{t('indicators.title')}</Link> · <Link href="/admin/districts">{t('districts.title')}</Link> · <Link href="/admin/api-tokens">{t('apiTokensLink')}</Link> · <Link href="/admin/audit">{t('audit.link')}</Link>
      </p>
      <h2>{t('settings.title')}</h2>
      <SettingForm value={readRequiresSignIn} />
      <h2>{t('users.title')}</h2>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">{t('users.username')}</th><th scope="col">{t('users.displayName')}</th><th scope="col">{t('users.manage')}</th></tr></thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid="user-row">
                <th scope="row">{user.username}{user.disabled ? <span className="muted"> · {t('users.disabled')}</span> : null}{user.mustChangePassword ? <span className="muted"> · {t('users.mustChange')}</span> : null}</th>
                <td>{user.displayName}<br /><span className="muted">{user.email}</span></td>
                <td><UserRowForm user={{ id: user.id, role: user.role, disabled: user.disabled, version: user.version, email: user.email }} districts={user.districts.flatMap((d) => districtById.get(d.districtId) ?? [])} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p />
      <CreateUserForm />
      <DistrictOptions districts={districts} />
    </>
  );
}
