import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { documentExists } from '@/lib/views/exists';

// Only the 404: access is checked by the page (layouts do not re-render on navigation).
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  if (!(await documentExists((await params).id))) notFound();
  return children;
}
