// The extractor against the labelled corpus (lib/extraction/corpus/dev): the texts the
// rules are tuned on. It holds the texts first written for the rules (dev01–dev67), the
// 29 texts of the first eval half (wr/na/pe/bu/pdf/np/tr/wp) and the retired held-out halves,
// all written independently of the rules: eval2 (e2-*, 40 texts) and eval3 (e3-*, 40) since
// session 6, eval4 (e4-*, 48) and eval5 (e5-*, 48) since session 7, eval6 (e6-*, 48) since session 8, eval8 (e8-*, 40) since session 9, eval9 (e9-*, 40) and eval10 (e10-*, 40) since session 10, eval11 (e11-*, 40) eval12 (e12-*, 40) and eval13 (e13-*, 40) since session 11, eval14 (e14-*, 40), eval15 (e15-*, 40) and eval16 (e16-*, 40) since session 12, eval17 (e17-*, 40), eval18 (e18-*, 40) and eval19 (e19-*, 40) since session 13, eval20 (e20-*, 39), eval21 (e21-*, 40) and eval22 (e22-*, 40) since session 14, eval23 (e23-*, 38), eval24 (e24-*, 40) and eval25 (e25-*, 40) since session 15. Their misses have since been read, so they are
// tuning data now. eval2 was retired once it had been scored about five times (its last
// held-out score: 736/812 = 90.6% recall, 97.6% precision); eval3 after three scorings (last:
// 764/866 = 88.2%, precision 95.0%); eval4 after three (last: 978/1071 = 91.3%, precision
// 97.0%); eval5 after two (84.9%, 96.7%); eval6 after one (89.6%, 98.6%); eval8 after one (87.8%, 98.1%); eval9 after one (88.2%, 97.8%); eval10 after one (94.6%, 99.2%); eval11 after one (91.1%, 96.5%); eval12 after one (85.6%, 96.5%); eval13 after one (83.5%, 94.2%); eval14 after one (88.8%, 96.2%); eval15 after one (89.9%, 98.0%); eval16 after one (88.5%, 96.2%); eval17 after one (89.5%, 96.5%); eval18 after one (93.5%, 98.5%); eval19 after one (91.4%, 96.1%); eval20 after one (90.5%, 96.1%); eval21 after one (92.4%, 96.1%); eval22 after one (89.1%, 97.5%); eval23 after one (93.9%, 98.2%); eval24 after one (91.9%, 96.5%); eval25 after one (95.2%, 97.9%). The held-out scores come from corpus/eval7 and the three newest halves (eval26, eval27 and eval28, all scored on round 29's rules), written without seeing the rules. The
// dev half must not fall below what it reached when the rules were written.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { evaluateCorpus, precision, qualifierAccuracy, recall, SHAPES, type CorpusDocument } from './corpus-evaluation';
import { readCorpusHalf } from './corpus-files';
import { extractProposals } from './extract-proposals';

// eval5: 48 texts written in session 7 by two helpers who read neither the rules nor any
// dev text; first measured before rule round 10: recall 942/1126 = 83.7%, precision 95.3%,
// qualifiers 99.3% (news 61/112); after rounds 10 and 10n: 956/1126 = 84.9%, 96.7%, 99.4% (news
// still 61/112). Then retired into dev as e5-* for rule round 11.

// eval6: 48 texts (1,009 labels) written in session 7 by two helpers who read neither the rules
// nor any dev or held-out text; scored once, after rule round 11 (written from retired eval5's
// misses): recall 904/1009 = 89.6%, precision 98.6%, qualifiers 98.9% (news 62/91, text without
// punctuation 59/118). Then retired into dev as e6-* for rule round 12.

// eval7: 48 texts (1,013 labels) written in session 8 by two helpers who read neither the rules
// nor any dev or held-out text; scored once, after rule round 12 (written from retired eval6's
// misses): recall 987/1013 = 97.4%, precision 99.7%, qualifiers 99.0% (news 86/98). The same
// texts read 96.9% with the rules of before round 12: eval7 is easier than eval6 was (README).
const EVAL7_RECALL_FLOOR = 0.96;
const EVAL7_PRECISION_FLOOR = 0.99;
const EVAL7_QUALIFIER_FLOOR = 0.97;

