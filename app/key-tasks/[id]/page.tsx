import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { KeyTaskEditForm } from '@/components/key-tasks/key-task-edit-form';
import { KeyTaskWithdrawForm } from '@/components/key-tasks/key-task-withdraw-form';
import { WithdrawnBadge } from '@/components/key-tasks/withdrawn-badge';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { requireInScope } from '@/lib/auth/require-in-scope';
import { auditActionLabel, auditActorLabel } from '@/lib/audit/labels';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { loadKeyTaskPage } from '@/lib/key-tasks/data';
import { historyChanges } from '@/lib/key-tasks/history';
import { listDistrictDocuments, listDistrictUnits } from '@/lib/responsible-units/data';
import { TASK_JUDGMENT_LABELS } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import { formatDateTime } from '@/lib/views/format';
import { parseId } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

// A key task's own page: what it says, its units and source, the rounds it was in, its
// progress reports and judgments, its history, and (while not withdrawn) edit and withdraw.
export default async function KeyTaskPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/key-tasks/${id}`, rolesWith('manage:units'));
  const keyTaskId = parseId(id);
  if (keyTaskId === null) notFound();
  const page = await loadKeyTaskPage(keyTaskId);
  requireInScope(user, 'manage:units', page?.task.districtId);
  const { task, district, rounds, narratives, judgments, history } = page!;
  const [t, locale, units, documents] = await Promise.all([
    getTranslations('keyTasks'), getLocale().then(toLocale), listDistrictUnits(task.districtId), listDistrictDocuments(task.districtId, task.year),
  ]);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.shortName]));
  const assigned = [task.lead?.shortName, ...task.co.map((unit) => unit.shortName)].filter(Boolean).join('、');
  const when = (date: Date) => formatDateTime(locale, date);
  return (
    <>
      <h1>
        {t('pageTitle', { seq: task.seq })}
        {task.withdrawal ? <> <WithdrawnBadge /></> : null}
      </h1>
      <p className="lede">
        {t('details', { district: pick(locale, district.nameZh, district.nameEn), year: task.year, seq: task.seq })} · <Link href={`/units/${district.code}?year=${task.year}`}>{t('backToUnits')}</Link>
      </p>
      <div className="card" style={{ display: 'grid', gap: '0.4rem', overflowWrap: 'anywhere' }}>
        <p style={{ margin: 0 }} lang="zh-CN" data-testid="key-task-wording"><strong>{task.wording}</strong></p>
        <p style={{ margin: 0 }}>{assigned ? t('units', { units: assigned }) : t('noUnits')}</p>
        <p style={{ margin: 0 }} className="small">{task.source ? <>{t('source', { title: task.source.title })}：<span lang="zh-CN">“{task.source.quote}”</span></> : t('noSource')}</p>
        {task.withdrawal ? (
          <p style={{ margin: 0 }} data-testid="withdrawal">
            <strong>
              {task.withdrawal.by
                ? t('withdrawnNote', { at: when(task.withdrawal.at), by: task.withdrawal.by, reason: task.withdrawal.reason })
                : t('withdrawnNoteNoActor', { at: when(task.withdrawal.at), reason: task.withdrawal.reason })}
            </strong>
            <br /><span className="small muted">{t('withdrawnRules')}</span>
          </p>
        ) : null}
      </div>

      <section className="view-section" aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t('roundsHeading')}</h2>
        {rounds.length === 0 ? <p className="muted">{t('roundsNone')}</p> : (
          <ul>
            {rounds.map((round) => (
              <li key={round.id}><Link href={`/rounds/${round.id}`} lang="zh-CN">{round.title}</Link> · {t(round.state === 'open' ? 'roundOpen' : 'roundClosed')}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="view-section" aria-labelledby="narratives-heading">
        <h2 id="narratives-heading">{t('narrativesHeading')}</h2>
        {narratives.length === 0 ? <p className="muted">{t('narrativesNone')}</p> : (
          <ul data-testid="key-task-narratives">
            {narratives.map((narrative) => (
              <li key={narrative.id} style={{ overflowWrap: 'anywhere' }}>
                <span className="small muted">{t('narrativeRow', { period: periodName({ months: narrative.periodMonths })[locale], unit: narrative.unit.shortName, revision: narrative.revision, by: narrative.recordedBy.displayName, at: when(narrative.recordedAt) })}</span>
                <div lang="zh-CN">{narrative.text}</div>
              </li>
            ))}
          </ul>
        )}
        {judgments.length > 0 ? (
          <>
            <h3>{t('judgmentsHeading')}</h3>
            <ul>
              {judgments.map((judgment) => (
                <li key={judgment.id} style={{ overflowWrap: 'anywhere' }}>
                  {t('judgmentRow', { period: periodName({ months: judgment.periodMonths })[locale], status: TASK_JUDGMENT_LABELS[judgment.status][locale], by: judgment.reviewer.displayName, at: when(judgment.createdAt), reason: judgment.reason })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {task.withdrawal ? null : (
        <section className="view-section" aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('editHeading')}</h2>
          <KeyTaskEditForm
            task={{ id: task.id, version: task.version, wording: task.wording, leadUnitId: task.lead?.id ?? null, coUnitIds: task.co.map((unit) => unit.id), documentId: task.source?.documentId ?? null, quote: task.source?.quote ?? '' }}
            units={units}
            documents={documents}
          />
        </section>
      )}
      {task.withdrawal ? null : (
        <section className="view-section" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t('withdrawHeading')}</h2>
          <KeyTaskWithdrawForm keyTaskId={task.id} version={task.version} />
        </section>
      )}

      <section className="view-section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('historyHeading')}</h2>
        {history.length === 0 ? <p className="muted">{t('historyNone')}</p> : (
          <ol data-testid="key-task-history" reversed style={{ display: 'grid', gap: '0.5rem' }}>
            {history.map((row) => (
              <li key={row.id} style={{ overflowWrap: 'anywhere' }}>
                {t('historyRow', { at: when(row.at), actor: auditActorLabel(row.actor, row.actorLabel, locale), action: auditActionLabel(row.action, locale) })}
                <ul className="small">
                  {historyChanges(row.action, row.before, row.after, unitNames).map((change) => (
                    <li key={change.field} lang="zh-CN">{t('changeRow', { field: t(`field_${change.field}`), before: change.before ?? t('valueNone'), after: change.after ?? t('valueNone') })}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
