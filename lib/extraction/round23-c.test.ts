// Rules of round 23 (rules23c: PDF copies and text without punctuation from retired eval18), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { loneFigureJoins } from './lone-figure-lines';

const lines = (text: string) => text.split('\n').map((line) => ({ text: line }));

describe('round 23 rules (rules23c)', () => {
  it('reads a PDF whose digit runs stand on lines of their own inside their clauses, page-number-like runs too', () => {
    const report =
      '松河县2026年政府工作报告\n一、2025年工作回顾\n' +
      '全年一般公共预算收入完成\n7.42\n亿元,增长\n3.9%\n。城镇新增就业\n3120\n人,粮食总产量达到\n12\n万吨,连续\n4\n年稳定在\n11\n万吨以上。\n' +
      '二、2026年主要预期目标\n' +
      '地区生产总值增长\n6%\n左右;固定资产投资增长\n9%\n以上;城镇调查失业率控制在\n5.5%\n以内;城镇新增就业\n3000\n人以上。\n';
    const result = extract(report);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '9'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '3000'],
    ]));
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['budget_revenue', 2025, 'level', '7.42'],
      ['budget_revenue', 2025, 'growth', '3.9'],
      ['new_urban_jobs', 2025, 'level', '3120'],
      ['grain_output', 2025, 'level', '12'],
    ]));
  });

  it('joins a lone figure to the open line above and the line going on below, and a listing mark to the next figure', () => {
    const text = '甲增长\n4.1%\n、\n2.6%\n。\n乙达到\n8\n万吨\n丙完成\n3\n亿元\n丁为\n5%\n。\n戊增长\n7%\n;';
    const { joins } = loneFigureJoins(lines(text), text.split('\n').map(() => false));
    // 甲增长 → 4.1% → 、 → 2.6% → 。 ; 乙达到 → 8 → 万吨
    expect([...joins].sort((a, b) => a - b).slice(0, 7)).toEqual([0, 1, 2, 3, 5, 6, 8]);
  });

  it('refuses the layout where lone numbers are not inside clauses: page numbers, a table copied one cell a line, too few', () => {
    const pages = '一、工作回顾\n全年增长5%。\n\n3\n\n二、目标\n增长6%左右。\n\n4\n\n三、任务\n推进改革。\n\n5\n';
    expect(loneFigureJoins(lines(pages), pages.split('\n').map(() => false)).joins.size).toBe(0);
    const cells = '指标\n单位\n2025年\n地区生产总值\n亿元\n86.2\n91.4\n一般公共预算收入\n亿元\n5.1\n5.3\n城镇新增就业\n人\n3120\n3000\n粮食总产量\n万吨\n12\n12.2\n';
    expect(loneFigureJoins(lines(cells), cells.split('\n').map(() => false)).joins.size).toBe(0);
    // Four clauses with a lone figure: not yet a document set that way.
    const few = '甲增长\n4%\n。\n乙达到\n8\n万吨\n丙完成\n3\n亿元\n丁为\n5%\n。';
    expect(loneFigureJoins(lines(few), few.split('\n').map(() => false)).joins.size).toBe(0);
  });

  it('gives a 分别 series its first places to the names the catalogue lacks before the catalogue\'s name', () => {
    const report = '松河县2026年政府工作报告\n一、2025年工作回顾\n技改投资、民间投资、固定资产投资同比分别增长18%、6%、3.4%。\n';
    expect(outcomes(extract(report))).toEqual([['fixed_asset_investment', 2025, 'growth', '3.4']]);
    // A series with fewer figures than names, or a run-in wording before the name, keeps the name's first figure.
    const short = '松河县2026年政府工作报告\n一、2025年工作回顾\n技改投资、固定资产投资分别增长18%。\n';
    expect(outcomes(extract(short))).toEqual([['fixed_asset_investment', 2025, 'growth', '18']]);
    const wording = '松河县2026年政府工作报告\n一、2025年工作回顾\n营商环境持续改善、税收收入同口径分别增长5.2%、4.4%。\n';
    expect(outcomes(extract(wording))).toEqual([['tax_revenue', 2025, 'growth', '5.2']]);
  });
});

describe('round 23 rules (rules23c): caption copies', () => {
  it('keeps the name that ends a run of short caption lines when the line under it states a figure, and refuses a menu', () => {
    const captions =
      '青岭发布\n2026-01-08 10:20\n青岭县第十八届人民代表大会第四次会议开幕\n今天上午\n县长\n作政府工作报告\n' +
      '回望2025年\n交出了一份\n亮眼的答卷\n城镇新增就业\n完成3870人\n粮食总产量\n稳定在21.6万吨\n';
    expect(outcomes(extract(captions))).toEqual([
      ['new_urban_jobs', 2025, 'level', '3870'],
      ['grain_output', 2025, 'level', '21.6'],
    ]);
    // A menu run over a dated line: the date is no figure the last item names.
    const menu = '首页\n新闻中心\n政务公开\n地区生产总值\n2026-01-06 09:12\n青岭县2026年政府工作报告解读。\n';
    expect(outcomes(extract(menu))).toEqual([]);
  });
});

describe('round 23 rules (rules23c): clauses run together without punctuation', () => {
  it('ends the previous clause on its spaced unit and after a 坚持 run-in slogan, so the next name opens a clause', () => {
    const review =
      '青岭县2026年政府工作报告\n一2025年工作回顾\n' +
      '坚持农业稳县茶叶种植面积稳定在 18 万亩茶产业综合产值突破 26 亿元粮食播种面积 37.2 万亩。' +
      '坚持就业优先城镇新增就业 3180 人城镇调查失业率 5.1%。\n';
    expect(outcomes(extract(review))).toEqual(expect.arrayContaining([
      ['grain_area', 2025, 'level', '37.2'],
      ['new_urban_jobs', 2025, 'level', '3180'],
      ['urban_unemployment_rate', 2025, 'level', '5.1'],
    ]));
  });

  it('still refuses a name after another entity\'s scope or a sub-item\'s words', () => {
    const review = '青岭县2026年政府工作报告\n一2025年工作回顾\n茶产业综合产值突破 26 亿元全市粮食播种面积 37.2 万亩。坚持就业优先其中高校毕业生城镇新增就业 860 人。\n';
    expect(outcomes(extract(review))).toEqual([]);
  });
});

describe('round 23 rules (rules23c): caption lists of figures', () => {
  it('keeps a run of short caption lines that stands between two lines stating figures', () => {
    const captions =
      '青岭发布\n2026-01-08 10:20\n青岭县第十八届人民代表大会第四次会议开幕\n' +
      '回望2025年\n一般公共预算收入\n增长4.6%\n农业丰收\n粮食总产量\n稳定在\n21.6万吨\n';
    expect(outcomes(extract(captions))).toEqual([['budget_revenue', 2025, 'growth', '4.6'], ['grain_output', 2025, 'level', '21.6']]);
  });
});
