import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { indicatorExists } from '@/lib/views/exists';

// Only the 404: access is checked by the page (layouts do not re-render on navigation).
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ key: string }> }) {
  if (!(await indicatorExists((await params).key))) notFound();
  return children;
}
