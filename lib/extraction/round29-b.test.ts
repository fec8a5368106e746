// Rules of round 29 (rules29b: news and text without punctuation, from retired eval25 and older dev news), each reduced to the few
// lines that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { readOcrLookalikes } from './ocr-lookalikes';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const interview = (question: string, answer: string) =>
  '两会访谈|桐溪县县长:稳中求进\n2027-01-12 来源:桐溪融媒\n\n' +
  '记者:2026年对桐溪来说是怎样的一年?\n县长:全年地区生产总值完成96.3亿元,增长5.4%。\n\n' +
  '记者:消费情况怎样?\n县长:消费是我们今年要着力提振的。去年社会消费品零售总额完成40.2亿元,增长3.6%。\n\n' +
  `记者:${question}\n县长:${answer}\n\n记者:如何落实?\n县长:抓项目,力争到2030年地区生产总值突破150亿元。\n`;

describe('round 29 rules (rules29b)', () => {
  it("opens the plan at an interviewer's question that first says what the year is, then asks what the report proposed", () => {
    const result = extract(
      interview('2027年是承上启下的一年,政府工作报告提出了哪些目标?', '我们量力而行,提出今年地区生产总值增长6%左右,社会消费品零售总额增长5%,城镇新增就业2800人以上。'),
    );
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'about', '6'],
      ['retail_sales', 2027, 'growth', 'exact', '5'],
      ['new_urban_jobs', 2027, 'level', 'at_least', '2800'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2026, 'level', '96.3'],
      ['gdp', 2026, 'growth', '5.4'],
      ['retail_sales', 2026, 'level', '40.2'],
      ['retail_sales', 2026, 'growth', '3.6'],
    ]);
  });

  it('opens nothing at such a question whose opening clause looks back, nor at one that asks no question word', () => {
    const lookingBack = extract(interview('回看去年,政府工作报告提出了哪些目标?', '地区生产总值增长6%左右的目标顺利实现。'));
    expect(targets(lookingBack)).toEqual([]);
    const noQuestionWord = extract(interview('2027年是承上启下的一年,报告的目标定得高吗?', '我们量力而行,定得稳妥。'));
    expect(targets(noQuestionWord)).toEqual([]);
  });

  it("reads OCR's look-alikes 増 and 兀 (after a figure) as 增 and 元, one character for one", () => {
    const poster = '一图读懂\n2026-02-01\n2025年回顾\n社会消费品零售总额完成52.6亿兀 増长4.1%\n新増就业岗位1200个\n';
    expect(outcomes(extract(poster))).toEqual([
      ['retail_sales', 2025, 'level', '52.6'],
      ['retail_sales', 2025, 'growth', '4.1'],
    ]);
    expect(readOcrLookalikes('増长3.2% 完成8.4万兀')).toBe('增长3.2% 完成8.4万元');
    // 兀 as a word of its own, away from a figure, stays.
    expect(readOcrLookalikes('山势突兀 兀自矗立')).toBe('山势突兀 兀自矗立');
  });

  it("closes a clause at a run-in verdict on the year's economy when punctuation is lost, never at another entity's", () => {
    const own = extract('县情速览\n2026-02-01\n2025年全县经济运行稳中向好地区生产总值完成88.6亿元增长5.7%规上工业增加值增长8.2%\n');
    expect(outcomes(own)).toEqual([
      ['gdp', 2025, 'level', '88.6'],
      ['gdp', 2025, 'growth', '5.7'],
      ['industrial_value_added', 2025, 'growth', '8.2'],
    ]);
    const city = extract('县情速览\n2026-02-01\n2025年全市经济稳中向好地区生产总值完成880.6亿元增长5.1%\n');
    expect(outcomes(city)).toEqual([]);
  });

  it('reads 地方级收入 as the general public budget revenue, never the full-calibre total above it', () => {
    const news =
      '某县人代会开幕\n2026-01-10\n报告显示,2025年全县一般公共预算全口径收入18.2亿元,其中地方级收入7.64亿元,增长3.3%。' +
      '报告提出,今年全县地区生产总值增长6%,地方级收入增长4%。\n';
    const result = extract(news);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2025, 'level', '7.64'],
      ['budget_revenue', 2025, 'growth', '3.3'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'exact', '6'],
      ['budget_revenue', 2026, 'growth', 'exact', '4'],
    ]);
  });

  it("reads the stock after a roughly counted flow (\"新增…6500多户,总数达到…\"), never the rough count itself", () => {
    const flowThenStock = extract('某县人代会侧记\n2026-01-10\n代表说:“去年全县新增市场主体6500多户,总数达到5.2万户,活力越来越足。”\n');
    expect(outcomes(flowThenStock)).toEqual([['market_entities', 2025, 'level', '5.2']]);
    const roughAlone = extract('某县人代会侧记\n2026-01-10\n代表说:“去年全县市场主体6500多户,增加不少。”\n');
    expect(outcomes(roughAlone)).toEqual([]);
  });

  it('ends the targets at a heading of the year\'s work that says what to get done ("重点抓好这些事")', () => {
    const post =
      '划重点|2026年某县政府工作报告\n2026-01-09\n🎯 2026年 主要预期目标\n🔹 地区生产总值增长 6%左右\n🔹 固定资产投资增长 7%\n\n' +
      '📌 2026年 重点抓好这些事\n01 稳就业\n   城镇新增就业2000人以上\n02 强农业\n   粮食播种面积稳定在40万亩\n';
    expect(targets(extract(post))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '7'],
    ]);
  });
});
