'use client';

import { useTranslations } from 'next-intl';

// Unexpected errors are logged on the server; the reader sees a generic message.
export function ViewError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('views.common');
  return (
    <div className="card" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      <button type="button" onClick={reset}>{t('retry')}</button>
    </div>
  );
}
