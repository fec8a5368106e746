import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HighlightedText } from '@/components/ingest/highlighted-text';
import { InYearNote } from '@/components/ingest/in-year-note';
import { ProposalCard } from '@/components/ingest/proposal-card';
import { SettlementNote } from '@/components/ingest/settlement-note';
import { TargetConflict } from '@/components/ingest/target-conflict';
import { UnknownIndicatorCard } from '@/components/ingest/unknown-indicator-card';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { requireInScope } from '@/lib/auth/require-in-scope';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { periodLabel } from '@/lib/periods/choices';
import { formatQuantity } from '@/lib/views/format';
import { findDocumentDistrictId, getIngestReview, tooLongToExtractById } from '@/lib/ingest/data';
import { parseId } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

export default async function ExtractPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ existing?: string }> }) {
  const { id: raw } = await params;
  const user = await requirePageUser(`/documents/${raw}/extract`, rolesWith('record:outcome'));
  const id = parseId(raw);
  // Another district's document: 403 (its public page stays open to the user); none: 404.
  if (id === null) notFound();
  requireInScope(user, 'record:outcome', await findDocumentDistrictId(id));
  if (await tooLongToExtractById(id)) {
    const [t, te] = await Promise.all([getTranslations('ingest.review'), getTranslations('ingest.errors')]);
    return (
      <>
        <p className="muted"><Link href={`/documents/${id}`}>{t('backToDocument')}</Link></p>
        <h1>{t('title')}</h1>
        <p className="card" role="status" data-testid="too-long-to-extract">{te('text_too_long')}</p>
      </>
    );
  }
  const review = await getIngestReview(user, id);
  if (!review) notFound();
  const [t, tn, locale, { existing }] = await Promise.all([getTranslations('ingest.review'), getTranslations('ingest.new'), getLocale().then(toLocale), searchParams]);
  const { document, items, unknownItems, flags, indicators, settlements, paceSettlements, canMapIndicators } = review;
  const name = (key: string | null) => {
    const indicator = key ? indicators.get(key) : undefined;
    return indicator ? pick(locale, indicator.nameZh, indicator.nameEn) : (key ?? '—');
  };
  const settlementView = (key: string, year: number) => {
    const found = settlements.get(key);
    return found ? { targetId: found.targetId, year, asWritten: found.asWritten, code: found.verdict.code, explanation: found.verdict.explanation[locale], hypothetical: found.hypothetical } : null;
  };
  const paceView = (item: Extract<(typeof items)[number], { kind: 'in_year' }>) => {
    if (!item.settles) return null;
    const found = paceSettlements.get(item.key);
    return { targetId: item.settles.id, asWritten: item.settles.asWritten, pace: found ? { code: found.verdict.code, explanation: found.verdict.explanation[locale], hypothetical: found.hypothetical } : null };
  };
  const spans = [
    ...items.map((item, index) => ({ start: item.proposal.start, end: item.proposal.end, index, kind: item.kind })),
    ...flags.map((flag, index) => ({ start: flag.start, end: flag.end, index, kind: 'flag' as const })),
  ];
  return (
    <>
      <p className="muted"><Link href={`/documents/${document.id}`}>{t('backToDocument')}</Link></p>
      <h1>{t('title')}</h1>
      {existing ? <p role="status" className="card" data-testid="existing-document">{tn('existing')}</p> : null}
      <p className="lede">{t('intro')}</p>
      <dl className="facts-list">
        <dt>{t('document')}</dt><dd data-testid="document-title">{document.title}</dd>
        <dt>{t('district')}</dt><dd>{pick(locale, document.district.nameZh, document.district.nameEn)}</dd>
        <dt>{t('reportYear')}</dt><dd>{document.year}</dd>
      </dl>
      <h2>{t('proposals', { count: items.length })}</h2>
      {items.length === 0 ? <p>{t('none')}</p> : (
        <ol className="proposals">
          {items.map((item, index) => (
            <ProposalCard
              key={item.key}
              documentId={document.id}
              item={item}
              index={index}
              indicatorName={name(item.proposal.indicatorKey)}
              recordHref={item.status === 'recorded' && item.kind === 'target' && item.recordId ? `/targets/${item.recordId}` : null}
              periodLabel={item.kind === 'in_year' ? periodLabel(item.proposal.periodMonths)[locale] : undefined}
            >
              {item.kind === 'in_year' ? (
                <InYearNote
                  settlement={paceView(item)} year={item.proposal.year} period={periodLabel(item.proposal.periodMonths)[locale]} measure={item.proposal.measure} locale={locale}
                  stored={item.status === 'conflict' && item.stored ? {
                    revision: item.stored.revision, figure: formatQuantity(locale, item.stored.value, item.stored.unit),
                    documentId: item.stored.source.documentId, documentTitle: item.stored.source.title, quote: item.stored.source.quote,
                  } : null}
                />
              ) : item.kind === 'outcome' ? (
                <SettlementNote settlement={settlementView(item.key, item.proposal.year)} year={item.proposal.year} measure={item.proposal.measure} locale={locale} />
              ) : item.kind === 'target' && item.stored && (item.status === 'conflict' || item.status === 'kept') ? (
                <TargetConflict
                  documentId={document.id} proposalKey={item.key} targetId={item.stored.id} version={item.stored.version} kept={item.status === 'kept'}
                  stored={{ asWritten: item.stored.asWritten, quote: item.stored.source.quote, documentId: item.stored.source.documentId, documentTitle: item.stored.source.title }}
                  proposed={{ asWritten: item.proposal.asWritten, quote: item.proposal.quote, documentId: document.id, documentTitle: document.title }}
                />
              ) : null}
            </ProposalCard>
          ))}
        </ol>
      )}
      {unknownItems.length ? (
        <>
          <h2>{t('unknown.heading', { count: unknownItems.length })}</h2>
          <p className="muted">{t('unknown.intro')}</p>
          <ol className="proposals">
            {unknownItems.map((item, index) => (
              <UnknownIndicatorCard
                key={item.key} documentId={document.id} item={item} index={index} canMap={canMapIndicators}
                indicators={[...indicators.values()].map((indicator) => ({ id: indicator.id, name: pick(locale, indicator.nameZh, indicator.nameEn) }))}
              />
            ))}
          </ol>
        </>
      ) : null}
      {flags.length ? (
        <>
          <h2>{t('flags', { count: flags.length })}</h2>
          <p className="muted">{t('flagsIntro')}</p>
          <ul data-testid="flags">
            {/* A skipped part-year figure shows no year: the review year the extractor assumes is no guide to it. */}
            {flags.map((flag, index) => (
              <li key={`${flag.start}-${index}`}>
                <a href={`#flag-${index}`}>{t(`flagCodes.${flag.code}`)}</a>{flag.indicatorKey ? ` · ${name(flag.indicatorKey)}` : ''}{flag.year && !flag.inYearSkip ? ` · ${flag.year}` : ''}{locale === 'zh' ? '：' : ': '}「{flag.quote}」
                {flag.inYearSkip ? <span className="muted" data-testid="in-year-skip" data-reason={flag.inYearSkip}>{' '}{t(`inYear.skip.${flag.inYearSkip}`, { period: flag.period?.trim() ?? '' })}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('text')}</h2>
      <HighlightedText text={document.fullText} spans={spans} />
    </>
  );
}
