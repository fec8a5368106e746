// sameAsStored is differingFields(...).length === 0 without the list: the exports ask it of
// every row, and a row it wrongly calls the same would be shown unchecked.
import { describe, expect, it } from 'vitest';
import { differingFields, sameAsStored } from './check';
import type { StoredVerdict } from './stored-verdicts';

const BASE: StoredVerdict = {
  targetId: 7, districtId: 3, indicatorId: 2, year: 2024, code: 'met', computed: 'met', decidedBy: 'rules', provisional: false,
  gapKind: 'points', gapValue: '0.50', outcomeId: 11, referenceOutcomeId: null, reviewKind: null, reviewVerdict: null, reviewStale: false,
  confirmed: false, outcomeReviewState: null, flippedFrom: null,
};

// One other value for every field (gapValue: an equal decimal written otherwise, and a different one).
const OTHER: { [K in keyof StoredVerdict]: StoredVerdict[K][] } = {
  targetId: [8], districtId: [4], indicatorId: [5], year: [2023], code: ['missed'], computed: ['met_within_tolerance'], decidedBy: ['reviewer'], provisional: [true],
  gapKind: ['completion', null], gapValue: ['0.5', '0.51', null], outcomeId: [12, null], referenceOutcomeId: [9], reviewKind: ['override'], reviewVerdict: ['met'],
  reviewStale: [true], confirmed: [true], outcomeReviewState: ['verified', 'disputed'], flippedFrom: ['missed'],
};

describe('sameAsStored', () => {
  it('agrees with differingFields for every single-field change, in either row, and for a missing stored row', () => {
    expect(sameAsStored(BASE, { ...BASE })).toBe(true);
    expect(sameAsStored(BASE, null)).toBe(false);
    let changes = 0;
    for (const field of Object.keys(OTHER) as (keyof StoredVerdict)[]) {
      for (const value of OTHER[field]) {
        const changed = { ...BASE, [field]: value } as StoredVerdict;
        for (const [fresh, stored] of [[BASE, changed], [changed, BASE]] as const) {
          expect(sameAsStored(fresh, stored), `${field}=${String(value)}`).toBe(differingFields(fresh, stored).length === 0);
        }
        changes += 1;
      }
    }
    expect(changes).toBe(23);
    // An equal decimal written otherwise is the same; a different one is not.
    expect(sameAsStored(BASE, { ...BASE, gapValue: '0.5' })).toBe(true);
    expect(sameAsStored(BASE, { ...BASE, gapValue: '0.51' })).toBe(false);
  });
});
