// A verdict named on its own (badge, heading, count, column, select) reads "Met within
// tolerance" in English; inside a sentence ("… → met within tolerance") it is lower case.
// Chinese is the same word in both places.
import { describe, expect, it } from 'vitest';
import { VERDICT_LABELS, verdictLabel, verdictWord } from './labels';
import { VERDICT_CODES } from './types';

describe('verdict labels', () => {
  it.each(VERDICT_CODES)('%s: English in sentence case on its own, lower case in a sentence, Chinese unchanged', (code) => {
    const { en, zh } = verdictLabel(code);
    expect(en[0]).toBe(en[0]!.toUpperCase());
    expect(en.slice(1)).toBe(en.slice(1).toLowerCase());
    expect(verdictWord(code, 'en')).toBe(en.toLowerCase());
    expect(verdictWord(code, 'zh')).toBe(zh);
    expect(zh).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('names each verdict once, in both languages', () => {
    expect(new Set(VERDICT_CODES.map((code) => VERDICT_LABELS[code].en)).size).toBe(VERDICT_CODES.length);
    expect(VERDICT_LABELS.met_within_tolerance).toEqual({ zh: '基本完成', en: 'Met within tolerance' });
  });
});
