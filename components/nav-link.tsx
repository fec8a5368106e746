'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A header link marked aria-current while its section is shown. A client component
 * because the header lives in the root layout, which Next does not re-render on
 * client-side navigation: a mark decided on the server would stay on the first page.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return <Link href={href} aria-current={current ? 'page' : undefined}>{children}</Link>;
}
