// Targets for the report year: the 主要预期目标 paragraph(s) first (headline targets,
// including wordings such as "促稳提质"), then catalogue figures elsewhere in the plan
// when their clause opens like a headline ("确保全区粮食种植面积稳定在90万亩左右"),
// never a sub-item's ("“1+2”主导产业实现规模工业增加值59.18亿元").
import { scoreConfidence } from './confidence';
import { garbledFlag } from './flags';
import { isRelativeWording, measureOf, pairValues, qualifierOf } from './interpret';
import { spansRemovedText, toOriginal, type PreparedText } from './prepare-text';
import { clauseRest, isLeadIn, leadInStart, scanFigures, type Reading } from './scan-figures';
import type { Range, Sections } from './sections';
import type { ExtractionFlag, TargetProposal } from './types';

const MAX_WORDING = 20;

export function extractTargets(prepared: PreparedText, sections: Sections, year: number): { targets: TargetProposal[]; flags: ExtractionFlag[] } {
  const targets: TargetProposal[] = [];
  const flags: ExtractionFlag[] = [];
  const seen = new Set<string>();
  const add = (proposal: TargetProposal) => {
    const key = `${proposal.indicatorKey}|${proposal.measure}`;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(proposal);
  };

  for (const block of sections.mainBlocks) {
    for (const reading of scanFigures(prepared.text, block)) {
      readTarget(prepared, reading, block, true, year, add, flags);
    }
  }
  if (sections.plan) {
    const inBlock = (at: number) => sections.mainBlocks.some((block) => at >= block.start && at < block.end);
    for (const reading of scanFigures(prepared.text, sections.plan)) {
      if (inBlock(reading.start) || !isLeadIn(reading.prefix)) continue;
      readTarget(prepared, reading, sections.plan, false, year, add, flags);
    }
  }
  return { targets: targets.sort((a, b) => a.start - b.start), flags };
}

function readTarget(
  prepared: PreparedText,
  reading: Reading,
  range: Range,
  headline: boolean,
  year: number,
  add: (proposal: TargetProposal) => void,
  flags: ExtractionFlag[],
): void {
  const { text } = prepared;
  const { result } = reading;
  if (result.kind === 'garbled') {
    flags.push(garbledFlag(prepared, reading, year, result.verb));
    return;
  }
  if (result.kind === 'none') {
    // Only the headline paragraph states targets in words; elsewhere words are plans, not targets.
    if (!headline) return;
    const wording = clauseRest(text, reading.mentionEnd, range.end);
    const asWritten = wording.text.trim();
    if (asWritten === '' || /\d/.test(asWritten) || asWritten.length > MAX_WORDING) return;
    const relative = isRelativeWording(asWritten);
    for (const key of reading.keys) {
      add({
        indicatorKey: key,
        year,
        measure: 'growth',
        qualifier: relative ? 'relative' : 'qualitative',
        value: null,
        valueHigh: null,
        // A relative target compares growth rates: in % against GDP growth, as parse-as-written has it.
        unit: relative ? '%' : null,
        asWritten,
        relativeToIndicatorKey: relative ? 'gdp' : null,
        ...toOriginal(prepared, reading.start, wording.end),
        confidence: score(prepared, reading, wording.end, headline, { wording: true, series: false }),
      });
    }
    return;
  }
  if (result.yearAverage) return;
  const pairs = pairValues(reading.keys, result.values);
  if (!pairs) return;
  const series = pairs.length > 1;
  for (const [key, value] of pairs) {
    const measure = measureOf(key, result.verb, value.unit);
    if (!measure) continue;
    const read = qualifierOf(result, value);
    if (!read) continue;
    add({
      indicatorKey: key,
      year,
      measure,
      qualifier: read.qualifier,
      value: read.value,
      valueHigh: value.valueHigh,
      unit: value.unit,
      asWritten: text.slice(series || result.values.length > 1 ? value.start : result.wordingStart, value.end),
      relativeToIndicatorKey: null,
      // The headline paragraph quotes from the name; elsewhere the lead-in reads with it ("确保全区…").
      ...toOriginal(prepared, headline ? reading.start : leadInStart(reading), result.end),
      confidence: score(prepared, reading, result.end, headline, { wording: false, series }),
    });
  }
}

function score(prepared: PreparedText, reading: Reading, end: number, headline: boolean, extra: { wording: boolean; series: boolean }): number {
  return scoreConfidence({
    kind: 'target',
    headline,
    ...extra,
    continuation: false,
    joinedAcrossArtefact: spansRemovedText(prepared, reading.start, end),
    runTogether: reading.runTogether,
    bound: false,
  });
}
