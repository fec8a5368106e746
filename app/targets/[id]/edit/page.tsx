import { getLocale, getTranslations } from 'next-intl/server';
import { TargetFacts } from '@/components/workflow/target-facts';
import { TargetForm } from '@/components/workflow/target-form';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { requireInScope } from '@/lib/auth/require-in-scope';
import { toLocale } from '@/lib/i18n/locale';
import { parseId } from '@/lib/views/params';
import { findTargetForRecording, listDistrictDocuments } from '@/lib/outcomes/data';

export const dynamic = 'force-dynamic';

export default async function EditTargetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/targets/${id}/edit`, rolesWith('record:outcome'));
  // Not Number(): ids past the int4 range would reach PostgreSQL and fail with a 500.
  const targetId = parseId(id);
  const target = targetId !== null ? await findTargetForRecording(targetId) : null;
  requireInScope(user, 'record:outcome', target?.district.id);
  const [t, locale, documents, saved] = await Promise.all([getTranslations('workflow.targetForm'), getLocale().then(toLocale), listDistrictDocuments(target.district.id), searchParams.then((q) => q.saved === '1')]);
  return (
    <>
      <h1>{t('editTitle')}</h1>
      <TargetFacts target={target} locale={locale} />
      <TargetForm
        documents={documents}
        savedMessage={saved ? t('saved') : undefined}
        existing={{ id: target.id, version: target.version, asWritten: target.asWritten, documentId: target.source.documentId, quote: target.source.quote }}
      />
    </>
  );
}
