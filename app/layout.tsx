import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { Suspense, type ReactNode } from 'react';
import { FlashNotice } from '@/components/flash-notice';
import { SiteHeader } from '@/components/site-header';
import { VerdictStyles } from '@/components/views/verdict-styles';
import { clientMessages, SHELL_NAMESPACES } from '@/lib/i18n/client-messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: t('name'), description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('app');
  // Only what every page's client components use; route folders with forms add the rest (FormMessages).
  const messages = clientMessages(await getMessages(), SHELL_NAMESPACES);
  return (
    <html lang={locale === 'en' ? 'en' : 'zh-CN'}>
      <body>
        <VerdictStyles />
        <a className="skip-link" href="#main">{t('skipToContent')}</a>
        <NextIntlClientProvider messages={messages}>
          <SiteHeader />
          <main id="main">
            <Suspense fallback={null}><FlashNotice /></Suspense>
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
