import type { Locale } from '@/lib/i18n/locale';
import { roundBriefing } from '@/lib/round-outputs/data';
import { outputText } from '@/lib/round-outputs/text';
import type { RoundSummary } from '@/lib/rounds/summary';

/**
 * The round page's 督查通报: the summary sentence generated from the round's pace
 * verdicts, the 推进情况汇总表 downloads (Word, Excel) and the 通报 as a document of
 * its own (Word, A4 portrait), which offices circulate apart. The page has authorized
 * the visitor already; the download routes check again on their own.
 */
export async function RoundBriefing({ round, locale }: { round: RoundSummary; locale: Locale }) {
  const text = outputText(locale);
  const briefing = await roundBriefing(round, locale);
  const href = (format: 'docx' | 'xlsx') => `/rounds/${round.round.id}/summary.${format}?lang=${locale}`;
  return (
    <section className="view-section" aria-labelledby="round-briefing-heading" data-testid="round-briefing">
      <h2 id="round-briefing-heading">{text.briefingHeading}</h2>
      <p>{briefing}</p>
      <p>
        {text.downloads}
        <a href={href('docx')} download>{text.downloadDocx}</a>
        {' · '}
        <a href={href('xlsx')} download>{text.downloadXlsx}</a>
      </p>
      <p>
        {text.briefingDoc.download}
        <a href={`/rounds/${round.round.id}/briefing.docx?lang=${locale}`} download>{text.briefingDoc.downloadDocx}</a>
      </p>
    </section>
  );
}
