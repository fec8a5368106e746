// The extractor against the labelled corpus (lib/extraction/corpus/): the dev half the
// rules were tuned on, and the eval half, written separately from the rules and never
// tuned to. The dev half must not fall below what it reached when the rules were written.
// The eval half's goal (issue 13) is 0.95 recall and precision; it is not met yet
// (measured 2026-12-01: recall 507/619 = 81.9%, precision 92.3%), so its floors guard
// against regression at the measured level instead of claiming the goal. Raise them as
// the rules improve on NEW dev texts — never by reading the eval half's misses.
// eval2 is a second held-out half (40 texts, lib/extraction/corpus/eval2/README.md), written
// after the rules by someone who read neither the rules nor the other halves' texts. First
// measured 2026-12-01: recall 692/812 = 85.2%, precision 97.3%, qualifiers 97.7%; the goal
// (0.95 recall and precision) is not met on it either, so its floors, too, only guard
// against regression, a few points below that first measurement.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { evaluateCorpus, precision, qualifierAccuracy, recall, SHAPES, type CorpusDocument } from './corpus-evaluation';
import { readCorpusHalf } from './corpus-files';
import { extractProposals } from './extract-proposals';

// Reached on the dev half when the rules were written (100%), less a small margin.
const DEV_FLOOR = 0.97;
const EVAL_RECALL_FLOOR = 0.8;
const EVAL_PRECISION_FLOOR = 0.9;
const EVAL2_RECALL_FLOOR = 0.82;
const EVAL2_PRECISION_FLOOR = 0.94;
const EVAL2_QUALIFIER_FLOOR = 0.94;

const extract = (text: string, options: { reportYear?: number; district?: string }) => extractProposals(text, { ...options, indicators: INDICATORS });

function checkLabels(documents: readonly CorpusDocument[]) {
  for (const { id, label } of documents) {
    expect(SHAPES, id).toContain(label.shape);
    for (const target of label.targets) expect(target.year, `${id} target year`).toBe(label.reportYear);
    for (const outcome of label.outcomes) expect(outcome.year, `${id} outcome year`).toBe(label.reportYear - 1);
    for (const item of [...label.targets, ...label.outcomes]) expect(INDICATORS.map((i) => i.key), id).toContain(item.indicatorKey);
  }
}

describe('dev half', () => {
  const documents = readCorpusHalf('dev');
  const evaluation = evaluateCorpus(documents, extract);

  it('holds at least 20 texts covering every shape', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
    expect(new Set(documents.map((document) => document.label.shape))).toEqual(new Set(SHAPES));
  });

  it('has labels whose quotes are verbatim and whose years follow the conventions', () => {
    expect(evaluation.badLabels).toEqual([]);
    checkLabels(documents);
  });

  it(`keeps recall, precision and qualifier accuracy at ${DEV_FLOOR} or better`, () => {
    console.log(evaluation.problems.join('\n'));
    expect(recall(evaluation.total)).toBeGreaterThanOrEqual(DEV_FLOOR);
    expect(precision(evaluation.total)).toBeGreaterThanOrEqual(DEV_FLOOR);
    expect(qualifierAccuracy(evaluation.total)).toBeGreaterThanOrEqual(DEV_FLOOR);
  });

  it('words every target so that parse-as-written reads it back the same', () => {
    for (const document of documents) {
      for (const target of evaluation.results.get(document.id)!.targets) {
        const parsed = parseAsWritten(target.asWritten, { measureHint: target.measure });
        const read = parsed.ok ? [parsed.target.qualifier, parsed.target.value, parsed.target.valueHigh, parsed.target.unit] : parsed.code;
        const expected = target.qualifier === 'qualitative' ? ['qualitative', null, null, null] : [target.qualifier, target.value, target.valueHigh, target.unit];
        expect(read, `${document.id} ${target.asWritten}`).toEqual(expected);
      }
    }
  });

  it('reads the year, and the district where the text names it, from the text alone', () => {
    for (const { id, label } of documents) {
      const result = evaluation.results.get(id)!;
      expect(result.reportYear, id).toBe(label.reportYear);
      if (label.district !== '') expect(result.district, id).toBe(label.district);
    }
  });

  it('quotes every proposal verbatim from the original text', () => {
    for (const document of documents) {
      const result = evaluation.results.get(document.id)!;
      for (const item of [...result.targets, ...result.outcomes, ...result.flags, ...(result.unknownIndicators ?? [])]) {
        expect(document.text.slice(item.start, item.end), document.id).toBe(item.quote);
      }
    }
  });
});

const evalHalf = readCorpusHalf('eval');

describe('eval half (never tuned to)', () => {
  const evaluation = evaluateCorpus(evalHalf, extract);

  it('has labels whose quotes are verbatim', () => {
    expect(evalHalf.length).toBeGreaterThanOrEqual(29);
    expect(evaluation.badLabels).toEqual([]);
    checkLabels(evalHalf);
  });

  // The misses are not printed: whoever tunes the rules must not read them.
  it(`keeps recall at ${EVAL_RECALL_FLOOR} and precision at ${EVAL_PRECISION_FLOOR} or better (the goal is 0.95)`, () => {
    expect(recall(evaluation.total)).toBeGreaterThanOrEqual(EVAL_RECALL_FLOOR);
    expect(precision(evaluation.total)).toBeGreaterThanOrEqual(EVAL_PRECISION_FLOOR);
  });
});

const eval2Half = readCorpusHalf('eval2');

describe('eval2 half (never tuned to)', () => {
  const evaluation = evaluateCorpus(eval2Half, extract);

  it('has 40 texts, every shape, and labels whose quotes are verbatim', () => {
    expect(eval2Half.length).toBeGreaterThanOrEqual(40);
    expect(new Set(eval2Half.map((document) => document.label.shape))).toEqual(new Set(SHAPES));
    expect(evaluation.badLabels).toEqual([]);
    checkLabels(eval2Half);
  });

  // As for the eval half, the misses are not printed.
  it(`keeps recall at ${EVAL2_RECALL_FLOOR}, precision at ${EVAL2_PRECISION_FLOOR} and qualifiers at ${EVAL2_QUALIFIER_FLOOR} or better (the goal is 0.95)`, () => {
    expect(recall(evaluation.total)).toBeGreaterThanOrEqual(EVAL2_RECALL_FLOOR);
    expect(precision(evaluation.total)).toBeGreaterThanOrEqual(EVAL2_PRECISION_FLOOR);
    expect(qualifierAccuracy(evaluation.total)).toBeGreaterThanOrEqual(EVAL2_QUALIFIER_FLOOR);
  });
});
