import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { clientMessages } from '@/lib/i18n/client-messages';

/**
 * The layout of every route folder whose pages hold client forms: their client components
 * get all CLIENT_NAMESPACES. The read pages (home, overview, district, indicator) get only
 * the root layout's SHELL_NAMESPACES (lib/i18n/client-messages.ts says why).
 */
export default async function FormMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages())}>{children}</NextIntlClientProvider>;
}
