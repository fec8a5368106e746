'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import styles from '@/components/forms/forms.module.css';
import { NOTICE_PARAM, noticeKey } from '@/lib/flash/notice';

/** Shows a notice a redirect carried (lib/flash/notice.ts) on the page it landed on, then drops it from the address. */
export function FlashNotice() {
  const t = useTranslations('auth');
  const path = usePathname();
  const key = noticeKey(useSearchParams().get(NOTICE_PARAM));
  // Kept in state because the address loses the parameter at once (below); the layout
  // outlives client navigations, so the notice is tied to the page it arrived on.
  const [shown, setShown] = useState<{ key: string; path: string } | null>(null);
  if (key && (shown?.key !== key || shown.path !== path)) setShown({ key, path });
  useEffect(() => {
    if (!key) return;
    // Reloading or sharing the address must not repeat the message.
    const url = new URL(window.location.href);
    url.searchParams.delete(NOTICE_PARAM);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }, [key]);
  if (!shown || shown.path !== path) return null;
  return (
    <div role="status" aria-live="polite" className={styles.statusRegion}>
      <p className={styles.success} data-testid="flash-notice">{t(shown.key)}</p>
    </div>
  );
}
