import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { targetExists } from '@/lib/views/exists';

// Only the 404: access is checked by the page (layouts do not re-render on navigation).
// In the (view) group so that the loading state and this check leave the nested
// /targets/[id]/… routes of other areas alone.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  if (!(await targetExists((await params).id))) notFound();
  return children;
}