// eval8: 40 texts (1,055 labels) written in session 8, after eval7 was scored, by two more helpers
// who read neither the rules nor any corpus text, told to write every text and its damage by hand
// at real lengths (eval7's were shorter and script-made); scored once, with round 12's rules:
// recall 926/1055 = 87.8%, precision 98.1%, qualifiers 99.3% (no punctuation 78/131, PDF 90/116).
// Then retired into dev as e8-* for rule round 13.

// eval9: 40 texts (1,182 labels) written in session 9 by two more helpers who read neither the rules
// nor any corpus text, every text and its damage by hand at real lengths, committed before it was
// scored; scored once, after rule round 13 (written from retired eval8's misses): recall 1043/1182 =
// 88.2%, precision 97.8%, qualifiers 98.2% (PDF copies 123/191, traditional 39/55, news 165/189).
// Then retired into dev as e9-* for rule round 14.

// eval10: 40 texts (1,130 labels) written in session 10 by two more helpers who read neither the rules
// nor any corpus text, every text and its damage by hand at real lengths, committed before it was
// scored; scored once, after rule round 14 (written from retired eval9's misses, each fix named as a
// mechanism and tested on variants): recall 1069/1130 = 94.6%, precision 99.2%, qualifiers 99.1%
// (news 158/176, plan reports 184/200). Then retired into dev as e10-* for rule round 15.

// eval11: 40 texts (1,170 labels) written in session 10 by two more helpers who read neither the rules
// nor any corpus text, every text and its damage by hand at real lengths, committed before it was
// scored; scored once, after rule round 15 (written from retired eval10's misses): recall 1066/1170 =
// 91.1%, precision 96.5%, qualifiers 98.8% (news 154/187, plan reports 185/213, no punctuation 125/143).
// Then retired into dev as e11-* for rule round 16.

// eval12: 40 texts (1,136 labels) written in session 11 by two more helpers who read neither the rules
// nor any corpus text; scored once, after rule round 16 (written from retired eval11's misses): recall
// 972/1136 = 85.6%, precision 96.5%, qualifiers 99.7% (PDF copies 91/173: both halves' PDF fonts gave
// radical code points for common characters; news 151/183, no punctuation 124/150).
// Then retired into dev as e12-* for rule round 17.

// eval13: 40 texts (1,099 labels) written in session 11 by two more helpers who read neither the rules
// nor any corpus text; scored once, after rule round 17 (written from retired eval12's misses): recall
// 918/1099 = 83.5%, precision 94.2%, qualifiers 98.3% (text without punctuation 80/144, news 129/196:
// subtitle files, slide decks with arrows, live posts in reverse order, a space between every character).
// Then retired into dev as e13-* for rule round 18.

// eval14 (session 12): 40 texts (1,077 labels), scored once after rule round 18: recall 956/1077 = 88.8%,
// precision 96.2%; retired into dev as e14-* for round 19. eval15 (session 12): 40 texts (927 labels), scored
// once after round 19: recall 833/927 = 89.9%, precision 98.0%; retired into dev as e15-* for round 20.

// eval16: 40 texts (1,037 labels) written in session 12 by two more helpers who read neither the rules
// nor any corpus text; scored once, after rule round 20 (written from retired eval15's misses): recall
// 918/1037 = 88.5%, precision 96.2%, qualifiers 99.3% (text without punctuation 83/118, news 122/155,
// traditional 33/42, PDF copies 154/177).
// Then retired into dev as e16-* for rule round 21.

// eval17 (session 13): 40 texts (1,014 labels), scored once after rule round 21: recall 908/1014 = 89.5%,
// precision 96.5%, qualifiers 100% (text without punctuation 84/127, news 124/145, PDF copies 142/163).
// Then retired into dev as e17-* for rule round 22.

