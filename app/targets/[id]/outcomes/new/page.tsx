import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { RecordOutcomeForm } from '@/components/workflow/record-outcome-form';
import { TargetFacts } from '@/components/workflow/target-facts';
import { VerdictSummary } from '@/components/workflow/verdict-summary';
import { requirePageUser } from '@/lib/auth/current-user';
import { rolesWith } from '@/lib/auth/access';
import { requireInScope } from '@/lib/auth/require-in-scope';
import { toLocale } from '@/lib/i18n/locale';
import { parseId } from '@/lib/views/params';
import { findTargetForRecording, listDistrictDocuments } from '@/lib/outcomes/data';
import { findNextTodo } from '@/lib/outcomes/next-todo';
import { pick } from '@/lib/i18n/pick';
import { formatUnit } from '@/lib/views/format';
import { unitChoices } from '@/lib/units/choices';

export const dynamic = 'force-dynamic';

export default async function RecordOutcomePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/targets/${id}/outcomes/new`, rolesWith('record:outcome'));
  // Not Number(): ids past the int4 range would reach PostgreSQL and fail with a 500.
  const targetId = parseId(id);
  const target = targetId !== null ? await findTargetForRecording(targetId) : null;
  // Another district's target: 403 (its public page stays open to the user); none: 404.
  requireInScope(user, 'record:outcome', target?.district.id);
  const [t, tv, locale, documents, next] = await Promise.all([getTranslations('workflow.outcome'), getTranslations('workflow.verdict'), getLocale().then(toLocale), listDistrictDocuments(target.district.id), findNextTodo(user, target.id)]);
  const latest = target.outcomes.at(-1);
  // Shown by the form once a figure is saved: the next item on /todo, or /todo itself when none is left.
  const nextTodo = next
    ? { href: `/targets/${next.id}/outcomes/new`, label: t('nextTodo', { year: next.year, district: pick(locale, next.district.nameZh, next.district.nameEn), indicator: pick(locale, next.indicator.nameZh, next.indicator.nameEn) }) }
    : { href: '/todo', label: t('todoDone') };
  const units = unitChoices(target.measure, target.unit, target.indicator.levelUnit)?.map((symbol) => ({ value: symbol, label: formatUnit(locale, symbol) })) ?? null;
  return (
    <>
      <p className="muted"><Link href={`/targets/${target.id}`}>{t('backToTarget')}</Link></p>
      <h1>{t('heading')}</h1>
      <TargetFacts target={target} locale={locale} />
      <VerdictSummary verdict={target.verdict} locale={locale} labels={{ verdict: tv('label'), override: tv('override'), provisional: tv('provisional'), confirmed: tv('confirmed') }} />
      {latest ? <p className="muted" data-testid="latest-revision">{t('latest', { revision: latest.revision, value: latest.value, unit: latest.unit ?? '', vintage: t(`vintages.${latest.vintage}`) })}</p> : null}
      <RecordOutcomeForm targetId={target.id} baseRevision={latest?.revision ?? 0} defaultUnit={target.measure === 'growth' ? '%' : (target.unit ?? target.indicator.levelUnit ?? '')} documents={documents} units={units} nextTodo={nextTodo} />
    </>
  );
}
