import { describe, expect, it } from 'vitest';
import { unitChoices } from './choices';

describe('unitChoices', () => {
  it('a growth target takes only %', () => {
    expect(unitChoices('growth', null, '亿元')).toEqual(['%']);
    expect(unitChoices('growth', '%', null)).toEqual(['%']);
  });

  it("a level target offers its own unit first, then the others of that dimension only", () => {
    expect(unitChoices('level', '万人', null)).toEqual(['万人', '人']);
    expect(unitChoices('level', '亿元', null)).toEqual(['亿元', '元', '万元']);
    // 人次 is not 人 (units.ts): never offered beside it.
    expect(unitChoices('level', '人', null)).not.toContain('人次');
  });

  it("falls back to the indicator's unit, and to free text when nothing fixes it", () => {
    expect(unitChoices('level', null, '万亩')).toEqual(['万亩', '亩']);
    expect(unitChoices('level', null, null)).toBeNull();
    expect(unitChoices('level', '公里', null)).toBeNull();
  });
});
