// Rules of round 29 (rules29c: PDF copies, from retired eval25 and the older dev PDF misses, and the qualifier a rule got wrong),
// each reduced to the few lines that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the
// variants differ from the corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { flatTableChanges } from './flat-table-runs';
import { columnsUnderYears } from './header-years';
import { prepareText } from './prepare-text';

const relatives = (text: string) =>
  extract(text).targets.filter((t) => t.value === null).map((t) => [t.indicatorKey, t.qualifier, t.relativeToIndicatorKey]);

describe('round 29 rules (rules29c)', () => {
  describe('a rural income compared with the urban one', () => {
    it('reads "增幅高于城镇居民" as relative to urban income, across a PDF wrap, beside the whole\'s own comparison', () => {
      const page =
        '2026年全市发展的主要预期目标是:地区生产总值增长5.5%左右;居民人均可支配收入增长与经济增长同步,农民人均可支配收入增速\n' +
        '快于城镇居民;城镇新增就业4200人以上。\n';
      expect(relatives(page)).toEqual(
        expect.arrayContaining([
          ['resident_income', 'relative', 'gdp'],
          ['rural_income', 'relative', 'urban_income'],
        ]),
      );
      expect(targets(extract(page))).toEqual(expect.arrayContaining([['new_urban_jobs', 2026, 'level', 'at_least', '4200']]));
    });

    it('reads the wording back the same through the parser staff type into', () => {
      const parsed = parseAsWritten('增长继续高于城镇居民', { measureHint: 'growth' });
      expect(parsed.ok && [parsed.target.qualifier, parsed.target.relativeTo]).toEqual(['relative', 'urban_income']);
    });

    it('never takes a margin with its figure, or a boast about past years, for the comparison', () => {
      expect(parseAsWritten('增速高于城镇居民1.5个百分点', { measureHint: 'growth' })).not.toMatchObject({ target: { relativeTo: 'urban_income' } });
      expect(parseAsWritten('增速连续四年高于城镇居民', { measureHint: 'growth' })).not.toMatchObject({ target: { qualifier: 'relative' } });
      const page = '2026年主要预期目标是:地区生产总值增长6%左右;农村居民人均可支配收入增长7%,增速高于城镇居民2个百分点;城镇新增就业900人以上。\n';
      expect(relatives(page)).not.toEqual(expect.arrayContaining([['rural_income', 'relative', 'urban_income']]));
      expect(targets(extract(page))).toEqual(expect.arrayContaining([['rural_income', 2026, 'growth', 'exact', '7']]));
    });
  });

  describe('a two-line table header with a last column headed on one line', () => {
    it('puts the second line\'s words under the years, not under 属性', () => {
      expect(columnsUnderYears(['指标', '单位', '2025年', '2025年', '2026年', '属性'], 3)).toEqual([2, 3, 4]);
      const page =
        '二、2026年主要预期目标\n地区生产总值增长5%左右。\n表2 主要指标\n指标 单位 2025年 2025年 2026年 属性\n计划 预计 计划\n' +
        '地区生产总值增长 % 5.5 5.1 5左右 预期性\n外贸出口额 亿元 7.2 7.66 8 预期性\n城镇调查失业率 % 5.5以内 5.2 5.5以内 预期性\n';
      const result = extract(page);
      expect(targets(result)).toEqual(
        expect.arrayContaining([
          ['exports', 2026, 'level', 'exact', '8'],
          ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
        ]),
      );
      expect(outcomes(result)).toEqual(expect.arrayContaining([['exports', 2025, 'level', '7.66']]));
      expect(targets(result)).not.toEqual(expect.arrayContaining([['exports', 2026, 'level', 'exact', '7.2']]));
    });

    it('keeps the usual reading where the words fill the last columns or match no count of years', () => {
      expect(columnsUnderYears(['指标', '单位', '2025年', '2025年', '2026年'], 3)).toBeNull();
      expect(columnsUnderYears(['指标', '单位', '2025年', '2026年', '属性'], 3)).toBeNull();
    });
  });

  describe('an annex table whose rows run on as one stream', () => {
    const annex =
      '附件 2026年主要指标 指标名称 单位 2025 年计划 2025 年预计 2026 年目标 地区生产总值增速 % 6 5.6 5.5 左右 规\n' +
      '模以上工业增加值增速 % 7 7.3 7 以上 出口总额 亿元 12.5 13.08 14 城镇新增就\n业 人 2600 2712 2600 以上 城镇调查失业率 % 5.5 以内 5.3 5.5 以内 单位地区生产总值能耗降低 % 完成省下\n' +
      '达任务 3.1 完成省下达任务\n三、重点工作\n';

    it('reads each row by the header: the year\'s targets and last year\'s results, wrapped names and wordings joined', () => {
      const prepared = prepareText(annex).text;
      expect(prepared).toContain('出口总额\t亿元\t12.5\t13.08\t14\n');
      const result = extract(`2026年主要预期目标如下。\n${annex}`);
      expect(targets(result)).toEqual(
        expect.arrayContaining([
          ['exports', 2026, 'level', 'exact', '14'],
          ['new_urban_jobs', 2026, 'level', 'at_least', '2600'],
          ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
        ]),
      );
      expect(outcomes(result)).toEqual(expect.arrayContaining([['exports', 2025, 'level', '13.08'], ['new_urban_jobs', 2025, 'level', '2712']]));
      // Last year's plan column is no target and no result.
      expect(outcomes(result)).not.toEqual(expect.arrayContaining([['exports', 2025, 'level', '12.5']]));
    });

    it('reads a numbered annex run on one line, the numbers read as blank first cells', () => {
      const line = '附件2 主要指标 序号 指标名称 单位 2025年预计 2026年计划 1 地区生产总值增速 % 6.1 6左右 2 外贸出口额 亿元 3.4 3.8 3 实际利用外资 万美元 — 900 —6—';
      expect(prepareText(line).text).toContain('\t外贸出口额\t亿元\t3.4\t3.8\n');
      expect(targets(extract(`2026年主要预期目标如下。\n${line}`))).toEqual(expect.arrayContaining([['fdi', 2026, 'level', 'exact', '900']]));
    });

    it('leaves as it stands a table one row a line, a run that loses count of its cells, and prose that names 指标 and 单位', () => {
      expect(flatTableChanges('指标 单位 2025年预计 2026年目标\n地区生产总值增速 % 6 5.5左右\n出口总额 亿元 3 3.5\n')).toEqual([]);
      expect(flatTableChanges('指标 单位 2025年预计 2026年目标 实际使用外资 万美元 1 250 1 400 以上 出口总额 亿元 3 3.5 地区生产总值增速 % 6 5.5\n')).toEqual([]);
      expect(flatTableChanges('各项指标 单位 目标均已分解到各部门,出口总额 亿元 级别的企业增加了。\n')).toEqual([]);
    });
  });
});
