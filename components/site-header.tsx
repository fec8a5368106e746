import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { roleHas } from '@/lib/auth/access';
import { signOutAction } from '@/lib/auth/actions';
import { getCurrentUser } from '@/lib/auth/current-user';
import { setLocale } from '@/lib/i18n/set-locale-action';

export async function SiteHeader() {
  const [t, locale, user] = await Promise.all([getTranslations(), getLocale(), getCurrentUser()]);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">{t('app.name')}</Link>
        <nav className="site-header__nav" aria-label={t('nav.label')}>
          <Link href="/">{t('nav.home')}</Link>
          <Link href="/overview">{t('nav.overview')}</Link>
          {user && roleHas(user.role, 'record:outcome') ? <Link href="/todo">{t('nav.todo')}</Link> : null}
          {user && roleHas(user.role, 'record:outcome') ? <Link href="/import">{t('nav.import')}</Link> : null}
          {user && roleHas(user.role, 'record:outcome') ? <Link href="/documents/new">{t('nav.ingest')}</Link> : null}
          {user && roleHas(user.role, 'review') ? <Link href="/review">{t('nav.review')}</Link> : null}
          {user && roleHas(user.role, 'admin') ? <Link href="/admin">{t('nav.admin')}</Link> : null}
        </nav>
        <div className="site-header__nav">
          {user ? (
            <>
              <Link href="/account/password" data-testid="current-user" title={t('nav.account')}>{user.displayName}</Link>
              <form action={signOutAction}>
                <button type="submit">{t('nav.signOut')}</button>
              </form>
            </>
          ) : (
            <Link href="/sign-in">{t('nav.signIn')}</Link>
          )}
          <form action={setLocale}>
            <input type="hidden" name="locale" value={locale === 'en' ? 'zh' : 'en'} />
            <button type="submit" lang={locale === 'en' ? 'zh-CN' : 'en'} aria-label={`${t('app.language')}: ${t('app.switchTo')}`}>
              {t('app.switchTo')}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
