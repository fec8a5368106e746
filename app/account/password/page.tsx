import { getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/auth/password-form';
import { requirePageUser } from '@/lib/auth/current-user';
import { safeNext } from '@/lib/auth/safe-next';

export const dynamic = 'force-dynamic';

export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const user = await requirePageUser('/account/password');
  const next = safeNext((await searchParams).next, '');
  const t = await getTranslations('auth.password');
  return (
    <>
      <h1>{t('title')}</h1>
      {user.mustChangePassword ? <p className="lede" role="note">{t('mustChange')}</p> : <p className="lede">{t('intro')}</p>}
      <PasswordForm next={next} />
    </>
  );
}
