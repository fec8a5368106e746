import { getTranslations } from 'next-intl/server';

export async function ViewLoading() {
  const t = await getTranslations('views');
  return <p className="card" role="status" aria-live="polite">{t('common.loading')}</p>;
}
