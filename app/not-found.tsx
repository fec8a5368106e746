import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="card">
      <h1>404</h1>
      <p>{t('notFound')}</p>
      <Link href="/">{t('backHome')}</Link>
    </div>
  );
}
