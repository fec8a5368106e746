// Scores the extractor against a hand-labelled corpus (lib/extraction/corpus/<half>/:
// <id>.txt + <id>.json). Pure: the caller reads the files and passes them, so the same
// function serves `npm run extract:eval` and the tests. A proposal counts as correct when
// a label has the same indicator, year, measure, value (a reduction's as a signed change)
// and unit (none for a wording without a figure), one label per proposal;
// a proposal matching no label is a false positive. Qualifier accuracy is measured on the
// targets that matched.
import type { ExtractionResult, ExtractOptions } from './types';

export const SHAPES = ['work_report', 'news_article', 'plan_execution', 'bulletin', 'pdf_copy', 'no_punctuation', 'traditional', 'web_page'] as const;
export type Shape = (typeof SHAPES)[number];

type LabelledFigure = { indicatorKey: string; year: number; measure: string; value: string | null; unit: string | null; quote: string };
export type TargetLabel = LabelledFigure & { qualifier: string; valueHigh: string | null };
export type OutcomeLabel = LabelledFigure & { value: string; vintage: string; approximate: boolean };
/**
 * yearGiven: the text names no year anywhere (a deputies' discussion, an interview dated only "1月15日"); the
 * extractor must flag it, never guess, and it is scored as pasted with the year given — the paste screen always asks for it.
 */
export type CorpusLabel = { shape: Shape; reportYear: number; district: string; targets: TargetLabel[]; outcomes: OutcomeLabel[]; notes?: string; yearGiven?: true };
export type CorpusDocument = { id: string; text: string; label: CorpusLabel };

export type Score = {
  expected: number;
  proposed: number;
  correct: number;
  /** Matched targets whose qualifier is also right (outcomes have none). */
  qualifiersRight: number;
  qualifiersChecked: number;
};

export type CorpusEvaluation = {
  byShape: Map<Shape, Score & { documents: number }>;
  total: Score & { documents: number };
  /** Human-readable lines for every miss and false positive, "<id> missed|extra: …". */
  problems: string[];
  /** Documents whose label quotes are not verbatim substrings of the text (a labelling error). */
  badLabels: string[];
  results: Map<string, ExtractionResult>;
};

export type Extract = (text: string, options: Pick<ExtractOptions, 'reportYear' | 'district'>) => ExtractionResult;

export function evaluateCorpus(documents: readonly CorpusDocument[], extract: Extract): CorpusEvaluation {
  const byShape = new Map<Shape, Score & { documents: number }>();
  const total = emptyScore();
  const problems: string[] = [];
  const badLabels: string[] = [];
  const results = new Map<string, ExtractionResult>();
  for (const document of documents) {
    const { label } = document;
    for (const item of [...label.targets, ...label.outcomes]) {
      if (!document.text.includes(item.quote)) badLabels.push(`${document.id}: ${item.quote}`);
    }
    // A standard document needs no hints: the year and district come from the text (the year is given
    // only for a text that names none).
    const result = extract(document.text, label.yearGiven ? { reportYear: label.reportYear } : {});
    results.set(document.id, result);
    const score = byShape.get(label.shape) ?? emptyScore();
    score.documents += 1;
    total.documents += 1;
    const add = (delta: Score) => {
      for (const target of [score, total]) {
        target.expected += delta.expected;
        target.proposed += delta.proposed;
        target.correct += delta.correct;
        target.qualifiersRight += delta.qualifiersRight;
        target.qualifiersChecked += delta.qualifiersChecked;
      }
    };
    add(match(document.id, 'target', label.targets, result.targets, problems));
    add(match(document.id, 'outcome', label.outcomes, result.outcomes, problems));
    byShape.set(label.shape, score);
  }
  return { byShape, total, problems, badLabels, results };
}

type Proposed = { indicatorKey: string; year: number; measure: string; value: string | null; unit: string | null; qualifier?: string; quote: string };

function match(id: string, kind: string, labels: readonly (TargetLabel | OutcomeLabel)[], proposals: readonly Proposed[], problems: string[]): Score {
  const used = new Set<number>();
  let correct = 0;
  let qualifiersRight = 0;
  for (const label of labels) {
    const index = proposals.findIndex((proposal, at) => !used.has(at) && same(label, proposal));
    if (index < 0) {
      problems.push(`${id} missed ${kind}: ${describe(label)} «${label.quote}»`);
      continue;
    }
    used.add(index);
    correct += 1;
    const qualifier = 'qualifier' in label ? label.qualifier : undefined;
    if (qualifier !== undefined) {
      if (proposals[index]!.qualifier === qualifier) qualifiersRight += 1;
      else problems.push(`${id} qualifier: ${describe(label)} labelled ${qualifier}, proposed ${proposals[index]!.qualifier}`);
    }
  }
  proposals.forEach((proposal, at) => {
    if (!used.has(at)) problems.push(`${id} extra ${kind}: ${describe(proposal)} «${proposal.quote}»`);
  });
  const qualifiersChecked = kind === 'target' ? correct : 0;
  return { expected: labels.length, proposed: proposals.length, correct, qualifiersRight, qualifiersChecked };
}

function same(label: LabelledFigure & { qualifier?: string }, proposal: Proposed): boolean {
  return (
    label.indicatorKey === proposal.indicatorKey &&
    label.year === proposal.year &&
    label.measure === proposal.measure &&
    sameNumber(signed(label), signed(proposal)) &&
    // A wording without a figure (与经济增长同步) has no unit to compare.
    (label.value === null || (label.unit ?? null) === (proposal.unit ?? null))
  );
}

/**
 * The change a target states, signed: "下降2.5%左右" is labelled by some as a reduction of 2.5
 * and read by the extractor as about −2.5 (lib/targets/parse-as-written.ts); both are the same
 * figure, and the qualifier check then tells the two readings apart.
 */
function signed(figure: { value: string | null; qualifier?: string }): string | null {
  return figure.qualifier === 'reduction' && figure.value !== null ? `-${figure.value.replace(/^-/, '')}` : figure.value;
}

/** "5.0" and "5" are the same figure; null only equals null. */
function sameNumber(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Number(a) === Number(b);
}

function describe(figure: Proposed | LabelledFigure): string {
  return `${figure.indicatorKey} ${figure.year} ${figure.measure} ${figure.value ?? '—'}${figure.unit ?? ''}`;
}

function emptyScore(): Score & { documents: number } {
  return { documents: 0, expected: 0, proposed: 0, correct: 0, qualifiersRight: 0, qualifiersChecked: 0 };
}

export function precision(score: Score): number {
  return score.proposed === 0 ? (score.expected === 0 ? 1 : 0) : score.correct / score.proposed;
}

export function recall(score: Score): number {
  return score.expected === 0 ? 1 : score.correct / score.expected;
}

export function qualifierAccuracy(score: Score): number {
  return score.qualifiersChecked === 0 ? 1 : score.qualifiersRight / score.qualifiersChecked;
}

/** A Markdown table, one row per shape present and a total row. */
export function formatTable(evaluation: CorpusEvaluation): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const row = (name: string, score: Score & { documents: number }) =>
    `| ${name} | ${score.documents} | ${score.correct}/${score.expected} | ${pct(recall(score))} | ${pct(precision(score))} | ${pct(qualifierAccuracy(score))} |`;
  const lines = ['| shape | texts | found/labelled | recall | precision | qualifiers right |', '|---|---|---|---|---|---|'];
  for (const shape of SHAPES) {
    const score = evaluation.byShape.get(shape);
    if (score) lines.push(row(shape, score));
  }
  lines.push(row('**all**', evaluation.total));
  return lines.join('\n');
}
