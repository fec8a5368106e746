import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/lib/i18n/set-locale-action';

export async function SiteHeader() {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">{t('app.name')}</Link>
        <nav className="site-header__nav" aria-label={t('app.name')}>
          <Link href="/">{t('nav.home')}</Link>
          <form action={setLocale}>
            <input type="hidden" name="locale" value={locale === 'en' ? 'zh' : 'en'} />
            <button type="submit" lang={locale === 'en' ? 'zh-CN' : 'en'} aria-label={`${t('app.language')}: ${t('app.switchTo')}`}>
              {t('app.switchTo')}
            </button>
          </form>
        </nav>
      </div>
    </header>
  );
}
