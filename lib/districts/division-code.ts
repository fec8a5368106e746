// Whether a code can name a county-level division (区县) under GB/T 2260: six digits,
// the first two a province-level code, the last two not "00" (xxxx00 names a city or a
// province, not a district). Pure; the district form's schema and its tests use it.

/** GB/T 2260 province-level prefixes (31 mainland provinces, Taiwan, Hong Kong, Macao). */
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export function isDistrictDivisionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && PROVINCE_PREFIXES.has(code.slice(0, 2)) && !code.endsWith('00');
}
