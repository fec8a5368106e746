// Round 16 (rules16a): rules from retired eval11's news, traditional text and web pages, each named as a mechanism and
// held here on constructed lines (other wording, order, names and spacing) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';
import { districtFromMedium } from './district-from-medium';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

describe('round 16 rules (rules16a)', () => {
  describe('where a news text names its district', () => {
    it("reads an interview's headline that names the head, the head's name and a colon", () => {
      expect(findDistrict('两会访谈｜专访阿拉善右翼中旗旗长吴海：今年我们这样干\n\n记者：吴旗长您好。')).toBe('阿拉善右翼中旗');
      expect(findDistrict('访谈云岭县县长王立新:稳中求进 干字当头\n记者 李明')).toBe('云岭县');
      expect(findDistrict('专访青屿区区长陈海：“十五五”开好局')).toBe('青屿区');
    });

    it('takes no bare head for a name', () => {
      expect(findDistrict('专访县长包文山：今年全县经济稳中有进')).toBeNull();
    });

    it("reads past a column's kind words run together to the name after them", () => {
      expect(findDistrict('2024年1月11日 星期四 银湖日报\n区县两会\n\n青屿区十届人大四次会议开幕\n区长作报告')).toBe('青屿区');
      expect(findDistrict('旗县区长访谈\n\n草原北旗旗长吴海:今年全旗地区生产总值增长6%')).toBe('草原北旗');
    });

    it('never takes kind words run together for a name', () => {
      expect(findDistrict('旗县区长访谈\n今年全旗地区生产总值增长6%')).toBeNull();
      expect(findDistrict('县市区两会\n今年全县地区生产总值增长6%')).toBeNull();
    });
  });

  describe("a county's own medium names it by its stem, the kind coming from its own congress", () => {
    it("joins the stem of a masthead, a programme or a dateline to the kind of the text's bare congress", () => {
      expect(districtFromMedium('临溪日报  2025年1月16日 星期四 第2版\n\n县十八届人大三次会议开幕\n全县地区生产总值增长6%')).toBe('临溪县');
      expect(districtFromMedium('《桐川新闻》2024-01-19\n00:00:04 1月18日上午 市十六届人大二次会议\n00:00:06 在市会议中心开幕')).toBe('桐川市');
      const footed = `区第十二届人民代表大会第三次会议今天开幕。${'会议听取了政府工作报告。'.repeat(40)}\n记者 王某 兰塘报道`;
      expect(districtFromMedium(footed)).toBe('兰塘区');
      // Through findDistrict, only where no name is written.
      expect(findDistrict('临溪日报  2025年1月16日\n\n县十八届人大三次会议开幕')).toBe('临溪县');
      expect(findDistrict('临溪日报  2025年1月16日\n\n石岭县十八届人大三次会议开幕')).toBe('石岭县');
    });

    it("refuses a province's or the nation's paper, a stem that is a name already, and a text of two congresses", () => {
      expect(districtFromMedium('陕西日报 2025年1月16日\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('人民日报 2025年1月16日\n县十八届人大三次会议开幕')).toBeNull();
      // A news page's section or programme word is no place's stem.
      expect(districtFromMedium('首页 时政新闻 两会专题\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('今日新闻 2025年1月16日\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('记者 王林 现场报道\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('石岭县融媒 2025年1月16日\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('兰塘新闻\n区十二届人大三次会议开幕 市十七届人大三次会议提出')).toBeNull();
      // A city's paper (the text names its stem as a city) reprinting a county's story names no county.
      expect(districtFromMedium('安平日报 2025年1月16日\n县十八届人大三次会议开幕\n安平市委常委出席')).toBeNull();
      expect(districtFromMedium('安平日报 2025年1月16日\n市十八届人大三次会议开幕\n安平市委书记出席')).toBe('安平市');
      // No congress of its own: the medium's place may be the city, the province or anything.
      expect(districtFromMedium('兰塘新闻\n今年全县地区生产总值增长6%')).toBeNull();
    });
  });

  describe("a post's cards: parts, dividers, figures in brackets", () => {
    const post = [
      '图说｜速览2026年青屿县政府工作报告',
      '1月9日,青屿县第十八届人民代表大会第四次会议开幕。县长作政府工作报告。一起来看看吧👇',
      '',
      '══════════',
      'Part 1｜回眸2025 · 成绩单',
      '══════════',
      '',
      '【 23.6亿元 】',
      '一般公共预算收入',
      '同比增长3.8%,高于全省1个百分点',
      '',
      '【 7.5% 】',
      '规模以上工业增加值增速',
      '连续三年保持全市前列',
      '',
      '【 51200元 / 30150元 】',
      '城镇、农村居民人均可支配收入',
      '分别增长4.1%、6.2%',
      '',
      '【 96.1% 】',
      '空气质量优良天数比率',
      '',
      '══════════',
      'Part 2｜展望2026 · 目标单',
      '══════════',
      '',
      '🚩 规模以上工业增加值',
      '增长 7%',
      '',
      '🚩 居民人均可支配收入',
      '与经济增长同步',
      '',
      '🚩 能耗强度',
      '完成省定目标任务',
      '',
      '══════════',
      'Part 3｜2026 · 关键词',
      '══════════',
      '📌 80个 —— 重点项目',
    ].join('\n');

    it('never joins a line across a divider, nor a divider drawn thrice into a running header', () => {
      const text = prepareText(post).text;
      expect(text).toContain('一起来看看吧👇\n');
      expect(text).toMatch(/\nPart 1[|｜]回眸2025 · 成绩单\n/);
      expect(text).toMatch(/\nPart 2[|｜]展望2026 · 目标单\n/);
      // A card's bracketed figures head it: the name line below is never their clause's rest.
      expect(text).toContain('【 51200元 / 30150元 】\n');
    });

    it('reads the cards: the figure in brackets, a rate word after the name, the rate on the line below', () => {
      const result = extract(post);
      expect(result.reportYear).toBe(2026);
      expect(outcomes(result)).toEqual(
        expect.arrayContaining([
          ['budget_revenue', 2025, 'level', '23.6'],
          ['budget_revenue', 2025, 'growth', '3.8'],
          ['industrial_value_added', 2025, 'growth', '7.5'],
          ['urban_income', 2025, 'level', '51200'],
          ['rural_income', 2025, 'level', '30150'],
          ['urban_income', 2025, 'growth', '4.1'],
          ['rural_income', 2025, 'growth', '6.2'],
          ['air_quality_good_days', 2025, 'level', '96.1'],
        ]),
      );
      // The targets under the part heading of the year's 目标单 are this year's, read with their wordings.
      expect(targets(result)).toEqual([
        ['industrial_value_added', 2026, 'growth', 'exact', '7'],
        ['resident_income', 2026, 'growth', 'relative', null],
        ['energy_intensity', 2026, 'growth', 'qualitative', null],
      ]);
      expect(outcomes(result).some(([, year]) => year === 2026)).toBe(false);
    });

    it('takes no remark with a figure for a rate line, and no figure with its clause for a card', () => {
      const remark = extract(['回眸2025 · 成绩单', '', '【 23.6亿元 】', '一般公共预算收入', '其中税收收入增长3.8%', ''].join('\n'));
      // (The remark is read as its own clause, the tax revenue's; the card takes no rate from it.)
      expect(outcomes(remark).filter(([key]) => key === 'budget_revenue')).toEqual([['budget_revenue', 2025, 'level', '23.6']]);
      // A rate word after a level's name: no card.
      const level = extract(['回眸2025 · 成绩单', '', '【 23.6亿元 】', '一般公共预算收入增长', ''].join('\n'));
      expect(outcomes(level)).toEqual([]);
    });

    it('reads a wording handed down on the line under its name, and 定 as 下达, but never a plan of the district', () => {
      const result = extract(['2026年主要预期目标:', '', '● 节能减排', '完成州定目标', '', '● 居民人均可支配收入', '与经济增长同步', ''].join('\n'));
      expect(targets(result)).toEqual([
        ['energy_saving', 2026, 'growth', 'qualitative', null],
        ['resident_income', 2026, 'growth', 'relative', null],
      ]);
      // "完成既定目标", "完成县定任务" (the district's own plan, no level above it) hand nothing down.
      expect(targets(extract('2026年主要预期目标:\n节能减排\n完成既定目标\n'))).toEqual([]);
    });
  });

  describe('clauses of the review and the targets list', () => {
    const review = (clause: string) =>
      outcomes(extract(`一、2025年工作回顾\n过去一年,全县地区生产总值增长5%。${clause}\n二、2026年工作安排\n2026年主要预期目标是:地区生产总值增长6%左右。`));

    it('reads 可比 before a rate as the basis it is (at comparable prices)', () => {
      expect(review('全县社会消费品零售总额120.5亿元,可比增长4.6%。')).toContainEqual(['retail_sales', 2025, 'growth', '4.6']);
      expect(review('规上工业增加值可比增长8.1%。')).toContainEqual(['industrial_value_added', 2025, 'growth', '8.1']);
    });

    it("reads 区域 before an air-quality name as the district's area, never another entity's", () => {
      expect(review('全年区域空气质量优良天数比例达到88.2%。')).toContainEqual(['air_quality_good_days', 2025, 'level', '88.2']);
      expect(review('全省区域空气质量优良天数比例达到88.2%。').some(([key]) => key === 'air_quality_good_days')).toBe(false);
    });

    it("gives one rate of the combined residents' income without 分别 to the whole, and a rate each to each part", () => {
      const plan = (clause: string) => targets(extract(`2026年主要预期目标:\n${clause}\n城镇新增就业3000人以上\n`)).filter(([key]) => key !== 'new_urban_jobs');
      expect(plan('● 城乡居民人均可支配收入\n  增长 5.5% 左右')).toEqual([['resident_income', 2026, 'growth', 'about', '5.5']]);
      expect(plan('城乡居民人均可支配收入分别增长5.5%左右')).toEqual([
        ['urban_income', 2026, 'growth', 'about', '5.5'],
        ['rural_income', 2026, 'growth', 'about', '5.5'],
      ]);
      expect(plan('城乡居民人均可支配收入增长5%和7%')).toEqual([
        ['urban_income', 2026, 'growth', 'exact', '5'],
        ['rural_income', 2026, 'growth', 'exact', '7'],
      ]);
    });

    it("keeps a target list one a line past a series' 、, to a wording at its end", () => {
      const list = ['2026年全县主要预期目标是:', '◆地区生产总值增长5.5%左右', '◆城乡居民人均可支配收入分别增长5%、6.5%', '◆完成省下达的节能降耗目标任务', ''].join('\n');
      expect(targets(extract(list)).map(([key, , , qualifier]) => [key, qualifier])).toEqual([
        ['gdp', 'about'],
        ['urban_income', 'exact'],
        ['rural_income', 'exact'],
        ['energy_saving', 'qualitative'],
      ]);
      // A 、 between names is a clause's list, not a series: the run of one-target lines ends before it.
      const names = ['2026年全县主要预期目标是:', '◆地区生产总值增长5.5%左右', '◆做好稳就业、保民生、防风险工作', '◆完成省下达的节能降耗目标任务', ''].join('\n');
      expect(targets(extract(names)).map(([key]) => key)).toEqual(['gdp']);
    });
  });

  describe("a news item's remarks and a live blog's entries", () => {
    const session = (remarks: string) =>
      extract(
        `代表热议政府工作报告\n2026年1月12日\n\n出席县十七届人大五次会议的代表分组审议政府工作报告。报告提出今年全县地区生产总值增长6%左右,城乡居民人均可支配收入分别增长5%、6.5%,城镇新增就业2500人以上。\n\n${remarks}\n`,
      );

    it('reads a figure its clause calls the target, after the headline list, as the target restated', () => {
      expect(targets(session('县人大代表、县财政局局长李红表示,一般公共预算收入增长4.5%的目标符合实际。'))).toContainEqual(['budget_revenue', 2026, 'growth', 'exact', '4.5']);
      // …but a task's figure after the list, without 的目标, is no target; nor "的目标任务" (a task handed out).
      expect(targets(session('县人大代表李红说,今年工业投资增长15%,我们将抓好项目建设。')).some(([key]) => key === 'industrial_investment')).toBe(false);
      expect(targets(session('县人大代表李红说,工业投资增长15%的目标任务分解到各乡镇。')).some(([key]) => key === 'industrial_investment')).toBe(false);
    });

    it('reads 定的是 (spoken "is set at") between a name and its figure', () => {
      const remark = '代表热议政府工作报告\n2026年1月12日\n\n代表们说,报告提出今年全县地区生产总值增长6%左右,这个目标既积极又稳妥。\n\n“社会消费品零售总额今年定的是增长5.5%,不算低。”县人大代表王芳说。\n';
      expect(targets(extract(remark))).toContainEqual(['retail_sales', 2026, 'growth', 'exact', '5.5']);
    });

    it("reads a deputy's quotation of the report's look back, and this year's level after 要, the name borrowed", () => {
      const quoted = '代表热议政府工作报告\n2026年1月12日\n\n代表们说,报告提出今年全县地区生产总值增长6%左右,这个目标既积极又稳妥。\n\n县人大代表周海关注农业:“政府工作报告中提到去年粮食播种面积达到52.3万亩,今年要保持在52万亩以上,我们村还要扩种。”\n';
      const result = extract(quoted);
      expect(outcomes(result)).toContainEqual(['grain_area', 2025, 'level', '52.3']);
      expect(targets(result)).toContainEqual(['grain_area', 2026, 'level', 'at_least', '52']);
      // 要 with a verb of growth only where it sets a figure: "今年要稳定粮食生产" sets none, and 去年 in the town's own words is not the district's.
      const own = '代表热议政府工作报告\n2026年1月12日\n\n代表们说,报告提出今年全县地区生产总值增长6%左右,这个目标既积极又稳妥。\n\n县人大代表周海说:“去年我们村粮食播种面积达到2.3万亩,今年要稳定粮食生产。”\n';
      expect(outcomes(extract(own)).some(([key]) => key === 'grain_area')).toBe(false);
      expect(targets(extract(own)).some(([key]) => key === 'grain_area')).toBe(false);
    });

    it("reads a live blog's entry that resumes the quoted report after an ellipsis", () => {
      const blog = ['【两会直播】', '2026年1月10日', '【10:02】', '报告指出,过去一年,全县地区生产总值增长5.2%;', '【10:05】', '……规上工业增加值增长7.9%,社会消费品零售总额增长4.4%。', ''].join('\n');
      expect(outcomes(extract(blog))).toContainEqual(['industrial_value_added', 2025, 'growth', '7.9']);
    });
  });
});
