import Link from 'next/link';
import { auditActionLabel, auditActorLabel, auditEntityText } from '@/lib/audit/labels';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReviewStateTag } from '@/components/views/review-state';
import { VerdictBadge } from '@/components/views/verdict-badge';
import { gapText, toleranceText } from '@/components/views/verdict-text';
import { can } from '@/lib/auth/district-scope';
import { requireReader } from '@/lib/auth/read-access';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { finalStatus } from '@/lib/verdict/final-status';
import { verdictLabel } from '@/lib/verdict/labels';
import { isVerdictCode } from '@/lib/views/overview';
import { formatDateTime, formatDecimal, formatUnit } from '@/lib/views/format';
import { parseId } from '@/lib/views/params';
import { fastTranslate } from '@/lib/views/translate';
import { getTargetPage } from '@/lib/views/target-page';
import { getTargetUnits } from '@/lib/responsible-units/data';
import '@/components/views/views.css';
import { TableRegion } from '@/components/views/table-region';
import { InYearProgress } from '@/components/views/in-year-progress';
import { getInYearProgress } from '@/lib/periods/data';

export const dynamic = 'force-dynamic';

export default async function TargetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const user = await requireReader(`/targets/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const [t, tu, tw, tp, locale, page, units, inYear] = await Promise.all([
    getTranslations('views').then(fastTranslate), getTranslations('units').then(fastTranslate), getTranslations('workflow.outcome').then(fastTranslate), getTranslations('periods').then(fastTranslate),
    getLocale().then(toLocale), getTargetPage(id), getTargetUnits(id), getInYearProgress(id),
  ]);
  if (!page) notFound();
  const { target, excerpt } = page;
  const { verdict } = target;
  const status = finalStatus(verdict);
  const tolerance = toleranceText(t, locale, verdict.tolerance, { qualifier: target.qualifier, higherIsBetter: target.indicator.higherIsBetter });
  const indicator = pick(locale, target.indicator.nameZh, target.indicator.nameEn);
  const district = pick(locale, target.district.nameZh, target.district.nameEn);
  const yesNo = (value: boolean) => t(value ? 'target.yes' : 'target.no');

  return (
    <>
      <p className="small"><Link href={`/districts/${target.district.code}?year=${target.year}`}>{district} · {target.year}</Link> · <Link href={`/indicators/${target.indicator.key}?year=${target.year}`}>{indicator}</Link></p>
      <h1>{t('target.title', { district, year: target.year, indicator })}</h1>
      <p className="lede" lang="zh-CN">{target.asWritten}</p>
      <p className="page-actions">
        {can(user, 'record:outcome', target.district.id) ? <Link className="button-link" href={`/targets/${target.id}/outcomes/new`}>{t('target.recordOutcome')}</Link> : null}
        {can(user, 'review', target.district.id) ? <Link className="button-link" href={`/targets/${target.id}/review`}>{t('target.reviewLink')}</Link> : null}
      </p>

      <section className="view-section" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{t('target.verdictHeading')}</h2>
        <div className="side-by-side">
          <div className="card" data-testid="verdict-of-record">
            <p data-testid="final-status" data-verdict={status.code}><VerdictBadge code={status.code} locale={locale} /> <span className="muted small">{t('target.decidedBy')}{locale === 'zh' ? '：' : ': '}{t(status.decidedBy === 'rules' ? 'target.decidedByRules' : 'target.decidedByReviewer')}</span></p>
            {status.staleOverride ? <p className="small" role="note">{t('target.staleOverrideNote')}</p> : null}
            <p>{verdict.explanation[locale]}</p>
            <dl className="facts">
              <dt>{t('target.computed')}</dt>
              <dd data-testid="computed-verdict"><VerdictBadge code={verdict.code} locale={locale} />{status.overridden ? <span className="small"> {t('target.overriddenMark')}</span> : null}</dd>
              {verdict.reason ? <><dt>{t('target.reason')}</dt><dd>{verdict.reason[locale]}</dd></> : null}
              <dt>{tolerance?.label ?? t('common.tolerance')}</dt><dd data-testid="tolerance">{tolerance?.text ?? '—'}</dd>
              <dt>{t('common.gap')}</dt><dd>{gapText(t, locale, verdict.gap)}</dd>
              <dt>{t('common.actual')}</dt><dd>{verdict.actual ? `${formatDecimal(locale, verdict.actual.value)} ${verdict.actual.unit}` : '—'}</dd>
              <dt>{t('target.provisionalLabel')}</dt><dd>{t(verdict.provisional ? 'target.provisionalYes' : 'target.provisionalNo')}</dd>
              <dt>{t('target.flippedLabel')}</dt><dd>{verdict.flippedByRevision ? t('target.flipped', { from: verdictLabel(verdict.flippedByRevision.from)[locale] }) : t('target.notFlipped')}</dd>
              <dt>{t('target.confirmed')}</dt><dd>{yesNo(verdict.confirmed)}</dd>
            </dl>
          </div>
          <div className="card" data-testid="verdict-override">
            <h3 className="small">{t('target.override')}</h3>
            {verdict.override ? (
              <>
                <p>{verdict.override.verdict && isVerdictCode(verdict.override.verdict) ? <VerdictBadge code={verdict.override.verdict} locale={locale} /> : null} {verdict.override.stale ? <span className="muted small">{t('target.stale')}</span> : null}</p>
                <p>{verdict.override.reason}</p>
                <p className="muted small">{verdict.override.reviewer} · {formatDateTime(locale, verdict.override.at)}</p>
              </>
            ) : <p className="muted">{t('target.noOverride')}</p>}
          </div>
        </div>
      </section>

      <section className="view-section" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('target.details')}</h2>
        <dl className="facts card">
          <dt>{t('common.target')}</dt><dd lang="zh-CN">{target.asWritten}</dd>
          <dt>{t('common.value')}</dt><dd>{formatDecimal(locale, target.value)}{target.valueHigh ? `–${formatDecimal(locale, target.valueHigh)}` : ''}{locale === 'zh' || target.unit === '%' ? '' : ' '}{formatUnit(locale, target.unit)}{locale === 'zh' ? `（${t(target.measure === 'growth' ? 'common.measureGrowth' : 'common.measureLevel')}）` : ` (${t(target.measure === 'growth' ? 'common.measureGrowth' : 'common.measureLevel')})`}</dd>
        </dl>
      </section>

      <section className="view-section" aria-labelledby="units-heading">
        <h2 id="units-heading">{tu('targetHeading')}</h2>
        <dl className="facts card" data-testid="target-units">
          <dt>{tu('lead')}</dt><dd lang="zh-CN">{units.lead ? `${units.lead.shortName}（${units.lead.name}）` : tu('unassigned')}</dd>
          <dt>{tu('co')}</dt><dd lang="zh-CN">{units.co.length ? units.co.map((unit) => unit.shortName).join('、') : '—'}</dd>
        </dl>
        {can(user, 'manage:units', target.district.id) ? <p><Link href={`/units/${target.district.code}?year=${target.year}#target-${target.id}`}>{tu('manage')}</Link></p> : null}
      </section>

      <section className="view-section" aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('target.outcomesHeading')}</h2>
        {target.outcomes.length === 0 ? <p className="card">{t('target.noOutcomes')}</p> : (
          <TableRegion labelledBy="outcomes-heading">
            <table data-testid="revisions-table">
              <thead><tr>
                <th scope="col">{t('common.vintage')}</th><th scope="col" className="num">{t('common.value')}</th><th scope="col">{t('common.unit')}</th>
                <th scope="col">{t('common.quote')}</th><th scope="col">{t('common.recordedBy')}</th><th scope="col">{t('common.recordedAt')}</th><th scope="col">{t('common.review')}</th>
              </tr></thead>
              <tbody>
                {target.outcomes.map((outcome) => (
                  <tr key={outcome.id}>
                    <th scope="row">{t('common.revision', { n: outcome.revision })} · {t(`vintage.${outcome.vintage}`)}{outcome.id === verdict.outcome?.id ? ' ★' : ''}</th>
                    <td className="num">{formatDecimal(locale, outcome.value)}</td>
                    <td>{formatUnit(locale, outcome.unit)}</td>
                    <td><a href={`/documents/${outcome.sourceDocumentId}#outcome-${outcome.id}`} lang="zh-CN">{outcome.quote}</a><div className="muted small">{outcome.sourceTitle}</div>{outcome.figureNotInQuoteReason ? <div className="small" data-testid="figure-not-in-quote">{tw('figureNotInQuoteShown', { reason: outcome.figureNotInQuoteReason })}</div> : null}{outcome.note ? <div className="small">{outcome.note}</div> : null}</td>
                    <td>{outcome.recordedBy ?? t('common.unknown')}</td>
                    <td>{formatDateTime(locale, outcome.recordedAt)}</td>
                    <td><ReviewStateTag state={outcome.reviewState} label={t(`reviewState.${outcome.reviewState}`)} />{outcome.reviewComment ? <div className="small">{outcome.reviewComment}</div> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      <InYearProgress points={inYear} locale={locale} t={tp} indicator={indicator}
        recordHref={can(user, 'record:outcome', target.district.id) ? `/targets/${target.id}/outcomes/new?period=${inYear.at(-1)?.periodMonths ?? 6}` : null}
        reviewLabel={(state) => t(`reviewState.${state}`)} />

      <section className="view-section" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t('target.reviewsHeading')}</h2>
        {page.outcomeReviews.length === 0 ? <p className="card">{t('target.noReviews')}</p> : (
          <TableRegion labelledBy="reviews-heading"><table>
            <thead><tr><th scope="col">{t('target.at')}</th><th scope="col">{t('target.revisionColumn')}</th><th scope="col">{t('common.review')}</th><th scope="col">{t('target.comment')}</th><th scope="col">{t('target.reviewer')}</th></tr></thead>
            <tbody>{page.outcomeReviews.map((review) => (
              <tr key={review.id}>
                <td>{formatDateTime(locale, review.at)}</td>
                <td>{t('common.revision', { n: target.outcomes.find((outcome) => outcome.id === review.outcomeId)?.revision ?? '?' })}</td>
                <td><ReviewStateTag state={review.state} label={t(`reviewState.${review.state}`)} /></td>
                <td>{review.comment}</td><td>{review.reviewer}</td>
              </tr>
            ))}</tbody>
          </table></TableRegion>
        )}
      </section>

      <section className="view-section" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('target.decisionsHeading')}</h2>
        {page.verdictReviews.length === 0 ? <p className="card">{t('target.noDecisions')}</p> : (
          <TableRegion labelledBy="decisions-heading"><table>
            <thead><tr><th scope="col">{t('target.at')}</th><th scope="col">{t('target.kind')}</th><th scope="col">{t('common.verdict')}</th><th scope="col">{t('target.comment')}</th><th scope="col">{t('target.reviewer')}</th></tr></thead>
            <tbody>{page.verdictReviews.map((review) => (
              <tr key={review.id}>
                <td>{formatDateTime(locale, review.at)}</td>
                <td>{t(`target.kinds.${review.kind}`)}</td>
                <td>{review.verdict && isVerdictCode(review.verdict) ? <VerdictBadge code={review.verdict} locale={locale} /> : '—'}</td>
                <td>{review.reason}</td><td>{review.reviewer}</td>
              </tr>
            ))}</tbody>
          </table></TableRegion>
        )}
      </section>

      <section className="view-section" aria-labelledby="excerpt-heading">
        <h2 id="excerpt-heading">{t('target.excerptHeading')}</h2>
        {excerpt ? (
          <>
            <blockquote className="excerpt" lang="zh-CN" data-testid="excerpt">…{excerpt.before}<mark className="quote">{excerpt.quote}</mark>{excerpt.after}…</blockquote>
            <p className="small">{excerpt.title} · <Link href={`/documents/${excerpt.documentId}#target-${target.id}`}>{t('target.openDocument')}</Link></p>
          </>
        ) : null}
      </section>

      <section className="view-section" aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t('target.auditHeading')}</h2>
        {page.audit.length === 0 ? <p className="card">{t('target.noAudit')}</p> : (
          <TableRegion labelledBy="audit-heading"><table data-testid="audit-table">
            <thead><tr><th scope="col">{t('target.at')}</th><th scope="col">{t('target.actor')}</th><th scope="col">{t('target.action')}</th><th scope="col">{t('target.entity')}</th></tr></thead>
            <tbody>{page.audit.map((row) => (
              <tr key={row.id}><td>{formatDateTime(locale, row.at)}</td><td>{auditActorLabel(row.actor, row.actorLabel, locale)}</td><td>{auditActionLabel(row.action, locale)}</td><td>{auditEntityText(row, row.entityName, locale)}</td></tr>
            ))}</tbody>
          </table></TableRegion>
        )}
      </section>
    </>
  );
}
