// The 推进情况汇总表 of a round as rows of words, in one language: what the XLSX and
// the DOCX writers lay out (they differ only in layout). Groups follow the published
// tables: 一、经济社会发展主要预期目标 (targets), then 二、重点工作 (key tasks), each
// numbered from 1; a group with no items is left out.
import { beijingDate, fillTemplate } from '@/lib/export/columns';
import type { Locale } from '@/lib/i18n/locale';
import type { PaceCode } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import { outputText } from './text';
import type { RoundItemGroup, RoundSummary } from './types';
import { progressCell, unitsWords } from './words';

export type SummaryRow = { seq: number; item: string; units: string; progress: string; pace: string; paceCode: PaceCode };
export type SummaryGroup = { group: RoundItemGroup; heading: string; rows: SummaryRow[] };

export type SummaryTable = {
  title: string;
  issuerLine: string;
  dateLine: string;
  headings: [string, string, string, string, string];
  groups: SummaryGroup[];
  /** Shown instead of the groups when the round has no items. */
  emptyLine: string;
  /** Ends a cell cut at the spreadsheet's limit. */
  cellCut: string;
  sheetName: string;
};

const GROUPS: readonly RoundItemGroup[] = ['target', 'task'];

export type SummaryOptions = {
  /** 填报单位: who files the table; the district itself unless the caller names an office. */
  issuer?: string;
};

export function summaryTable(summary: RoundSummary, locale: Locale, options: SummaryOptions = {}): SummaryTable {
  const text = outputText(locale);
  const period = periodName(summary.round.period)[locale];
  const district = locale === 'en' ? summary.district.nameEn : summary.district.nameZh;
  const groups = GROUPS.map((group) => ({
    group,
    heading: text.groups[group],
    rows: summary.items.filter((item) => item.group === group).map((item, index) => ({
      seq: index + 1,
      item: item.withdrawn ? fillTemplate(text.withdrawn, { item: item.asWritten.trim() }) : item.asWritten.trim(),
      units: unitsWords(item, text),
      progress: progressCell(item, summary.round.period, locale, text),
      pace: item.pace.label[locale],
      paceCode: item.pace.code,
    })),
  })).filter((group) => group.rows.length > 0);
  return {
    title: fillTemplate(text.title, { district, year: summary.round.year, period }),
    issuerLine: fillTemplate(text.issuer, { issuer: options.issuer ?? district }),
    dateLine: fillTemplate(text.date, { date: beijingDate(summary.generatedAt, locale) }),
    headings: [text.headings.seq, text.headings.item, text.headings.units, fillTemplate(text.headings.progress, { period }), text.headings.pace],
    groups,
    emptyLine: text.noItems,
    cellCut: text.cellCut,
    sheetName: text.sheetName,
  };
}

