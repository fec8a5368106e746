// Deterministic, offline extraction of target and outcome proposals from the text of
// a district government work report (政府工作报告). Pure: text in, plain data out.
import { extractOutcomes } from './extract-outcomes';
import { extractTargets } from './extract-targets';
import { reportYearUnknownFlag } from './flags';
import { prepareText } from './prepare-text';
import { findSections } from './sections';
import type { ExtractOptions, ExtractionResult } from './types';

export function extractProposals(text: string, options: ExtractOptions = {}): ExtractionResult {
  const prepared = prepareText(text);
  const sections = findSections(prepared.text, options.reportYear);
  const reportYear = sections.reportYear;
  // Without a year no proposal could be filed correctly; say so rather than guess.
  if (reportYear === null) return { reportYear, targets: [], outcomes: [], flags: [reportYearUnknownFlag()] };

  const outcomes = extractOutcomes(prepared, sections.review, reportYear - 1);
  const targets = extractTargets(prepared, sections, reportYear);
  return {
    reportYear,
    targets: targets.targets,
    outcomes: outcomes.outcomes,
    flags: [...outcomes.flags, ...targets.flags].sort((a, b) => a.start - b.start),
  };
}

export type { ExtractionResult, ExtractOptions, ExtractionFlag, OutcomeProposal, TargetProposal } from './types';
