import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { roleHas } from '@/lib/auth/access';
import { signOutAction } from '@/lib/auth/actions';
import { getCurrentUser } from '@/lib/auth/current-user';
import { countDisputesAwaiting } from '@/lib/outcomes/data';
import { countUnitTodo } from '@/lib/rounds/todo/data';
import { setLocale } from '@/lib/i18n/set-locale-action';
import { NavLink } from './nav-link';

export async function SiteHeader() {
  const [t, locale, user] = await Promise.all([getTranslations(), getLocale(), getCurrentUser()]);
  // Staff see how many to-dos wait: their units' reporting items (rounds open, not yet
  // submitted) and the figures a reviewer disputed, which they must correct.
  const todoCount = user?.role === 'staff' ? (await Promise.all([countUnitTodo(user), countDisputesAwaiting(user)])).reduce((sum, count) => sum + count, 0) : 0;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">{t('app.name')}</Link>
        <nav className="site-header__nav" aria-label={t('nav.label')}>
          <NavLink href="/">{t('nav.home')}</NavLink>
          <NavLink href="/overview">{t('nav.overview')}</NavLink>
          {user && roleHas(user.role, 'record:outcome') ? <NavLink href="/todo">{t('nav.todo')}{todoCount > 0 ? <> <span data-testid="todo-count" aria-label={t('rounds.headerCount', { count: todoCount })} style={{ background: 'var(--accent-ink)', color: 'var(--accent)', borderRadius: '999px', padding: '0 0.45rem', fontSize: '0.85em', fontWeight: 700 }}>{todoCount}</span></> : null}</NavLink> : null}
          {user && roleHas(user.role, 'record:outcome') ? <NavLink href="/import">{t('nav.import')}</NavLink> : null}
          {user && roleHas(user.role, 'record:outcome') ? <NavLink href="/documents/new">{t('nav.ingest')}</NavLink> : null}
          {user && roleHas(user.role, 'review') ? <NavLink href="/review">{t('nav.review')}</NavLink> : null}
          {user && roleHas(user.role, 'admin') ? <NavLink href="/admin">{t('nav.admin')}</NavLink> : null}
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
