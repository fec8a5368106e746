import { getRequestConfig } from 'next-intl/server';
import { readLocale } from '@/lib/i18n/locale';
import { loadMessages } from '@/lib/i18n/messages';

export default getRequestConfig(async () => {
  const locale = await readLocale();
  return { locale, messages: loadMessages(locale), timeZone: 'Asia/Shanghai' };
});