// eval18 (session 13): 40 texts (974 labels), scored once after rule round 22: recall 911/974 = 93.5%,
// precision 98.5%, qualifiers 99.7% (PDF copies 135/164, news 129/141, text without punctuation 116/125).
// Then retired into dev as e18-* for rule round 23.

// eval19: 40 texts (1,078 labels) written in session 13 by two more helpers who read neither the rules
// nor any corpus text; scored once, after rule round 23 (written from retired eval18's misses): recall
// 985/1078 = 91.4%, precision 96.1%, qualifiers 99.1% (bulletins 87/120 at precision 75%, news 141/165,
// no punctuation 118/131).
// Then retired into dev as e19-* for rule round 24.

// eval20: 39 texts (987 labels; one writer found no further real form for a third text without punctuation and
// wrote none) written in session 13 by two more helpers who read neither the rules nor any corpus text; scored
// once, after rule round 24 (written from retired eval19's misses): recall 893/987 = 90.5%, precision 96.1%,
// qualifiers 99.4% (text without punctuation 65/111 at precision 80%, plan reports 165/184, work reports 136/150).
// Then retired into dev as e20-* for rule round 25.

// eval21: 40 texts (933 labels) written in session 14 by two more helpers who read neither the rules nor any
// corpus text; scored once, after rule round 25 (written from retired eval20's misses): recall 862/933 = 92.4%,
// precision 96.1%, qualifiers 99.7% (text without punctuation 94/124 at precision 85%, news 138/164, bulletins
// at precision 93%).
// Then retired into dev as e21-* for rule round 26.

// eval22: 40 texts (1,100 labels) written in session 14 by two more helpers who read neither the rules nor any
// corpus text; scored once, after rule round 26 (written from retired eval21's misses): recall 980/1100 = 89.1%,
// precision 97.5%, qualifiers 100% (bulletins 91/118, news 166/203 at precision 92%, PDF copies 148/170, plan reports
// 169/190).
// Then retired into dev as e22-* for rule round 27.

// eval23: 38 texts (1,031 labels; one writer found no real form for a third text without punctuation or a third PDF
// copy and wrote neither) written in session 14 by two more helpers who read neither the rules nor any corpus text;
// scored once, after rule round 27 (written from retired eval22's misses): recall 968/1031 = 93.9%, precision 98.2%,
// qualifiers 98.5% (PDF copies 119/137, text without punctuation 97/108 at precision 93%, news 159/172).
// Then retired into dev as e23-* for rule round 28.

// eval24: 40 texts (950 labels) written in session 14 by two more helpers who read neither the rules nor any corpus
// text, after eval23 and under the same rules: scored once, after rule round 27 (no round between eval23 and eval24):
// recall 873/950 = 91.9%, precision 96.5%, qualifiers 99.0% (news 112/150 at precision 86%, no punctuation 92/109).
// Then retired into dev as e24-* for rule round 28.

// eval25: 40 texts (1,054 labels) written in session 15 by two more helpers who read neither the rules nor any corpus
// text; scored once, after rule round 28 (written from retired eval23's and eval24's misses): recall 1003/1054 = 95.2%,
// precision 97.9%, qualifiers 94.0% (plan reports 171/193, text without punctuation 128/140, PDF copies' qualifiers 90%).
// Then retired into dev as e25-* for rule round 29.

// eval26: 40 texts (852 labels) written in session 15 by two more helpers who read neither the rules nor any corpus
// text, with the label conventions README-independent now writes down; scored once, after rule round 29 (written from
// retired eval25's misses): recall 829/852 = 97.3%, precision 99.4%, qualifiers 99.3% (news 130/138, no punctuation 107/113).
// Held out; its misses were printed once while round 30 briefly had it in dev (no rule changed): retire it next round.
const EVAL26_RECALL_FLOOR = 0.97;
const EVAL26_PRECISION_FLOOR = 0.99;
const EVAL26_QUALIFIER_FLOOR = 0.99;

