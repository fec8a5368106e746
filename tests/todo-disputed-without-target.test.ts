// A reviewer may dispute a figure no target settles (the review screen's "无对应目标（仅核实数据）"):
// the dispute reaches the recorder's to-do in a list of its own, with the reason, and leaves it
// once the series has a later revision. Before, such a dispute reached nobody.
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { countDisputesAwaiting, findDisputedWithoutTarget } from '@/lib/outcomes/data';
import { reviewOutcome } from '@/lib/reviews/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase } from './test-database';

const TEXT = '测试夹具（非官方数据）：全区粮食播种面积52.3万亩，核实后为52.1万亩。';

describe('disputed figures without a target on the to-do', () => {
  it('lists a disputed untargeted figure for its district\'s staff only, with the reason, until a later revision', async () => {
    const { db } = await useTestDatabase();
    const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
    const staff = await makeUser(db, 'untargeted-staff', 'staff', [liangping.id]);
    const outsider = await makeUser(db, 'untargeted-outsider', 'staff', [(await db.district.findUniqueOrThrow({ where: { code: '520304' } })).id]);
    const reviewer = await makeUser(db, 'untargeted-reviewer', 'reviewer');
    const indicator = await db.indicator.findUniqueOrThrow({ where: { key: 'grain_area' } });
    const series = { districtId: liangping.id, indicatorId: indicator.id, year: 2023, measure: 'level' as const };
    expect(await db.target.count({ where: series })).toBe(0);
    const document = await db.sourceDocument.create({ data: { kind: 'statistical_bulletin', districtId: liangping.id, year: 2023, title: '测试夹具 untargeted', fullText: TEXT, textSha256: 'untargeted-fixture' } });
    const provenance = { sourceDocumentId: document.id, quote: '粮食播种面积52.3万亩', quoteStart: TEXT.indexOf('粮食播种面积52.3万亩'), quoteEnd: TEXT.indexOf('粮食播种面积52.3万亩') + '粮食播种面积52.3万亩'.length };
    const first = await db.outcome.create({ data: { ...series, revision: 1, value: '52.3', unit: '万亩', vintage: 'final', recordedById: staff.id, ...provenance } });
    expect(await findDisputedWithoutTarget(staff)).toEqual([]);

    // Verified first, then disputed: the newest review counts.
    expect((await executeAction(reviewOutcome, { db, user: reviewer }, { outcomeId: first.id, state: 'verified', comment: '' })).ok).toBe(true);
    expect(await findDisputedWithoutTarget(staff)).toEqual([]);
    expect((await executeAction(reviewOutcome, { db, user: reviewer }, { outcomeId: first.id, state: 'disputed', comment: '核实后为52.1万亩' })).ok).toBe(true);
    const listed = await findDisputedWithoutTarget(staff);
    expect(listed).toEqual([expect.objectContaining({ outcomeId: first.id, year: 2023, revision: 1, unit: '万亩', comment: '核实后为52.1万亩', sourceDocumentId: document.id, indicator: expect.objectContaining({ key: 'grain_area' }) })]);
    expect(Number(listed[0]!.value)).toBe(52.3);
    expect(await findDisputedWithoutTarget(outsider)).toEqual([]);
    // The header's count holds it too, for its district's staff only.
    expect(await countDisputesAwaiting(staff)).toBe(1);
    expect(await countDisputesAwaiting(outsider)).toBe(0);

    // A target for the series: the dispute is then the target's, on the to-do's first list.
    const target = await db.target.create({ data: { ...series, qualifier: 'at_least', value: '52', unit: '万亩', asWritten: '粮食播种面积稳定在52万亩以上', ...provenance } });
    expect(await findDisputedWithoutTarget(staff)).toEqual([]);
    await db.target.delete({ where: { id: target.id } });
    expect(await findDisputedWithoutTarget(staff)).toHaveLength(1);

    // The corrected figure, a later revision of the series: off the list.
    await db.outcome.create({ data: { ...series, revision: 2, value: '52.1', unit: '万亩', vintage: 'final', recordedById: staff.id, ...provenance, quote: '核实后为52.1万亩', quoteStart: TEXT.indexOf('核实后为52.1万亩'), quoteEnd: TEXT.indexOf('核实后为52.1万亩') + 9 } });
    expect(await findDisputedWithoutTarget(staff)).toEqual([]);
    expect(await countDisputesAwaiting(staff)).toBe(0);
  });
});
