import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { WithdrawnBadge } from '@/components/key-tasks/withdrawn-badge';
import { AcknowledgeForm, CorrectNarrativeForm, FigureForm, JudgeKeyTaskForm, NarrativeForm, ReviewItemForms } from '@/components/rounds/item-forms';
import { can } from '@/lib/auth/district-scope';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { canViewRound } from '@/lib/rounds/access';
import { loadRoundItem, reportsForUnit } from '@/lib/rounds/data';
import { beijingDate, deadline } from '@/lib/rounds/deadline';
import { isOpenItem, itemKind, ROUND_ITEM_STATE_LABELS, type RoundItemState } from '@/lib/rounds/types';
import { targetWording } from '@/lib/targets/display-wording';
import { TASK_JUDGMENT_LABELS, TASK_JUDGMENTS } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import { formatDateTime, formatQuantity } from '@/lib/views/format';
import { parseId } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export default async function RoundItemPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/rounds/items/${id}`);
  const itemId = parseId(id);
  if (itemId === null) notFound();
  const item = await loadRoundItem(itemId);
  if (!item) notFound();
  if (!canViewRound(user, item.round.districtId)) forbidden();
  const [t, k, locale] = await Promise.all([getTranslations('rounds'), getTranslations('keyTasks'), getLocale().then(toLocale)]);
  const state = item.state as RoundItemState;
  const open = item.round.state === 'open';
  const period = periodName({ months: item.round.periodMonths })[locale];
  const kind = itemKind(item.targetId === null ? 'key_task' : 'target', item.unitRole);
  const reporter = user.role === 'admin' || (can(user, 'record:outcome', item.round.districtId) && (await reportsForUnit(user.id, item.unit.id)));
  const reviewer = can(user, 'review', item.round.districtId);
  const due = deadline(item.dueOn, beijingDate(new Date()), isOpenItem(state));
  const wording = item.target ? targetWording(item.target.indicator.nameZh, item.target.measure, item.target.asWritten) : item.keyTask?.wording ?? '';
  const label = `${item.unit.shortName} · ${wording}`;
  const defaultUnit = item.target ? (item.target.measure === 'growth' ? '%' : (item.target.unit ?? item.target.indicator.levelUnit ?? '')) : '';
  return (
    <>
      <h1 lang="zh-CN">{t('itemTitle', { round: item.round.title, unit: item.unit.shortName })}</h1>
      <p className="lede">
        {pick(locale, item.round.district.nameZh, item.round.district.nameEn)} · {t('dueOn')} {item.dueOn} · <Link href={`/rounds/${item.round.id}`}>{t('backToRound')}</Link>
      </p>
      <div className="card" style={{ display: 'grid', gap: '0.4rem' }}>
        <p style={{ margin: 0 }} lang="zh-CN"><strong>{wording}</strong>{item.keyTask?.withdrawnAt ? <WithdrawnBadge /> : null}</p>
        {item.keyTask?.withdrawnAt ? <p style={{ margin: 0 }} data-testid="withdrawal">{k('withdrawnNoteNoActor', { at: formatDateTime(locale, item.keyTask.withdrawnAt), reason: item.keyTask.withdrawalReason ?? '' })}</p> : null}
        {item.keyTask && can(user, 'manage:units', item.round.districtId) ? <p style={{ margin: 0 }} className="small"><Link href={`/key-tasks/${item.keyTask.id}`}>{k('open')}</Link></p> : null}
        <p style={{ margin: 0 }}>{t(kind === 'figure' ? 'itemKindFigure' : 'itemKindNarrative', { period })}</p>
        <p style={{ margin: 0 }} data-testid="item-state">
          {t('labelled', { label: t('status') })}{ROUND_ITEM_STATE_LABELS[state][locale]}
          {due.overdueDays > 0 ? <> · <strong>{t('overdueDays', { days: due.overdueDays })}</strong></> : isOpenItem(state) && open ? <> · {due.daysLeft === 0 ? t('dueToday') : t('daysLeft', { days: due.daysLeft })}</> : null}
        </p>
        {item.returnReason && state === 'returned' ? <p style={{ margin: 0 }} data-testid="return-reason"><strong>{t('returnReason', { reason: item.returnReason })}</strong></p> : null}
        {item.outcome ? <p style={{ margin: 0 }}>{t('currentFigure', { value: formatQuantity(locale, item.outcome.value.toFixed(), item.outcome.unit), source: item.outcome.sourceDocument.title })}</p> : null}
        {item.narrative ? <p style={{ margin: 0 }} lang="zh-CN">{t('currentNarrative', { revision: item.narrative.revision, text: item.narrative.text })}</p> : null}
        {/* What comes next for whoever submitted: otherwise the form just disappears. */}
        {open && reporter && state === 'submitted' ? <p style={{ margin: 0 }} className="muted" data-testid="item-next">{t('awaitingReview')}</p> : null}
        {!open ? <p style={{ margin: 0 }} className="muted">{t('locked')}</p> : null}
      </div>

      {open && reporter && isOpenItem(state) ? (
        <section className="view-section" aria-labelledby="report-heading">
          <h2 id="report-heading">{t(kind === 'figure' ? 'itemKindFigure' : 'itemKindNarrative', { period })}</h2>
          {state === 'todo' ? <AcknowledgeForm itemId={item.id} label={`${t('labelled', { label: t('acknowledge') })}${label}`} /> : null}
          {kind === 'figure' && item.target ? (
            <FigureForm itemId={item.id} version={item.version} baseRevision={item.baseRevision} defaultUnit={defaultUnit} documents={item.documents} />
          ) : (
            <NarrativeForm itemId={item.id} version={item.version} period={period} />
          )}
        </section>
      ) : null}

      {open && reviewer && state === 'submitted' ? (
        <section className="view-section" aria-labelledby="review-heading">
          <h2 id="review-heading">{t('reviewHeading')}</h2>
          <ReviewItemForms itemId={item.id} version={item.version} />
        </section>
      ) : null}

      {reviewer && item.keyTask && !item.keyTask.withdrawnAt ? (
        <section className="view-section" aria-labelledby="judge-heading">
          <h2 id="judge-heading">{t('judgeHeading', { period })}</h2>
          <JudgeKeyTaskForm keyTaskId={item.keyTask.id} periodMonths={item.round.periodMonths} options={TASK_JUDGMENTS.map((value) => ({ value, label: TASK_JUDGMENT_LABELS[value][locale] }))} />
        </section>
      ) : null}

      {!open && reviewer ? (
        <section className="view-section" aria-labelledby="correct-heading">
          <h2 id="correct-heading">{t('correctHeading')}</h2>
          {kind === 'figure' && item.target ? (
            <FigureForm itemId={item.id} baseRevision={item.baseRevision} defaultUnit={defaultUnit} documents={item.documents} />
          ) : <CorrectNarrativeForm itemId={item.id} />}
        </section>
      ) : null}
    </>
  );
}
