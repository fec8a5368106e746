'use client';

import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { DOCUMENT_KINDS } from '@/lib/domain/types';

/** The kinds a source document may have, from the list the schemas validate against. */
export function DocumentKindSelect(props: ComponentProps<'select'>) {
  const t = useTranslations('workflow.documentKinds');
  return <select {...props}>{DOCUMENT_KINDS.map((kind) => <option key={kind} value={kind}>{t(kind)}</option>)}</select>;
}
