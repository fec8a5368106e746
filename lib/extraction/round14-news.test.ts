// Rules of round 14 (rules14b: news articles and traditional text), each reduced to the few lines that carry it
// (constructed, names and figures invented), from the forms retired eval9's writers used and that published
// session news, live blogs and Hong Kong / Macau papers' pages use.
import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 14 rules (rules14b)', () => {
  // An e-paper page: the paper's furniture, then the article's title and subtitle, then its body.
  const paperPage = (title: string, subtitle: string) =>
    '第A05版:要闻 上一版  下一版\n本版标题导航\n当前报纸日期:\n2026年1月12日 星期一\n\n' +
    `${title}\n\n${subtitle}\n\n` +
    '  本报讯 1月11日,清源县第十七届人民代表大会第六次会议开幕。县长作政府工作报告时指出,2025年清源全县地区生产总值达到318.6亿元,增长5.2%。\n\n' +
    '  报告称,去年全县规模以上工业增加值增长7.4%,固定资产投资增长3.3%;一般公共预算收入完成21.4亿元,增长2.6%。\n\n' +
    '  县长表示,2026年清源经济社会发展的主要预期目标是:地区生产总值增长6%左右;规模以上工业增加值增长8%;固定资产投资增长5%。\n';

  it('reads a title and subtitle under a paper page\'s furniture as headlines, not as the opening of the plan', () => {
    for (const [title, subtitle] of [
      ['清源去年经济增长5.2%', '今年目标增长6%左右'],
      ['今年目标增长6%左右', '清源去年经济增长5.2%'],
      ['清源县人代会开幕', '今年预期增长 6%左右 就业优先'],
    ] as const) {
      const result = extract(paperPage(title, subtitle));
      expect(outcomes(result), title).toEqual(
        expect.arrayContaining([
          ['gdp', 2025, 'level', '318.6'],
          ['industrial_value_added', 2025, 'growth', '7.4'],
          ['fixed_asset_investment', 2025, 'growth', '3.3'],
          ['budget_revenue', 2025, 'level', '21.4'],
          ['budget_revenue', 2025, 'growth', '2.6'],
        ]),
      );
      expect(targets(result), title).toEqual([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['industrial_value_added', 2026, 'growth', 'exact', '8'],
        ['fixed_asset_investment', 2026, 'growth', 'exact', '5'],
      ]);
    }
  });

  it('still opens the plan at a short line after the body has begun, or in a caption copy without prose', () => {
    // After a paragraph of prose a short line is the body's own.
    const afterProse =
      '清源县人代会开幕\n本报讯 1月11日,清源县第十七届人民代表大会第六次会议开幕,县长作政府工作报告。会议听取了报告,与会代表认真审议。\n' +
      '2025年全县地区生产总值增长5.2%。\n今年目标增长6%左右\n规模以上工业增加值增长8%。\n';
    expect(targets(extract(afterProse))).toContainEqual(['industrial_value_added', 2026, 'growth', 'exact', '8']);
    // A caption copy: short lines, no paragraph of prose anywhere.
    const captions = '清源县两会速递\n2025年全县地区生产总值增长5.2%\n新的一年 全县地区生产总值预期增长6%左右\n规模以上工业增加值增长8%\n';
    expect(targets(extract(captions))).toContainEqual(['gdp', 2026, 'growth', 'about', '6']);
  });

  it("reads the district's name without its suffix before its scope word (德溪全县, 青川全区)", () => {
    const text = (name: string, scope: string, stem: string) =>
      `${name}政府工作报告\n一、2025年工作回顾\n2025年${stem}${scope}地区生产总值达到128.4亿元,增长5.6%。过去一年,${stem} ${scope}城镇新增就业5120人。\n二、2026年主要预期目标\n地区生产总值增长6%左右。\n`;
    expect(outcomes(extract(text('清源县', '全县', '清源')))).toEqual([
      ['gdp', 2025, 'level', '128.4'],
      ['gdp', 2025, 'growth', '5.6'],
      ['new_urban_jobs', 2025, 'level', '5120'],
    ]);
    expect(outcomes(extract(text('青川区', '全区', '青川')))).toContainEqual(['gdp', 2025, 'level', '128.4']);
    // Another place's name before the scope word is that place's figure.
    expect(outcomes(extract(text('青川区', '全区', '白沙')))).not.toContainEqual(['gdp', 2025, 'level', '128.4']);
  });

  it('announces the targets in a heading ("…目标来了——") over a list, even with a live blog\'s clock lines between', () => {
    const review = '图文直播:清源县人代会开幕\n\n09:10\n县长作政府工作报告。2025年全县地区生产总值完成318.6亿元,增长5.2%。\n\n09:20\n社会消费品零售总额完成97.3亿元、增长6.5%。\n\n';
    for (const heading of ['【划重点】2026年主要预期目标来了——', '今年的目标出炉!', '2026年预期目标揭晓 👇', '主要目标公布了…']) {
      const text = review + `09:31\n${heading}\n\n09:32\n地区生产总值增长6%左右;\n\n09:32\n社会消费品零售总额增长7%;\n\n09:33\n城镇新增就业5000人。\n\n09:40\n报告提出,今年要力争出口总额突破60亿元。\n`;
      const result = extract(text);
      expect(targets(result), heading).toEqual([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['retail_sales', 2026, 'growth', 'exact', '7'],
        ['new_urban_jobs', 2026, 'level', 'exact', '5000'],
      ]);
      expect(outcomes(result), heading).toContainEqual(['retail_sales', 2025, 'growth', '6.5']);
    }
    // A page title of the same words, over its date line and a lead, heads no list.
    const title = '【两会聚焦】全县GDP突破300亿元!清源县2026年目标定了\n2026-01-12 19:40 来源:清源县广播电视台\n  1月11日,清源县第十七届人民代表大会第六次会议开幕。报告显示,2025年全县地区生产总值达到302.6亿元,增长5.8%;规模以上工业增加值增长9.2%。\n  报告提出,2026年全县地区生产总值增长6%左右,规模以上工业增加值增长8%以上。\n';
    const read = extract(title);
    expect(outcomes(read)).toEqual([
      ['gdp', 2025, 'level', '302.6'],
      ['gdp', 2025, 'growth', '5.8'],
      ['industrial_value_added', 2025, 'growth', '9.2'],
    ]);
    expect(targets(read)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['industrial_value_added', 2026, 'growth', 'at_least', '8'],
    ]);
  });

  it('never reads a verb or preposition of place before a bare 县 as a name (来自县财政局, 走进县融媒体中心)', () => {
    const foot = (line: string) => `代表热议政府工作报告\n本报讯 代表们分组审议政府工作报告。\n${line}\n`;
    expect(findDistrict(foot('来自县财政局的代表说,今年收入目标增长5%。'))).toBeNull();
    expect(findDistrict(foot('记者走进县融媒体中心,采访了编辑。'))).toBeNull();
    expect(findDistrict(foot('工作组深入县统计局调研。'))).toBeNull();
    // A name is still read before the same organ, and names that end in 至/和 stay names.
    expect(findDistrict(foot('来自清源县财政局的代表说,今年收入目标增长5%。'))).toBe('清源县');
    expect(findDistrict(foot('记者走进清源县融媒体中心,采访了编辑。'))).toBe('清源县');
    expect(findDistrict('自流井区人民政府工作报告\n各位代表:\n')).toBe('自流井区');
    expect(findDistrict('向阳区人民政府工作报告\n各位代表:\n')).toBe('向阳区');
    expect(findDistrict('周至县人民政府工作报告\n各位代表:\n')).toBe('周至县');
    expect(findDistrict('平和县人民政府工作报告\n各位代表:\n')).toBe('平和县');
  });
  it('reads a relative income target with its margin over GDP growth, one for each part with 分别 / 均', () => {
    const plan = (wording: string) =>
      `清源县政府工作报告\n一、2025年工作回顾\n2025年全县地区生产总值增长5.2%。\n二、2026年主要预期目标\n今年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,${wording},城镇新增就业5000人以上。\n`;
    const incomes = (wording: string) => extract(plan(wording)).targets.filter((t) => t.indicatorKey.endsWith('income')).map((t) => [t.indicatorKey, t.qualifier, t.value, t.asWritten]);
    expect(incomes('城镇和农村居民人均可支配收入增长分别快于地区生产总值增长1个、2个百分点')).toEqual([
      ['urban_income', 'relative', null, '增长快于地区生产总值增长'],
      ['rural_income', 'relative', null, '增长快于地区生产总值增长'],
    ]);
    expect(incomes('城乡居民收入增长均高于GDP增长半个百分点')).toEqual([
      ['urban_income', 'relative', null, '增长高于GDP增长'],
      ['rural_income', 'relative', null, '增长高于GDP增长'],
    ]);
    expect(incomes('城乡居民人均可支配收入增长分别快于经济增长')).toEqual([
      ['urban_income', 'relative', null, '增长快于经济增长'],
      ['rural_income', 'relative', null, '增长快于经济增长'],
    ]);
    // One name, a margin: one target, its wording whole in the quote.
    const one = extract(plan('居民人均可支配收入增长高于经济增长 1个百分点以上')).targets.find((t) => t.indicatorKey === 'resident_income');
    expect([one?.qualifier, one?.quote]).toEqual(['relative', '居民人均可支配收入增长高于经济增长 1个百分点以上']);
    // A combined name without 分别 is residents' income as a whole, as before; the jobs target after the margin is still read.
    expect(incomes('城乡居民收入增长与经济增长同步')).toEqual([['resident_income', 'relative', null, '增长与经济增长同步']]);
    expect(targets(extract(plan('城乡居民人均可支配收入增长分别高于经济增长0.3个和1个百分点')))).toContainEqual(['new_urban_jobs', 2026, 'level', 'at_least', '5000']);
    // A gap to the city is no relative target, and last year's margin in the review is no outcome.
    expect(incomes('城乡居民人均可支配收入增长分别高于全市0.5个和1个百分点')).not.toContainEqual(expect.arrayContaining(['relative']));
    const review = extract(plan('城乡居民收入增长与经济增长同步').replace('增长5.2%。', '增长5.2%,城乡居民人均可支配收入增长分别高于经济增长0.3个和1.2个百分点。'));
    expect(outcomes(review)).toEqual([['gdp', 2025, 'growth', '5.2']]);
  });
  // A deputies' discussion: the report's targets and last year's figures inside what the deputies say.
  const discussion = (body: string) =>
    '代表分组审议政府工作报告\n来源:清源县融媒体中心 发布时间:2026-01-14 18:00\n1月14日,出席县十七届人大六次会议的代表分组审议政府工作报告。\n' +
    '县人大代表李华说:“过去一年全县地区生产总值达到318.6亿元,增长5.2%。今年报告把地区生产总值增长目标定在6%左右,是积极稳妥的。”\n' +
    body;

  it('reads a deputy\'s look back up to the report\'s proposal in the same sentence, and past a quotation closed after its stop', () => {
    for (const body of [
      '县人社局局长王敏介绍,2025年全县城镇新增就业6120人,城镇调查失业率控制在5.5%以内;报告提出今年城镇新增就业6000人以上。\n',
      '王敏介绍,去年全县城镇新增就业6120人,城镇调查失业率控制在5.5%以内,报告提出,今年城镇新增就业6000人以上。\n',
      '企业代表说:“订单排到了五月。”据了解,2025年全县城镇新增就业6120人,城镇调查失业率控制在5.5%以内。报告提出今年城镇新增就业6000人以上。\n',
    ]) {
      const result = extract(discussion(body));
      expect(outcomes(result), body).toEqual(expect.arrayContaining([
        ['new_urban_jobs', 2025, 'level', '6120'],
        ['urban_unemployment_rate', 2025, 'level', '5.5'],
      ]));
      expect(targets(result), body).toContainEqual(['new_urban_jobs', 2026, 'level', 'at_least', '6000']);
      expect(targets(result).filter(([key]) => key === 'urban_unemployment_rate'), body).toEqual([]);
    }
  });

  it("never reads the speaker's own town or company looking back as the district", () => {
    for (const own of ['去年我们集团新上了两条生产线,出口总额增长了两成多。', '去年我们村农村居民人均可支配收入达到23120元,增长8.1%。', '去年我们镇固定资产投资增长12%。']) {
      const result = extract(discussion(`报告提出,今年固定资产投资增长6%,这对我们是大利好。${own}\n`));
      expect(outcomes(result), own).toEqual([
        ['gdp', 2025, 'level', '318.6'],
        ['gdp', 2025, 'growth', '5.2'],
      ]);
    }
    // The county's own look back in the same place is read.
    const county = extract(discussion('报告提出,今年固定资产投资增长6%,这对我们是大利好。去年全县固定资产投资增长3.1%。\n'));
    expect(outcomes(county)).toContainEqual(['fixed_asset_investment', 2025, 'growth', '3.1']);
  });

  it('reads what a speaker says the report says (报告说, 今年报告…), and a target the report sets for the name the clause before gave', () => {
    for (const [said, expected] of [
      ['村支书说:“今年报告说城乡居民人均可支配收入分别增长5%、7.5%,我们要再加把劲。”', [['urban_income', 2026, 'growth', 'exact', '5'], ['rural_income', 2026, 'growth', 'exact', '7.5']]],
      ['他说,报告说今年粮食总产量稳定在24亿斤以上,心里有底。', [['grain_output', 2026, 'level', 'at_least', '24']]],
      ['她说,今年报告称城镇新增就业5000人以上。', [['new_urban_jobs', 2026, 'level', 'at_least', '5000']]],
      ['代表建议,社会消费品零售总额去年只增长了3.6%,今年报告定的是增长5%,要拿出实招。', [['retail_sales', 2026, 'growth', 'exact', '5']]],
      ['代表说,一般公共预算收入去年增长2.1%,今年报告确定的目标是增长4%。', [['budget_revenue', 2026, 'growth', 'exact', '4']]],
    ] as const) {
      const found = targets(extract(discussion(said + '\n')));
      for (const item of expected) expect(found, said).toContainEqual(item);
    }
    // Last year's figure the report gives is no target; nor a year after the verb.
    const past = targets(extract(discussion('他说,报告说去年城镇新增就业6120人。\n')));
    expect(past.filter(([key]) => key === 'new_urban_jobs')).toEqual([]);
    const lastYear = targets(extract(discussion('代表说,社会消费品零售总额今年一季度增长3%,去年报告定的是增长5%。\n')));
    expect(lastYear.filter(([key]) => key === 'retail_sales')).toEqual([]);
  });
  it("reads a speaker's own county in spoken words (咱县, 咱们县, 俺县) before a name", () => {
    for (const own of ['咱县', '咱们县', '俺县']) {
      const result = extract(discussion(`种粮大户说:“去年${own}粮食播种面积稳定在86.5万亩,粮食总产量达到9.8亿斤。”\n`));
      expect(outcomes(result), own).toEqual(expect.arrayContaining([['grain_area', 2025, 'level', '86.5'], ['grain_output', 2025, 'level', '9.8']]));
    }
    // A speaker's own town is not the county.
    const town = extract(discussion('种粮大户说:“去年咱们镇粮食播种面积稳定在6.5万亩。”\n'));
    expect(outcomes(town).filter(([key]) => key === 'grain_area')).toEqual([]);
  });

  it('reads the whole year\'s estimate after a part-year figure of the same name, never after this year\'s part', () => {
    for (const [said, expected] of [
      ['“1—11月全县社会消费品零售总额增长5.9%,全年预计完成84.2亿元,增长6.2%。今年目标是增长6.5%。”', [['retail_sales', 2025, 'level', '84.2'], ['retail_sales', 2025, 'growth', '6.2']]],
      ['“前三季度全县固定资产投资增长4.1%;全年初步预计增长5.3%。”', [['fixed_asset_investment', 2025, 'growth', '5.3']]],
      ['他说,1至11月规上工业增加值增长7.2%,全年预计可实现增长7.5%。', [['industrial_value_added', 2025, 'growth', '7.5']]],
    ] as const) {
      const found = outcomes(extract(discussion(said + '\n')));
      for (const item of expected) expect(found, said).toContainEqual(item);
      expect(found.filter(([, , , value]) => value === '5.9' || value === '4.1' || value === '7.2'), said).toEqual([]);
    }
    const thisYear = outcomes(extract(discussion('他说,今年一季度全县社会消费品零售总额增长3%,全年预计增长5%。\n')));
    expect(thisYear.filter(([key]) => key === 'retail_sales')).toEqual([]);
  });
  it('reads a post\'s spoken heading over the year\'s work ("要重点干这些事👇", "这样干", "怎么干") as the start of the tasks', () => {
    const post = (heading: string) =>
      '数说|一组数据看清源县政府工作报告\n清源发布 2026年01月13日\n2025年,全县地区生产总值增长5.2%。\n\n报告提出,今年全县的主要预期目标是:\n\n' +
      '◆地区生产总值增长5.5%;\n\n◆固定资产投资增长4%;\n\n◆规模以上工业增加值增长7%;\n\n◆城镇新增就业5200人以上。\n\n' +
      `${heading}\n\n▶ 实施工业强县行动,工业投资增长12%以上;\n\n▶ 新建高标准农田3万亩,粮食总产量稳定在20万吨以上;\n`;
    for (const heading of ['下面一起来看看2026年清源县要重点干这些事👇', '2026年 清源这样干', '看今年怎么干 ⬇️', '今年要干哪些事?']) {
      const keys = targets(extract(post(heading))).map(([key]) => key);
      expect(keys, heading).toEqual(['gdp', 'fixed_asset_investment', 'industrial_value_added', 'new_urban_jobs']);
    }
  });
  it('reads a range in Chinese numerals as the digits\' range is read, and words it in digits', () => {
    const plan = (wording: string) => `清源区政府工作报告\n一、2025年工作回顾\n2025年全区地区生产总值增长5.2%。\n二、2026年主要预期目标\n今年全区的主要预期目标是:${wording};城镇新增就业5000人以上。\n`;
    const first = (wording: string) => {
      const target = extract(plan(wording)).targets[0]!;
      return [target.indicatorKey, target.qualifier, target.value, target.valueHigh, target.asWritten];
    };
    expect(first('地区生产总值增长百分之五至百分之五点五')).toEqual(['gdp', 'range', '5', '5.5', '5%—5.5%']);
    expect(first('地區生產總值增長百分之五至五點五左右')).toEqual(['gdp', 'range', '5', '5.5', '5%—5.5%左右']);
    expect(first('社会消费品零售总额增长百分之六到百分之七')).toEqual(['retail_sales', 'range', '6', '7', '6%—7%']);
    // A single figure stays one; a 至 that opens a date or another unit is no range.
    expect(first('地区生产总值增长百分之五左右')).toEqual(['gdp', 'about', '5', null, '5%左右']);
    expect(first('地区生产总值增长百分之五至年底')).toEqual(['gdp', 'exact', '5', null, '5%']);
  });
  it('reads the target a news item led with when its list says "其他/其余…目标还包括" after the look back', () => {
    const item = (lead: string) =>
      '2026-01-23 听新闻\n清源区订今年GDP增长目标\n两岸经贸报/记者报导\n' +
      `清源区昨天召开区人民代表大会,区长作政府工作报告,${lead},是近年来首度以区间设定目标。\n` +
      '报告指出,2025年全区GDP预计达人民币二千一百八十六亿元,年增百分之五点二。\n' +
      '其他经济目标还包括:一般公共预算收入增长百分之二左右;城镇新增就业二点二万人以上。\n';
    for (const [lead, expected] of [
      ['将2026年地区生产总值增长目标设定在百分之五至百分之五点五', ['gdp', 2026, 'growth', 'range', '5']],
      ['把今年全区地区生产总值增长目标定为6%左右', ['gdp', 2026, 'growth', 'about', '6']],
      ['将2026年規模以上工業增加值增長目標訂在百分之七', ['industrial_value_added', 2026, 'growth', 'exact', '7']],
    ] as const) {
      const found = targets(extract(item(lead)));
      expect(found, lead).toContainEqual(expected);
      expect(found, lead).toContainEqual(['budget_revenue', 2026, 'growth', 'about', '2']);
    }
    // Another year's target in the lead, or the city's, is none of the report year's.
    const other = targets(extract(item('并回顾说,将2025年地区生产总值增长目标设定在百分之五曾是难题')));
    expect(other.filter(([key]) => key === 'gdp')).toEqual([]);
    const city = targets(extract(item('并提到全市将2026年地区生产总值增长目标设定在百分之五')));
    expect(city.filter(([key]) => key === 'gdp')).toEqual([]);
  });
});
