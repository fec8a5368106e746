// Rules of round 25 (rules25c: text without punctuation, PDF copies and news from retired eval20), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { districtFromMedium } from './district-from-medium';
import { extractProposals } from './extract-proposals';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';
import { findDistrict } from './reading-context';
import { cutFromUnitAcrossPage } from './split-figure';

const withYear = (text: string, reportYear: number) => extractProposals(text, { indicators: INDICATORS, reportYear });

describe('round 25 rules (rules25c)', () => {
  it('opens the list where a speaker announces reading this year\'s targets out, a remark before the first figure', () => {
    const chat =
      '周科长 10:15\n[语音转文字] 大家好 县里人代会今天开了 报告里今年的目标任务我跟各位读一遍 各科室报数的时候别写错了 ' +
      '一般公共预算收入增长百分之四 农村居民人均可支配收入增长百分之六点五 城镇新增就业八百人以上\n\n' +
      '周科长 10:16\n[语音转文字] 去年 报告里说 全县生产总值增长百分之五点三 一般公共预算收入二点六亿元\n';
    const result = withYear(chat, 2026);
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2026, 'growth', 'exact', '4'],
        ['rural_income', 2026, 'growth', 'exact', '6.5'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '800'],
      ]),
    );
    expect(outcomes(result).map((o) => o[0])).not.toContain('new_urban_jobs');
    expect(outcomes(result)).toEqual(expect.arrayContaining([['budget_revenue', 2025, 'level', '2.6']]));
  });

  it('refuses a read-aloud remark that names no targets of this year, or a mention of the targets without the reading', () => {
    // Last year's results read out are outcomes; "今年的目标" with no read-aloud verb and a long remark is no cue.
    const lastYear = withYear('[语音转文字] 去年的情况我给大家念一下 注意数据口径 一般公共预算收入增长百分之三点二\n', 2026);
    expect(targets(lastYear)).toEqual([]);
    const mention = withYear('[语音转文字] 今年的目标大家回去好好琢磨琢磨 写材料注意口径一致 一般公共预算收入增长百分之三点二\n', 2026);
    expect(targets(mention)).toEqual([]);
  });

  it('reads no district out of "各县区" (every county of a city) nor out of a verb of review before a bare 县', () => {
    // A city's roundup that links "each county's" results before the county's own report.
    expect(findDistrict('新年伊始,“江畔视点”推出各区县2025年交出的“答卷”。\n我代表柳河县人民政府向大会报告工作,请予审议。')).toBe('柳河县');
    expect(findDistrict('近日,各县(市、区)陆续召开两会。\n我代表柳河县人民政府向大会报告工作。')).toBe('柳河县');
    // Deputies review (审查) or approve (批准) the county's plan: the verb and a bare 县 name no place.
    expect(findDistrict('代表们审查县2025年计划执行情况的报告,批准县2025年预算。')).toBeNull();
    // A name that merely holds those characters stays a name.
    expect(findDistrict('2026年1月8日在各溪县第五届人民代表大会第三次会议上')).toBe('各溪县');
  });

  it('reads the district on a PDF session line whose ordinal breaks across lines ("第十" / "八届")', () => {
    expect(findDistrict('政府工作报告\n——2026年1月9日在青川彝族自治县第十\n八届人民代表大会第四次会议上')).toBe('青川彝族自治县');
    expect(findDistrict('政府工作报告\n——2026年1月9日在岭东县第二\n十届人民代表大会第一次会议上')).toBe('岭东县');
  });

  it('reads a congress account\'s name standing alone at the foot, with the kind of the congress the deputies attend or review', () => {
    const story =
      '1月15日,参加县十八届人大四次会议的代表们分组审议县政府工作报告。代表们认为,报告提出今年地区生产总值增长6%左右,目标积极稳妥。' +
      // A long story: its foot, where the account stands, is far from the congress named at its top.
      '代表们还就乡村振兴、教育医疗、交通出行等建言献策。'.repeat(30) +
      // A web page's copy: image marks between the foot's words, which preparation runs together.
      ' ![]() ![]() 扫码关注我们 了解更多人大资讯 桐溪人大 ![]() 长按二维码关注 |\n';
    expect(districtFromMedium(story)).toBe('桐溪县');
    expect(extract(story).district).toBe('桐溪县');
    // "人大" run on into words is no account: no name out of "了解更多人大资讯".
    expect(districtFromMedium('参加县十八届人大四次会议的代表审议报告。 了解更多人大资讯\n')).toBeNull();
  });

  it('joins a page\'s short last line cut between a number and its unit, across the page number, to the rest of its clause', () => {
    // A PDF's prose, every full line cut mid-clause, the page ending on a short line.
    const page =
      '各位代表:现在,我代表县人民政府向大会报告工作,请予审议,并\n请县政协委员和其他列席人员提出意见。一、2025年工作回顾\n' +
      '过去一年,面对复杂严峻的外部环境,我们在市委、市政府和县委的\n坚强领导下,在县人大、县政协的监督支持下,紧扣发展第一要务,\n' +
      '全力以赴稳增长、抓项目、惠民生,全县经济社会保持了稳中有进\n的良好态势。全年完成地区生产总值 64.2 亿元,同比增长 5.7%;\n' +
      '一般公共预算收入完成 2.05 亿元,同比增长 3.9%;城镇常住居民\n人均可支配收入 38120 元,同比增长 4.6%,牧区常住居民人均\n' +
      '可支配收入 16480\n- 3 -\n元,同比增长 8.1%。\n' +
      '一年来,我们主要做了以下工作:\n——产业发展提质增效。新建高标准农田 2.4 万亩,完成造林 3.1\n万亩,建成特色产业园区两个,引进落地重点项目十二个,县域经\n济持续向好。\n';
    expect(prepareText(page).text).toContain('牧区常住居民人均可支配收入 16480元,同比增长 8.1%。');
    expect(cutFromUnitAcrossPage('农牧民人均可支配收入 2960', '万元;增长')).toBe(true);
    // A number that ends its clause is no cut figure: a year over its 年, a count over the next sentence; nor, with no page break
    // between, a short line over a unit (round 12).
    expect(prepareText('年末常住人口 23.6\n万人,比上年减少0.2万人。\n').text).toContain('23.6\n万人');
    expect(cutFromUnitAcrossPage('力争到 2027', '年全面建成')).toBe(false);
    expect(cutFromUnitAcrossPage('新建学校 3', '所,新增学位')).toBe(false);
    expect(cutFromUnitAcrossPage('完成造林 3.1', '万亩以上的任务')).toBe(false);
  });

  it('reads the year\'s growth after a pace of growth without a figure, held for a run of months ("连续N个月保持两位数增长、全年增长X%")', () => {
    const review = (clause: string) => outcomes(withYear(`2025年,全县经济稳中向好。${clause}\n`, 2026));
    expect(review('固定资产投资增长4.1%,其中工业投资连续18个月保持两位数增长、全年增长14.2%;')).toEqual(
      expect.arrayContaining([['industrial_investment', 2025, 'growth', '14.2']]),
    );
    expect(review('规上工业增加值实现较快增长,全年增长9.4%。')).toEqual([['industrial_value_added', 2025, 'growth', '9.4']]);
    // A pace then another indicator's figure: never this one's.
    expect(review('规上工业增加值保持平稳增长,一般公共预算收入增长3.6%。')).toEqual([['budget_revenue', 2025, 'growth', '3.6']]);
  });

  it('reads the stock after its flow when the clause passes or reaches a threshold ("净增X户、突破Y户"), the flow written after the name too', () => {
    const review = (clause: string) => outcomes(withYear(`2025年,全县经济稳中向好。${clause}\n`, 2026));
    expect(review('经营主体净增1.2万户、突破9万户;')).toEqual([['market_entities', 2025, 'level', '9']]);
    expect(review('全年新增经营主体5230户,达到6.8万户。')).toEqual([['market_entities', 2025, 'level', '6.8']]);
    // The flow alone, or followed by its rate, is no stock.
    expect(review('经营主体净增1.2万户。')).toEqual([]);
    expect(review('经营主体新增4860户,增长8.3%。')).toEqual([]);
  });

  it('ends a target\'s wording at a bracketed pointer to a table or an annex ("(详见表1)"), which is no part of it', () => {
    const plan = (item: string) => targets(withYear(`2026年全县经济社会发展主要预期目标是:地区生产总值增长5.5%左右,${item},城镇新增就业1500人以上。`, 2026));
    expect(plan('单位地区生产总值能耗降低完成市下达任务(见附表2)')).toEqual(
      expect.arrayContaining([['energy_intensity', 2026, 'growth', 'qualitative', null]]),
    );
    expect(plan('城乡居民收入增长与经济增长同步(详见表3)')).toEqual(expect.arrayContaining([['resident_income', 2026, 'growth', 'relative', null]]));
    // A bracket with a figure of its own is no pointer: the wording is still refused.
    expect(plan('城乡居民收入增长与经济增长同步(农村高于城镇2个百分点)').map((t) => t[0])).not.toContain('resident_income');
  });
});
