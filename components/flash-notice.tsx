'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import styles from '@/components/forms/forms.module.css';
import { type Notice, readNotice } from '@/lib/flash/notice';

/** Shows a notice a redirect carried (lib/flash/notice.ts) on the page it landed on, then drops it from the address. */
export function FlashNotice() {
  const messages = { auth: useTranslations('auth'), 'keyTasks.notices': useTranslations('keyTasks.notices') };
  const path = usePathname();
  const notice = readNotice(useSearchParams());
  const id = notice ? JSON.stringify([notice.namespace, notice.key, notice.values]) : null;
  // Kept in state because the address loses the parameters at once (below); the layout
  // outlives client navigations, so the notice is tied to the page it arrived on.
  const [shown, setShown] = useState<{ id: string; notice: Notice; path: string } | null>(null);
  if (notice && id && (shown?.id !== id || shown.path !== path)) setShown({ id, notice, path });
  const params = notice?.params.join(',');
  useEffect(() => {
    if (!params) return;
    // Reloading or sharing the address must not repeat the message.
    const url = new URL(window.location.href);
    for (const name of params.split(',')) url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }, [params]);
  if (!shown || shown.path !== path) return null;
  return (
    <div role="status" aria-live="polite" className={styles.statusRegion}>
      <p className={styles.success} data-testid="flash-notice">{messages[shown.notice.namespace](shown.notice.key as never, shown.notice.values as never)}</p>
    </div>
  );
}
