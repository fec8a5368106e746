// Round 19 (rules19a): a plan report's indicator table as a mobile page renders it, one card an indicator: the name on a line
// of its own (maybe under a bullet), then one line a column, its year and its word before a colon:
//   ▍城镇新增就业
//   2024年计划:4000人
//   2024年完成:4012人
//   2025年目标:4000人
// No header names the columns (./read-labelled-rows.ts needs one) and no cell stands on the name's line (./read-tables.ts):
// each line says what it is. The report year's 目标/预期/计划 line is the target; last year's 完成/预计/实际 line the outcome;
// last year's 计划 line nothing. The prose wins where it states the same figure (extract-proposals.ts).
import type { Vintage } from '@/lib/domain/types';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { scoreConfidence } from './confidence';
import { HANDED_DOWN_WORDING, wordingMeasure } from './extract-targets';
import { isRelativeWording, measureOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { OutcomeProposal, TargetProposal } from './types';

// The name's line: a bullet or a bar ("▍", "■", "●") at most, then the name alone.
const NAME_LINE_BULLET = /^[ \t]*(?:[▍▌▎▏▶►●•·■◆★▪\u2580-\u259f\u25a0-\u25ff]|[\ud83c-\ud83e][\udc00-\udfff])*[ \t]*/;
const KEY_VALUE = /^[ \t]*((?:19|20)\d{2}) ?年度?(计划|目标|预期目标|预期|完成|预计完成|预计|实际完成|实际)[ \t]*[:：][ \t]*(\S[^\n]*?)[ \t]*$/;
const PLANNED = /^(?:计划|目标|预期目标|预期)$/;
const DONE = /^(?:完成|预计完成|预计|实际完成|实际)$/;
const NAME_LINE_MAX = 30;

type Line = { start: number; end: number };

export function readCardRows(prepared: PreparedText, context: ReadingContext, reportYear: number, vintage: Vintage): { outcomes: OutcomeProposal[]; targets: TargetProposal[] } {
  const { text } = prepared;
  const outcomes: OutcomeProposal[] = [];
  const targets: TargetProposal[] = [];
  if (!/年度?(?:目标|预期|计划|完成|预计)[ \t]*[:：]/.test(text)) return { outcomes, targets };
  const lines: Line[] = [...text.matchAll(/[^\n]+/g)].filter((match) => match[0].trim() !== '').map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const key = cardName(lines[i]!);
    if (!key) continue;
    const card: { outcomes: OutcomeProposal[]; targets: TargetProposal[] } = { outcomes: [], targets: [] };
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const row = KEY_VALUE.exec(text.slice(lines[j]!.start, lines[j]!.end));
      if (!row) break;
      const year = Number(row[1]);
      const cell = row[3]!;
      const quote = toOriginal(prepared, lines[j]!.start + row[0].length - row[0].trimStart().length, lines[j]!.end);
      if (year === reportYear && PLANNED.test(row[2]!)) {
        const target = readTarget(key, cell);
        if (target) card.targets.push({ ...target, indicatorKey: key, year, ...quote, confidence: confidence('target') });
      } else if (year === reportYear - 1 && DONE.test(row[2]!)) {
        const outcome = readOutcome(key, cell);
        if (outcome) card.outcomes.push({ ...outcome, indicatorKey: key, year, vintage, ...quote, confidence: confidence('outcome') });
      }
    }
    // A card holds two column lines at least; a lone "2025年目标:…" under a heading is prose, read as such.
    if (j - i >= 3) {
      outcomes.push(...card.outcomes);
      targets.push(...card.targets);
    }
    i = j - 1;
  }
  return { outcomes, targets };

  /** The one indicator a line names, alone after its bullet. */
  function cardName(line: Line): string | null {
    if (line.end - line.start > NAME_LINE_MAX) return null;
    const bullet = NAME_LINE_BULLET.exec(text.slice(line.start, line.end))![0];
    const mentions = context.catalogue.findMentions(text, line.start + bullet.length, line.end);
    const mention = mentions[0];
    if (!mention || mentions.length !== 1 || mention.keys.length !== 1 || mention.start !== line.start + bullet.length) return null;
    return text.slice(mention.end, line.end).trim() === '' ? mention.keys[0]! : null;
  }

  function readTarget(key: string, cell: string): Omit<TargetProposal, 'indicatorKey' | 'year' | 'quote' | 'start' | 'end' | 'confidence'> | null {
    if (!/\d/.test(cell)) {
      if (isRelativeWording(cell)) return { measure: 'growth', qualifier: 'relative', value: null, valueHigh: null, unit: '%', asWritten: cell, relativeToIndicatorKey: 'gdp' };
      if (HANDED_DOWN_WORDING.test(cell)) return { measure: wordingMeasure(context, key, cell), qualifier: 'qualitative', value: null, valueHigh: null, unit: null, asWritten: cell, relativeToIndicatorKey: null };
      return null;
    }
    const parsed = parseAsWritten(cell);
    if (!parsed.ok || parsed.target.value === null || parsed.target.unit === null) return null;
    const { target } = parsed;
    const measure = measureOf(context.catalogue, key, target.measure === 'growth' ? 'growth' : null, target.unit!);
    if (!measure) return null;
    return { measure, qualifier: target.qualifier, value: target.value, valueHigh: target.valueHigh, unit: target.unit!, asWritten: cell, relativeToIndicatorKey: null };
  }

  function readOutcome(key: string, cell: string): Pick<OutcomeProposal, 'measure' | 'value' | 'unit'> | null {
    const parsed = parseAsWritten(cell);
    if (!parsed.ok) return null;
    const { value, unit, valueHigh, qualifier } = parsed.target;
    if (value === null || unit === null || valueHigh !== null) return null;
    const measure = measureOf(context.catalogue, key, parsed.target.measure === 'growth' ? 'growth' : null, unit);
    if (!measure) return null;
    return { measure, value: qualifier === 'reduction' && !value.startsWith('-') ? `-${value}` : value, unit };
  }
}

function confidence(kind: 'target' | 'outcome'): number {
  return scoreConfidence({ kind, headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}
