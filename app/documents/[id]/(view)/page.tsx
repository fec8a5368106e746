import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { QuotedText } from '@/components/views/quoted-text';
import { requireReader } from '@/lib/auth/read-access';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { getDocumentPage, type QuotedFigure } from '@/lib/views/document-page';
import { formatDate, formatDecimal } from '@/lib/views/format';
import { parseId } from '@/lib/views/params';
import '@/components/views/views.css';
import { TableRegion } from '@/components/views/table-region';

export const dynamic = 'force-dynamic';

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireReader(`/documents/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const [t, locale, document] = await Promise.all([getTranslations('views'), getLocale().then(toLocale), getDocumentPage(id)]);
  if (!document) notFound();
  const summary = (figure: QuotedFigure) => {
    const name = pick(locale, figure.indicatorZh, figure.indicatorEn);
    if (figure.kind === 'target') return `${name}: ${figure.asWritten}`;
    if (figure.kind === 'outcome') return `${name}: ${formatDecimal(locale, figure.value)} ${figure.unit}`;
    return `${name}: ${figure.note}`;
  };

  return (
    <>
      <p className="small"><Link href={`/districts/${document.district.code}?year=${document.year}`}>{pick(locale, document.district.nameZh, document.district.nameEn)}</Link></p>
      <h1 lang="zh-CN">{document.title}</h1>
      <dl className="facts card">
        <dt>{t('document.kind')}</dt><dd>{t(`document.kinds.${document.kind}`)}</dd>
        <dt>{t('common.year')}</dt><dd>{document.year}</dd>
        <dt>{t('document.published')}</dt><dd>{formatDate(locale, document.publishedOn)}</dd>
        {/* Only http(s) becomes a link: a javascript: URL stored by any path stays text. */}
        {document.url ? <><dt>{t('document.link')}</dt><dd>{/^https?:\/\//i.test(document.url) ? <a href={document.url} rel="noreferrer noopener">{document.url}</a> : document.url}</dd></> : null}
      </dl>

      <section className="view-section" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('document.figuresHeading')}</h2>
        {document.figures.length === 0 ? <p className="card">{t('document.noFigures')}</p> : (
          <TableRegion labelledBy="figures-heading">
            <table data-testid="figures-table">
              <thead><tr><th scope="col">{t('document.kind')}</th><th scope="col">{t('common.year')}</th><th scope="col">{t('common.indicator')}</th><th scope="col">{t('common.quote')}</th></tr></thead>
              <tbody>
                {document.figures.map((figure) => (
                  <tr key={`${figure.kind}-${figure.id}`}>
                    <td>{t(`document.figureKind.${figure.kind}`)}</td>
                    <td>{figure.year}</td>
                    <th scope="row">{figure.kind === 'target' ? <Link href={`/targets/${figure.id}`}>{summary(figure)}</Link> : summary(figure)}</th>
                    <td><a href={`#${figure.kind}-${figure.id}`} aria-label={t('common.viewQuoteOf', { name: summary(figure) })}>{t('common.viewQuote')}</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      <section className="view-section" aria-labelledby="text-heading">
        <h2 id="text-heading">{t('document.textHeading')}</h2>
        <p className="muted small">{t('document.legend')}</p>
        <QuotedText text={document.fullText} figures={document.figures} districtCode={document.district.code} />
      </section>
    </>
  );
}
