// The 督查通报 as its own document, in words: what offices circulate apart from the
// 汇总表. A title ("关于《XX区2025年政府工作报告》目标任务上半年推进情况的通报"), the issuing
// office and the date, then 一、总体情况 (the briefing sentence, briefing.ts), 二、the items
// behind pace (targets 未达到序时进度, key tasks 滞后, anything 逾期未报送) with their units and figures, and 三、the
// units' 考评 ranking when the round has one. Pure; briefing-docx.ts lays it out.
import { beijingDate, fillTemplate } from '@/lib/export/columns';
import type { Locale } from '@/lib/i18n/locale';
import type { PaceCode } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import { briefingText } from './briefing';
import { outputText } from './text';
import type { RoundSummary } from './types';
import { isOverdueUnreported, itemWords, progressWords, unitsWords, unreportedWords } from './words';

export type BriefingSection = { heading: string; paragraphs: string[] };
export type BriefingDocument = { title: string; issuerLine: string; dateLine: string; sections: BriefingSection[] };

export type BriefingOptions = {
  /** The issuing office; the district's government office unless the caller names another (a 督查室, say). */
  issuer?: string;
};

/** Targets behind the pace of the year and key tasks the reviewer judged 滞后. */
const BEHIND: ReadonlySet<PaceCode> = new Set(['behind_pace', 'lagging']);

export function briefingDocument(summary: RoundSummary, locale: Locale, options: BriefingOptions = {}): BriefingDocument {
  const text = outputText(locale);
  const words = text.briefingDoc;
  const district = locale === 'en' ? summary.district.nameEn : summary.district.nameZh;
  const period = summary.round.period;
  // An item past its due date with nothing reported is as much a concern as one behind pace:
  // it is listed here (推进情况：逾期N天未报送), so the section never says "none" over it.
  const behind = summary.items.filter((item) => BEHIND.has(item.pace.code) || isOverdueUnreported(item));
  const sections: BriefingSection[] = [
    { heading: words.overview, paragraphs: [briefingText(summary, locale)] },
    {
      heading: words.behind,
      paragraphs: behind.length === 0 ? [words.noneBehind] : behind.map((item, index) => {
        // The template closes the sentence: a narrative's own full stop would double it.
        const progress = (progressWords(item.progress, period, locale, text) ?? unreportedWords(item, text)).trim().replace(/[。；;.，,]+$/u, '');
        const source = item.progress?.source ? (locale === 'en' ? ` (${item.progress.source})` : `（${item.progress.source}）`) : '';
        return fillTemplate(words.behindItem, { seq: index + 1, item: itemWords(item, locale), units: unitsWords(item, text), progress: `${progress}${source}` });
      }),
    },
  ];
  const ranking = summary.ranking ?? [];
  if (ranking.length > 0) {
    const lines = ranking.map((unit) => fillTemplate(words.rankingItem, { rank: unit.rank, unit: unit.shortName, items: unit.items, onTime: unit.onTime, onPace: unit.onPace }));
    sections.push({ heading: words.ranking, paragraphs: [words.rankingLead + lines.join(words.rankingSeparator) + words.rankingEnd] });
  }
  return {
    title: fillTemplate(words.title, { district, year: summary.round.year, period: periodName(period)[locale] }),
    issuerLine: fillTemplate(words.issuer, { issuer: options.issuer ?? fillTemplate(words.defaultIssuer, { district }) }),
    dateLine: fillTemplate(words.date, { date: beijingDate(summary.generatedAt, locale) }),
    sections,
  };
}
