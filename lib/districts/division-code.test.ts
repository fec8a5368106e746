import { describe, expect, it } from 'vitest';
import { isDistrictDivisionCode } from './division-code';

describe('isDistrictDivisionCode', () => {
  it.each([
    ['360702', true], // 章贡区
    ['500155', true], // 梁平区, directly under a municipality
    ['110101', true], // 东城区
    ['419001', true], // 济源市, a county-level city under the province
    ['360700', false], // 赣州市 itself
    ['360000', false], // 江西省 itself
    ['900001', false], // no province starts with 9
    ['100101', false], // nor with 10
    ['36070', false],
    ['3607021', false],
    ['36070a', false],
    ['', false],
  ])('%s → %s', (code, expected) => {
    expect(isDistrictDivisionCode(code)).toBe(expected);
  });
});