// eval27: 40 texts (938 labels) written in session 15 by two more helpers who read neither the rules nor any corpus text,
// after eval26 and under the same rules and conventions: scored once, after rule round 29 (no round between eval26 and
// eval27): recall 877/938 = 93.5%, precision 97.1%, qualifiers 100% (news 116/137, work reports 154/170, web pages 22/37).
// Held out; its misses were printed once while round 30 briefly had it in dev (no rule changed): retire it next round.
const EVAL27_RECALL_FLOOR = 0.93;
const EVAL27_PRECISION_FLOOR = 0.97;
const EVAL27_QUALIFIER_FLOOR = 0.99;

// eval28: 40 texts (887 labels) written in session 15 by two more helpers who read neither the rules nor any corpus text,
// after eval27 and under the same rules and conventions (no rule round between them): scored once, after rule round 29:
// recall 870/887 = 98.1%, precision 98.6%, qualifiers 100% (plan reports 148/157, bulletins at precision 92.5%).
// Held out: its misses are never printed.
const EVAL28_RECALL_FLOOR = 0.97;
const EVAL28_PRECISION_FLOOR = 0.98;
const EVAL28_QUALIFIER_FLOOR = 0.99;

// The floor on the dev half (359 texts when eval2 joined it: recall 98.3%, precision 99.5%).
const DEV_FLOOR = 0.97;

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
      // A text that names no year is flagged without it, never guessed.
      if (label.yearGiven) expect(extract(documents.find((document) => document.id === id)!.text, {}).reportYear, id).toBeNull();
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

// Each held-out half at a regression floor a little below its last measurement (the goal is 0.95;
// see the README for which halves meet it). Misses are never printed: whoever tunes the
// rules must not read them, so the assertions compare numbers only.
// `texts`: how many texts the half was written with (a file lost from it fails here, not as a better score).
const HELD_OUT: { half: string; texts: number; recall: number; precision: number; qualifiers: number }[] = [
  { half: 'eval7', texts: 48, recall: EVAL7_RECALL_FLOOR, precision: EVAL7_PRECISION_FLOOR, qualifiers: EVAL7_QUALIFIER_FLOOR },
  { half: 'eval26', texts: 40, recall: EVAL26_RECALL_FLOOR, precision: EVAL26_PRECISION_FLOOR, qualifiers: EVAL26_QUALIFIER_FLOOR },
  { half: 'eval27', texts: 40, recall: EVAL27_RECALL_FLOOR, precision: EVAL27_PRECISION_FLOOR, qualifiers: EVAL27_QUALIFIER_FLOOR },
  { half: 'eval28', texts: 40, recall: EVAL28_RECALL_FLOOR, precision: EVAL28_PRECISION_FLOOR, qualifiers: EVAL28_QUALIFIER_FLOOR },
];

for (const floor of HELD_OUT) {
  const documents = readCorpusHalf(floor.half);

  describe(`${floor.half} half (never tuned to)`, () => {
    const evaluation = evaluateCorpus(documents, extract);

    it(`has its ${floor.texts} texts, every shape, and labels whose quotes are verbatim`, () => {
      expect(documents.length).toBe(floor.texts);
      expect(new Set(documents.map((document) => document.label.shape))).toEqual(new Set(SHAPES));
      expect(evaluation.badLabels).toEqual([]);
      checkLabels(documents);
    });

    it(`keeps recall at ${floor.recall}, precision at ${floor.precision} and qualifiers at ${floor.qualifiers} or better (the goal is 0.95)`, () => {
      expect(recall(evaluation.total) >= floor.recall, 'recall below its floor').toBe(true);
      expect(precision(evaluation.total) >= floor.precision, 'precision below its floor').toBe(true);
      expect(qualifierAccuracy(evaluation.total) >= floor.qualifiers, 'qualifier accuracy below its floor').toBe(true);
    });
  });
}
