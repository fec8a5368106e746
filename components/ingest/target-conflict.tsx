'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormStatus } from '@/components/forms/form-parts';
import styles from '@/components/forms/forms.module.css';
import { keepStoredTargetAction, reviseTargetAction } from '@/lib/ingest/actions';

export type ConflictSide = { asWritten: string; quote: string; documentId: number; documentTitle: string };
type Props = { documentId: number; proposalKey: string; targetId: number; version: number; stored: ConflictSide; proposed: ConflictSide; kept: boolean };

/** A target proposal that differs from the stored target: both wordings with their sources, and the choice between them. */
export function TargetConflict({ documentId, proposalKey, targetId, version, stored, proposed, kept }: Props) {
  const t = useTranslations('ingest.review');
  const [keepState, keep, keeping] = useActionState(keepStoredTargetAction, null);
  const [reviseState, revise, revising] = useActionState(reviseTargetAction, null);
  const side = (label: string, entry: ConflictSide, testId: string) => (
    <div data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <strong data-testid="conflict-value">{entry.asWritten}</strong>
        {' · '}<Link href={`/documents/${entry.documentId}`}>{t('sourceOf', { title: entry.documentTitle })}</Link>
        <br /><span className="muted">「{entry.quote}」</span>
      </dd>
    </div>
  );
  return (
    <div data-testid="conflict">
      {kept ? (
        <p>{t('keptNote', { asWritten: stored.asWritten })} <Link href={`/targets/${targetId}`}>{t('viewTarget')}</Link></p>
      ) : <p><strong>{t('conflictHeading')}</strong></p>}
      <dl className="conflict-sides">
        {side(t('storedTarget'), stored, 'conflict-stored')}
        {side(t('proposedTarget'), proposed, 'conflict-proposed')}
      </dl>
      <FormStatus state={keepState ?? reviseState} />
      {kept ? null : (
        <div className={styles.inline}>
          <form action={keep}>
            <input type="hidden" name="documentId" value={documentId} />
            <input type="hidden" name="key" value={proposalKey} />
            <button type="submit" disabled={keeping || revising}>{t('keep')}</button>
          </form>
          <form action={revise}>
            <input type="hidden" name="documentId" value={documentId} />
            <input type="hidden" name="key" value={proposalKey} />
            <input type="hidden" name="version" value={version} />
            <button type="submit" className={styles.primary} disabled={keeping || revising}>{t('revise')}</button>
          </form>
        </div>
      )}
    </div>
  );
}
