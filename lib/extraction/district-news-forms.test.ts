// Where a news item names its district: before its head's name and a speech verb, or in its
// county broadcaster's source line (session 7; n10 texts by an outside writer). findDistrict reads
// the prepared text, whose punctuation is half-width.
import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';

describe('the district a news item names', () => {
  it('is read before its head\'s name and a speech verb, after a closing quote or a stop', () => {
    expect(findDistrict('渔港边的清晨。“成绩来之不易。”青屿县县长林文斌告诉记者,今年要稳中求进。')).toBe('青屿县');
    expect(findDistrict('会议期间。云岭区区长王海表示,全区经济稳中有进。')).toBe('云岭区');
  });

  it('is read from the county broadcaster\'s source line', () => {
    expect(findDistrict('记者 宁远 来源:安平县广播电视台\n\n县十七届人大三次会议开幕。')).toBe('安平县');
    expect(findDistrict('县人代会闭幕。\n(来源:安平县电视台)')).toBe('安平县');
  });

  it('is read from an interview headline naming its head and a colon, and after the time of day of a session line', () => {
    expect(findDistrict('【湾区专访】前湾区区长:今年GDP增长6%左右\n记者 深圳报道\n增速在深圳全市各区中排第二。')).toBe('前湾区');
    expect(findDistrict('1月9日上午海沧湾区第九届人民代表大会第五次会议开幕')).toBe('海沧湾区');
  });

  it('is not read from a city\'s head, a bare 县长, or a place named without its head or source', () => {
    expect(findDistrict('“来之不易。”海州市市长林文斌告诉记者,全市经济回升。')).toBeNull();
    expect(findDistrict('会上,县长林文斌表示,全县经济稳中有进。')).toBeNull();
    expect(findDistrict('记者 深圳报道\n增速在深圳全市各区中排第二。')).toBeNull();
    expect(findDistrict('记者 深圳报道\n增速在深圳全市各区中排第二。')).toBeNull();
    expect(findDistrict('青屿县,这个常住人口不到40万的海岛县,去年经济增长6%。')).toBeNull();
  });
});
