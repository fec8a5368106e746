// Rules of round 17 (rules17b: news articles and texts without punctuation from retired eval12), each reduced to the few
// lines that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from
// the corpus texts in wording, order, names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';
import { readChineseFigure } from './chinese-numerals';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { findDistrict } from './reading-context';

describe('round 17 rules (rules17b)', () => {
  it('reads the district after the city’s 市 when a headline runs the city and its district together', () => {
    expect(findDistrict('南岗城区今年GDP预期增长6%左右\n【本报讯】河南省南岗市城区第九届人民代表大会第三次会议10日开幕。')).toBe('城区');
    expect(findDistrict('白沙郊区今年目标出炉\n白沙市郊区十届人大四次会议昨天召开。')).toBe('郊区');
    expect(findDistrict('临江松湖区2026年主要目标\n会上，临江市松湖区区长作报告。')).toBe('松湖区');
    // The text never writes the city with its 市: the headline's name stands.
    expect(findDistrict('南岗城区今年GDP预期增长6%左右\n南岗城区第九届人民代表大会第三次会议10日开幕。')).toBe('南岗城区');
  });

  it('never reads a zone’s kind word out of its long name as a shorter name', () => {
    const text = '桂山经济技术开发区管理委员会\n首页  新闻中心\n2025年，开发区坚持工业立区，开发区经济总量增长7%。';
    expect(findDistrict(text)).toBe('桂山经济技术开发区');
    expect(findDistrict(text.replace(/经济技术开发区/, '高新技术产业开发区'))).toBe('桂山高新技术产业开发区');
    // A province written without 省 before an ordinary district still gives the shorter name the text writes alone.
    expect(findDistrict('湖东平溪区日前召开人代会\n去年平溪区经济增长5%，平溪区工业增长6%。')).toBe('平溪区');
  });
  it('reads a name line over an arrow line as the name and what it leads to', () => {
    const text =
      '速览｜2026年青溪县政府工作报告\n2月3日，青溪县第十八届人民代表大会第四次会议开幕。\n\n🎯 2026年 主要预期目标\n' +
      '城镇新增就业\n→ 4500人以上\n' +
      '一般公共预算收入\n➡️ 增长4%左右\n' +
      '粮食总产量\n➡ 稳定在16万吨以上\n' +
      '出口总额\n➡️ 稳中提质\n' +
      '单位地区生产总值能耗\n➡️ 完成省下达任务\n';
    expect(targets(extract(text))).toEqual([
      ['new_urban_jobs', 2026, 'level', 'at_least', '4500'],
      ['budget_revenue', 2026, 'growth', 'about', '4'],
      ['grain_output', 2026, 'level', 'at_least', '16'],
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
    ]);
    // Under a line that is no bare name (a heading with its year, a sentence) the arrow line is not that line's figure.
    const heading = '2026年青溪县主要预期目标如下。\n\n🎯 2026年城镇新增就业\n→ 4500人以上\n';
    expect(targets(extract(heading))).toEqual([]);
    expect(outcomes(extract(text))).toEqual([]);
  });
  it('reads a post’s figure-first lines with a bar: rate words, a bracketed remark, a level’s growth after a comma', () => {
    const text =
      '一图读懂｜2026年溪口区政府工作报告\n1月8日，溪口区第七届人民代表大会第六次会议开幕。\n\n📊 2025年 成绩单\n' +
      '5.1%｜全区地区生产总值同比增长\n' +
      '-2.3%｜固定资产投资（受房地产拖累）\n' +
      '86.4亿元｜社会消费品零售总额，比上年增长6.2%\n' +
      '4.9%｜城镇调查失业率\n' +
      '92.1%｜县城空气质量优良天数比率\n' +
      '21.5%｜规上工业企业占比\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2025, 'growth', '5.1'],
      ['fixed_asset_investment', 2025, 'growth', '-2.3'],
      ['retail_sales', 2025, 'level', '86.4'],
      ['retail_sales', 2025, 'growth', '6.2'],
      ['urban_unemployment_rate', 2025, 'level', '4.9'],
      ['air_quality_good_days', 2025, 'level', '92.1'],
    ]);
    // A level with a rate word, or a remark holding another figure, is refused.
    const refused = '📊 2025年 成绩单\n' + '86.4亿元｜社会消费品零售总额增长\n' + '4.6%｜固定资产投资（工业投资增长9%）\n';
    expect(outcomes(extract(refused))).toEqual([]);
  });
  it('reads a spoken bare 亿 ending a figure in Chinese numerals as 亿元', () => {
    expect(readChineseFigure('五百一十二点八亿 增长6.1%', 0)).toEqual({ value: '512.8', unit: '亿元', end: 8 });
    expect(readChineseFigure('三十七点二亿,同比增长', 0)).toEqual({ value: '37.2', unit: '亿元', end: 6 });
    expect(readChineseFigure('八十亿增长百分之五', 0)).toEqual({ value: '80', unit: '亿元', end: 3 });
    // Another unit after 亿 is that unit's; a 亿 that goes on into a word is no figure's end.
    expect(readChineseFigure('一点二亿斤', 0)).toEqual({ value: '1.2', unit: '亿斤', end: 5 });
    expect(readChineseFigure('三亿人次', 0)).toBeNull();
    const text = '区长报告说 去年全区一般公共预算收入五十一点六亿 增长三点二 今年目标增长4%左右';
    expect(outcomes(extractProposals(text, { indicators: INDICATORS, reportYear: 2026 }))).toContainEqual(['budget_revenue', 2025, 'level', '51.6']);
  });
  it('reads a Chinese decimal right after a rate verb, its 百分之 dropped by speech, as the rate in %', () => {
    const text = '我记了几个数 去年全区农林牧渔业总产值增长三点四 出口总额下降了一点七 今年目标增长4%左右';
    const read = extractProposals(text, { indicators: INDICATORS, reportYear: 2026 });
    expect(outcomes(read)).toEqual([
      ['agri_output', 2025, 'growth', '3.4'],
      ['exports', 2025, 'growth', '-1.7'],
    ]);
    // A whole number (a count, a multiple), a decimal running into a word, or no rate verb before it: nothing read.
    expect(readChineseFigure('五 今年', 0)).toBeNull();
    expect(readChineseFigure('一点二倍', 0)).toBeNull();
    expect(readChineseFigure('三点四 外贸', 0)).toBeNull();
  });
  it('reads a figure whose name a speaker’s connective runs into', () => {
    const text = '我说一下去年的数 然后社会消费品零售总额增长4.2% 另外就是城镇新增就业8600人 还有粮食总产量12.3万吨 今年目标增长5%';
    expect(outcomes(extractProposals(text, { indicators: INDICATORS, reportYear: 2026 }))).toEqual([
      ['retail_sales', 2025, 'growth', '4.2'],
      ['new_urban_jobs', 2025, 'level', '8600'],
      ['grain_output', 2025, 'level', '12.3'],
    ]);
    // Another word run into the name is still another entity's figure (a town's, a sector's).
    const other = '我说一下去年的数 城关镇社会消费品零售总额增长4.2% 园区城镇新增就业8600人';
    expect(outcomes(extractProposals(other, { indicators: INDICATORS, reportYear: 2026 }))).toEqual([]);
  });
  it('keeps a bullet list of targets going past a line that pairs two targets with a comma', () => {
    const list =
      '聚焦两会丨石岭县政府工作报告要点\n\n■ 2026年主要预期目标\n● 地区生产总值增长6%左右\n● 固定资产投资增长4%\n' +
      '● 农村居民人均可支配收入增长7%,城镇新增就业4200人以上\n● 粮食总产量稳定在21万吨以上\n● 完成省下达的节能减排目标任务\n\n■ 2026年重点工作\n● 新建农村公路50公里\n';
    expect(targets(extract(list)).map((target) => target[0])).toEqual(['gdp', 'fixed_asset_investment', 'rural_income', 'new_urban_jobs', 'grain_output', 'energy_saving']);
    // A line that pairs a target with a remark without a figure is no line of the list: the run ends there, as before.
    const remark = list.replace('城镇新增就业4200人以上', '稳住就业基本盘');
    expect(targets(extract(remark)).map((target) => target[0])).not.toContain('energy_saving');
  });
  it('reads an adjusted rate whose adjustment ends on 影响因素后', () => {
    const text = '2025年,全县一般公共预算收入18.6亿元,下降1.2%,剔除疫情影响因素后增长3.4%。\n2026年主要预期目标：地区生产总值增长6%左右。';
    expect(outcomes(extract(text))).toEqual([
      ['budget_revenue', 2025, 'level', '18.6'],
      ['budget_revenue', 2025, 'growth', '-1.2'],
      ['budget_revenue', 2025, 'growth', '3.4'],
    ]);
    // A part taken out of the total is still no second basis (round 22: a category; an investment taken out is one).
    const part = text.replace('剔除疫情影响因素后', '剔除烟草类影响后');
    expect(outcomes(extract(part))).toEqual([
      ['budget_revenue', 2025, 'level', '18.6'],
      ['budget_revenue', 2025, 'growth', '-1.2'],
    ]);
  });
  it('reads a target a deputy quotes as what the report writes', () => {
    const text =
      '2026年1月12日，白河县第十七届人民代表大会第五次会议开幕。报告提出，今年主要预期目标是地区生产总值增长6%左右。\n' +
      '县人大代表李华说：“报告里写着城镇新增就业3000人以上，我们村要多出力。”\n另一位代表说：“报告上写的是粮食总产量稳定在8万吨以上。”';
    const keys = (read: string) => targets(extract(read)).map((target) => target[0]);
    expect(keys(text)).toEqual(['gdp', 'new_urban_jobs', 'grain_output']);
    // What a deputy writes is no report's figure.
    expect(keys(text.replace('报告里写着', '我写着').replace('报告上写的是', '我写的是'))).toEqual(['gdp']);
  });
});
