import { getLocale, getTranslations } from 'next-intl/server';
import { TargetFacts } from '@/components/workflow/target-facts';
import { VerdictReviewForm } from '@/components/workflow/verdict-review-form';
import { VerdictSummary } from '@/components/workflow/verdict-summary';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { requireInScope } from '@/lib/auth/require-in-scope';
import { toLocale } from '@/lib/i18n/locale';
import { formatQuantity } from '@/lib/views/format';
import { parseId } from '@/lib/views/params';
import { findTargets } from '@/lib/targets/data';
import { VERDICT_LABELS } from '@/lib/verdict/labels';
import { DECIDED_CODES } from '@/lib/verdict/types';

export const dynamic = 'force-dynamic';

export default async function TargetReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/targets/${id}/review`, rolesWith('review'));
  // Not Number(): ids past the int4 range would reach PostgreSQL and fail with a 500.
  const targetId = parseId(id);
  const [target] = targetId !== null ? await findTargets({ targetIds: [targetId] }) : [];
  // A reviewer assigned other districts may read this target, not review it: 403, as the review actions answer.
  requireInScope(user, 'review', target?.district.id);
  const [t, tv, to, tr, locale] = await Promise.all([getTranslations('workflow.verdictReview'), getTranslations('workflow.verdict'), getTranslations('workflow.outcome'), getTranslations('workflow.review'), getLocale().then(toLocale)]);
  return (
    <>
      <h1>{t('title')}</h1>
      <TargetFacts target={target} locale={locale} />
      <VerdictSummary verdict={target.verdict} locale={locale} labels={{ verdict: tv('label'), override: tv('override'), provisional: tv('provisional'), confirmed: tv('confirmed') }} />
      {target.outcomes.length ? (
        <ul className="muted">
          {target.outcomes.map((o) => <li key={o.id}>{tr('revision', { revision: o.revision })}{locale === 'zh' ? '：' : ': '}{formatQuantity(locale, o.value, o.unit)} · {to(`vintages.${o.vintage}`)} · {o.sourceTitle}</li>)}
        </ul>
      ) : null}
      <VerdictReviewForm targetId={target.id} qualitative={target.qualifier === 'qualitative'} codes={DECIDED_CODES.map((code) => ({ code, label: VERDICT_LABELS[code][locale] }))} />
    </>
  );
}
