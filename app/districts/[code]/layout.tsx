import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { districtExists } from '@/lib/views/exists';

// Only the 404: access is checked by the page (layouts do not re-render on navigation).
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  if (!(await districtExists((await params).code))) notFound();
  return children;
}
