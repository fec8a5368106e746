// Round 19 (rules19a): rules from retired eval14's bulletins, plan reports and work reports, each named as a mechanism and
// held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 19 rules (rules19a)', () => {
  describe("a bulletin's title line", () => {
    const body = '\n\n全年全县地区生产总值156.2亿元,比上年增长5.2%。\n';
    it('reads the title with its note marker and a mirror’s year tag after it', () => {
      for (const title of ['2024年青岚县国民经济和社会发展统计公报[1] 2024', '青岚县2024年国民经济和社会发展统计公报①', '2024年青岚县国民经济和社会发展统计公报 2024年']) {
        const result = extract(title + body);
        expect(result.reportYear, title).toBe(2025);
        expect(outcomes(result), title).toEqual([
          ['gdp', 2024, 'level', '156.2'],
          ['gdp', 2024, 'growth', '5.2'],
        ]);
      }
    });

    it('never takes a link to a bulletin with its date for the title', () => {
      expect(extract('相关链接:青岚县2023年国民经济和社会发展统计公报 2024-03-30' + body).reportYearSource).not.toBe('bulletin_title');
    });
  });

  describe("a name's note marker before its abbreviation", () => {
    it('reads the figure after "[n](GDP)" as after "(GDP)[n]"', () => {
      const result = extract('2024年青岚县国民经济和社会发展统计公报\n\n初步核算,全年全县实现地区生产总值[3](GDP)212.05亿元,按可比价格计算,比上年增长3.9%。\n');
      expect(outcomes(result)).toEqual([
        ['gdp', 2024, 'level', '212.05'],
        ['gdp', 2024, 'growth', '3.9'],
      ]);
    });

    it("still reads a place in brackets after the mark as another entity's figure", () => {
      expect(outcomes(extract('2024年青岚县国民经济和社会发展统计公报\n\n全年居民消费价格[2](北川市)比上年上涨0.6%。\n'))).toEqual([]);
    });
  });

  describe("a regional survey's figure", () => {
    const title = '2024年青岚县国民经济和社会发展统计公报\n\n';
    it('refuses a price index noted as a region’s or a prefecture’s', () => {
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%(东岭片区口径)。\n`))).toEqual([]);
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%(阿岭地区数据)。\n`))).toEqual([]);
      expect(outcomes(extract(`${title}全年居民消费价格(东岭片区)比上年上涨0.4%。\n`))).toEqual([]);
    });

    it('keeps the district’s own figure', () => {
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%(本地区口径)。\n`))).toEqual([['cpi', 2024, 'growth', '0.4']]);
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%。\n`))).toEqual([['cpi', 2024, 'growth', '0.4']]);
    });
  });

  describe('where the district is named', () => {
    it('reads an autonomous county whose people stands without 族, and a headline’s short form in full', () => {
      expect(findDistrict('木岭哈萨克自治县第十七届人民代表大会第五次会议开幕')).toBe('木岭哈萨克自治县');
      expect(findDistrict('木岭县两会｜报告明确今年目标\n1月9日,木岭哈萨克自治县第十七届人民代表大会开幕。')).toBe('木岭哈萨克自治县');
      expect(findDistrict('青溪县两会｜报告明确今年目标\n1月9日,青溪县第十七届人民代表大会开幕。')).toBe('青溪县');
    });

    it('reads a five-character stem after a session line’s 在, whatever the stem holds (日)', () => {
      expect(findDistrict('政府工作报告\n——2025年1月9日在阿日图鄂伦春族自治旗第十七届人民代表大会第四次会议上')).toBe('阿日图鄂伦春族自治旗');
    });

    it('reads a session line dated to the month only, never a bare 县 after 待', () => {
      expect(findDistrict('政府工作报告\n(征求意见稿)\n——2026年2月在岭泉县第十八届人民代表大会第一次会议上\n(说明:2025年数据为预计数,待县统计局核定)')).toBe('岭泉县');
      expect(findDistrict('(说明:数据截至2025年12月20日,待县统计局核定后修改)')).toBeNull();
      expect(findDistrict('在1月中旬召开的县人代会上,岭泉县人民政府公布了成绩单。')).toBe('岭泉县');
    });

    it('reads a chat group’s quoted name with its year run on', () => {
      expect(findDistrict('"岭泉县2026两会材料群"的聊天记录\n统计局 09:02\n各位早上好')).toBe('岭泉县');
    });

    it('reads the stem of an evening or daily paper of another title with the bare congress', () => {
      expect(findDistrict('岭泉晚报  2025-12/26\n县十八届人大五次会议开幕,县长作报告。')).toBe('岭泉县');
      expect(findDistrict('岭泉晚报  2025-12/26\n县十八届人大五次会议开幕,岭泉市各县区代表列席。')).toBeNull();
    });
  });

  describe('the year of a December session story', () => {
    const story = (date: string) => `代表分组审议政府工作报告\n发布时间:${date}\n参加岭泉县第十八届人民代表大会第五次会议的代表分组审议《政府工作报告》。代表说,报告提出地区生产总值增长6%左右。\n`;
    it('files a December session with the next year, whose targets it sets', () => {
      expect(extract(story('2024-12-27 19:05')).reportYear).toBe(2025);
    });

    it('keeps the year of a session in January, and of a December story on no session', () => {
      expect(extract(story('2025-01-08 19:05')).reportYear).toBe(2025);
      expect(extract('岭泉县冬季招聘会举行\n发布时间:2024-12-27 19:05\n岭泉县今年城镇新增就业3200人。\n').reportYear).toBe(2024);
    });
  });

  describe("a table rendered as cards, a line a column", () => {
    const report = (cards: string) => `岭泉区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\n一、2025年计划执行情况\n全区经济运行总体平稳。\n\n二、主要指标一览\n${cards}\n三、2026年主要任务\n(一)扩大有效投资。\n`;
    it("reads the report year's target line and last year's result line under the card's name", () => {
      const result = extract(report('■ 一般公共预算收入\n2025年计划:增长4%\n2025年预计:增长2.1%\n2026年目标:增长3.5%左右\n\n■ 城镇新增就业\n2025年预计:3620人\n2026年目标:3500人以上\n\n■ 单位地区生产总值能耗\n2025年计划:完成省下达任务\n2026年目标:完成省下达目标任务\n'));
      expect(targets(result)).toEqual([
        ['budget_revenue', 2026, 'growth', 'about', '3.5'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '3500'],
        ['energy_intensity', 2026, 'growth', 'qualitative', null],
      ]);
      expect(outcomes(result)).toEqual([
        ['budget_revenue', 2025, 'growth', '2.1'],
        ['new_urban_jobs', 2025, 'level', '3620'],
      ]);
    });

    it("reads nothing from last year's plan line, a card of a task, or a lone year line under a heading", () => {
      expect(targets(extract(report('■ 一般公共预算收入\n2025年计划:增长4%\n2026年计划草案:待定\n')))).toEqual([]);
      expect(targets(extract(report('■ 重点项目\n2025年完成:46个\n2026年目标:50个\n')))).toEqual([]);
      expect(targets(extract(report('■ 城镇新增就业\n2026年目标:3500人以上\n')))).toEqual([]);
    });
  });

  describe("a table's name cell spaced out", () => {
    const report = (header: string) => `岭泉区2025年计划执行情况与2026年计划草案的报告\n\n附表\n${header}\n| 社会消费品零售总额 | 亿元 | 增长5% | 61.3 | 4.2 | 增长5.5% |\n| 城镇新增就业 | 人 | 3000 | 3105 | — | 3000以上 |\n`;
    const read = (header: string) => {
      const result = extract(report(header));
      return { targets: targets(result), outcomes: outcomes(result) };
    };
    it('reads the header whose 指标 is spaced out or its spaces lost to placeholder marks', () => {
      const expected = read('| 指标 | 单位 | 2025年计划 | 2025年预计 | 增长% | 2026年计划 |');
      expect(expected.targets).toContainEqual(['retail_sales', 2026, 'growth', 'exact', '5.5']);
      expect(expected.outcomes).toContainEqual(['retail_sales', 2025, 'level', '61.3']);
      for (const name of ['指??标', '指　　标', '指\ufffd\ufffd标', '项  目']) expect(read(`| ${name} | 单位 | 2025年计划 | 2025年预计 | 增长% | 2026年计划 |`), name).toEqual(expected);
    });

    it('never takes another first cell for the header', () => {
      expect(read('| 指数?标 | 单位 | 2025年计划 | 2025年预计 | 增长% | 2026年计划 |').outcomes).not.toContainEqual(['retail_sales', 2025, 'level', '61.3']);
    });
  });

  describe("a word processor's comment anchors", () => {
    const report = (mark: string) => `岭泉县人民政府工作报告\n——2026年1月8日在岭泉县第十八届人民代表大会第五次会议上\n\n一、2025年工作回顾\n2025年,全县一般公共预算收入完成9.36亿元${mark},同比增长3.2%;城镇和农村居民人均可支配收入分别达到40120元和19870元${mark},分别增长4.6%、6.9%。\n`;
    it("reads a level's rate past a reviewer's anchor, as without it", () => {
      const plain = outcomes(extract(report('')));
      expect(plain).toContainEqual(['budget_revenue', 2025, 'growth', '3.2']);
      for (const mark of ['[李2]', '[欧阳12]', '[LW3]']) expect(outcomes(extract(report(mark))), mark).toEqual(plain);
    });

    it('keeps a bare footnote number as a footnote', () => {
      expect(outcomes(extract(report('[9]')))).toContainEqual(['budget_revenue', 2025, 'level', '9.36']);
    });
  });

  describe('a numbered table aligned with spaces, its header in two lines', () => {
    const report = (table: string) => `岭泉县2025年计划执行情况与2026年计划草案的报告\n\n附表\n${table}`;
    it('reads the words under the years as the last columns’ and each row past its number', () => {
      const result = extract(report('序号  指标名称          单位     2025年    2025年     2026年\n                                  计划      预计完成   目标\n3   城镇新增就业        人       2600      2718       2600以上\n4   城镇调查失业率      %        5.5以内   4.9        5.5以内\n'));
      expect(outcomes(result)).toEqual([
        ['new_urban_jobs', 2025, 'level', '2718'],
        ['urban_unemployment_rate', 2025, 'level', '4.9'],
      ]);
      expect(targets(result)).toEqual([
        ['new_urban_jobs', 2026, 'level', 'at_least', '2600'],
        ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
      ]);
    });

    it('never reads a second line of other words as the columns', () => {
      const result = extract(report('序号  指标名称          单位     2025年    2025年     2026年\n                                  注释      说明   备注\n3   城镇新增就业        人       2600      2718       2600以上\n'));
      expect(outcomes(result)).not.toContainEqual(['new_urban_jobs', 2025, 'level', '2718']);
    });
  });

  describe("a verb inside a sector's output or value-added name", () => {
    const bulletin = (line: string) => `2025年青岚县国民经济和社会发展统计公报\n\n${line}\n`;
    it('reads the name with 实现 or 完成 before its measure', () => {
      expect(outcomes(extract(bulletin('全年全县农林牧渔业实现总产值38.12亿元,比上年增长4.3%。')))).toEqual([
        ['agri_output', 2025, 'level', '38.12'],
        ['agri_output', 2025, 'growth', '4.3'],
      ]);
      expect(outcomes(extract(bulletin('全年规模以上工业完成增加值增长6.6%。')))).toEqual([['industrial_value_added', 2025, 'growth', '6.6']]);
    });

    it('never joins a verb and a measure of no catalogue name', () => {
      expect(outcomes(extract(bulletin('全年全县旅游业实现总产值12.5亿元,比上年增长9.1%。')))).toEqual([]);
    });
  });

  describe("a part's relative wording where the whole's is stated", () => {
    const report = (plan: string) =>
      `岭泉县人民政府工作报告\n——2026年1月8日在岭泉县第十八届人民代表大会第五次会议上\n\n二、2026年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,${plan}。\n\n附表\n指标名称\t单位\t2025年计划\t2025年完成\t2026年预期目标\n农村居民人均可支配收入\t元\t增长7%\t20450\t与经济增长同步\n`;
    const relative = (plan: string) => extract(report(plan)).targets.filter((target) => target.qualifier === 'relative').map((target) => target.indicatorKey);
    it("lets the whole's target stand for the part's restatement", () => {
      expect(relative('城乡居民人均可支配收入增长与经济增长同步')).toEqual(['resident_income']);
    });

    it("keeps the part's relative wording where the whole states none", () => {
      expect(relative('城镇新增就业5000人')).toEqual(['rural_income']);
    });
  });

  describe('a targets list whose items are each followed by their reasoning', () => {
    const report = (last: string) =>
      `岭泉区2025年计划执行情况与2026年计划草案的报告\n\n二、2026年主要预期目标及考虑\n2026年,全区主要预期目标建议如下:\n1.地区生产总值增长5.5%左右。\n主要考虑:全市提出增长5.5%左右,我区应与全市同步。\n2.城镇新增就业5200人以上。\n说明:新建园区预计带动就业800人。\n${last}\n\n三、2026年重点工作(略)\n`;
    it('reads the items past each reasoning paragraph, a handed-down wording with its change word too', () => {
      const result = extract(report('3.完成市下达的能耗强度降低目标任务(约束性)。'));
      expect(targets(result)).toEqual([
        ['gdp', 2026, 'growth', 'about', '5.5'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '5200'],
        ['energy_intensity', 2026, 'growth', 'qualitative', null],
      ]);
    });

    it('never reads the reasoning as a target', () => {
      const result = extract(report('3.固定资产投资增长7%。\n主要考虑:去年一般公共预算收入增长2.1%,土地出让收入下降。'));
      expect(targets(result).map(([key]) => key)).toEqual(['gdp', 'new_urban_jobs', 'fixed_asset_investment']);
    });
  });
});
