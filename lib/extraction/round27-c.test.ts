// Rules of round 27 (rules27c: PDF copies and text without punctuation, from retired eval22), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';
import { readOcrPercent } from './ocr-percent';

describe('round 27 rules (rules27c)', () => {
  it('reads OCR\'s ring-slash-o after a figure as the percent sign, one character for one', () => {
    const page =
      '2026年主要预期目标是:一般公共预算收入增长3º/o左右,社会消费品零售总额增长6o/o以上,\n城镇调查失业率控制在5.2°/0以内。\n' +
      '过去一年,粮食产量保持稳定,农村居民人均可支配收入增长7.3˚/o。\n';
    expect(readOcrPercent(page)).toHaveLength(page.length);
    expect(prepareText(page).text).toContain('增长3%左右');
    const result = extract(page);
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2026, 'growth', 'about', '3'],
        ['retail_sales', 2026, 'growth', 'at_least', '6'],
      ]),
    );
    expect(outcomes(result)).toEqual(expect.arrayContaining([['rural_income', 2025, 'growth', '7.3']]));
  });

  it('refuses a date, a unit and a ring that no slash-o follows', () => {
    // A date's "10/05" (a leading 0 is never a ring), a word going on after the o, a temperature and a per-unit slash stay.
    for (const text of ['截至2025年10/05日', '增长5o/ok', '气温25°/日', '单价3元/吨', '平均气温12°C']) expect(readOcrPercent(text)).toBe(text);
    // No figure before it: the marks are not a percentage.
    expect(readOcrPercent('图表°/o说明')).toBe('图表°/o说明');
  });

  it('reads a development zone\'s bare kind ("高新区", "开发区") as the zone itself in its own text', () => {
    const post = (zone: string, subject: string) =>
      `${zone}管委会发布\n2026年${zone}工作会议召开\n1月20日上午 ${zone}2026年工作会议召开 管委会主任作工作报告\n` +
      `报告回顾2025年 ${subject}地区生产总值完成88.2亿元 增长5.9% 固定资产投资增长7.5%\n报告提出2026年主要预期目标 地区生产总值增长6%左右\n`;
    for (const [zone, subject] of [['青川高新技术产业开发区', '高新区'], ['青川经济技术开发区', '开发区']]) {
      expect(outcomes(extract(post(zone!, subject!)))).toEqual(
        expect.arrayContaining([
          ['gdp', 2025, 'level', '88.2'],
          ['gdp', 2025, 'growth', '5.9'],
        ]),
      );
    }
    // Refused: another kind of zone in a zone's text, and a high-tech zone within a county, stay other places.
    for (const [district, subject] of [['青川经济技术开发区', '高新区'], ['青川县', '高新区']]) {
      expect(outcomes(extract(post(district!, subject!))).map((outcome) => outcome[0])).not.toContain('gdp');
    }
  });

  it('reads speech-to-text\'s 常驻 before 居民 as the residents\' 常住, one character for one', () => {
    const transcript =
      '青田县2026年政府工作报告\n00:08:01 过去一年全县农村常驻居民人均可支配收入达到一万九千八百元\n00:08:06 增长百分之七点二\n' +
      '00:08:10 城乡常驻居民人均可支配收入增长百分之五点九\n00:08:15 今年城镇常驻居民人均可支配收入增长百分之五左右\n';
    expect(prepareText(transcript).text).toContain('农村常住居民');
    const result = extract(transcript);
    expect(outcomes(result)).toEqual(
      expect.arrayContaining([
        ['rural_income', 2025, 'level', '19800'],
        ['rural_income', 2025, 'growth', '7.2'],
        ['resident_income', 2025, 'growth', '5.9'],
      ]),
    );
    expect(targets(result)).toEqual(expect.arrayContaining([['urban_income', 2026, 'growth', 'about', '5']]));
    // Refused: 常驻 before anything but 居民 (an office's representative) stays as written.
    expect(prepareText('驻外常驻代表处人员增长5%').text).toContain('常驻代表');
  });

  it('counts a Chinese page\'s dash, curly quotes and ellipsis a full character wide when telling a page\'s wrap', () => {
    const page = (open: string) =>
      '青禾县政府工作报告\n——在青禾县第五届人民代表大会第三次会议上\n县长 王某\n一、2025年工作回顾\n' +
      '全县上下坚持稳中求进,全年地区生产总值完成88.6亿元,增长5.1%。\n城镇新增就业1860人,城镇调查失业率控制在5.2%以内,民生持续改善。\n' +
      '全年粮食总产量21.3万吨,一般公共预算收入完成4.82亿元,增长3.3%。\n二、2026年目标任务\n' +
      `${open}\n总值增长5.5%左右,城镇新增就业1500人以上,固定资产投资增长6%。\n各位代表,让我们团结一心,为全面完成今年各项目标任务而不懈奋斗!\n`;
    // The line with the marks fills the page's width: the name cut at its end goes on in the next line.
    expect(targets(extract(page('今年总要求是“稳中求进、以进促稳”……主要预期目标是:地区生产')))).toEqual(
      expect.arrayContaining([['gdp', 2026, 'growth', 'about', '5.5']]),
    );
    // Refused: a short line holding them (the speech's occasion under its title) still ends where it ends.
    expect(prepareText(page('今年总要求是“稳中求进、以进促稳”……主要预期目标是:地区生产')).text).toContain('会议上\n县长');
  });

  it('reads a county-level city\'s 市区 before an air-quality name as its own seat, and a county\'s as the city above', () => {
    const bulletin = (district: string, scope: string) =>
      `${district}2025年国民经济和社会发展统计公报\n初步核算,${scope}地区生产总值完成312.5亿元,增长5.4%。\n` +
      '全年市区环境空气质量优良天数比率为91.2%,细颗粒物平均浓度28微克/立方米。\n';
    expect(outcomes(extract(bulletin('澄川市', '全市')))).toEqual(expect.arrayContaining([['air_quality_good_days', 2025, 'level', '91.2']]));
    // Refused: in a county's bulletin 市区 is the prefecture city's urban area.
    expect(outcomes(extract(bulletin('澄川县', '全县'))).map((outcome) => outcome[0])).not.toContain('air_quality_good_days');
  });

  it('drops a long running header after the page number where it repeats the wrapped title of the document', () => {
    const title = '关于青禾县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告';
    const report = (header: string) =>
      '关于青禾县2025年国民经济和社会发展计划执\n行情况与2026年国民经济和社会发展计划草\n案的报告\n各位代表:\n一、2025年计划执行情况\n' +
      '(一)地区生产总值。预计完成205.3亿元,增长5.2%。\n(二)居民收入。农村常住居民人均可支配收入\n第 2 页 共 5 页\n' +
      `${header}\n达到21480元,增长6.6%。\n(三)就业。城镇新增就业4120人。\n`;
    expect(prepareText(report(title)).text).not.toContain(title);
    expect(outcomes(extract(report(title)))).toEqual(
      expect.arrayContaining([
        ['rural_income', 2025, 'level', '21480'],
        ['rural_income', 2025, 'growth', '6.6'],
      ]),
    );
    // Refused: a long line there that is not the title stays (no clause is made across it).
    const other = '青禾县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案说明';
    expect(prepareText(report(other)).text).toContain(other);
  });

  it('reads 优良率 opening the clause after its head\'s count of good days as that head\'s rate', () => {
    const review = (sentence: string) => `青禾县2026年政府工作报告\n过去一年,城镇新增就业1860人。${sentence}\n`;
    expect(outcomes(extract(review('全县环境空气质量优良天数达到341天、优良率93.2%,水质保持稳定。')))).toEqual(
      expect.arrayContaining([['air_quality_good_days', 2025, 'level', '93.2']]),
    );
    // Refused: 优良率 with no count of good days before it (a project's, a product's) names nothing.
    for (const sentence of ['新建项目工程质量优良率93.2%。', '空气质量持续改善,工程优良率93.2%。']) {
      expect(outcomes(extract(review(sentence))).map((outcome) => outcome[0])).not.toContain('air_quality_good_days');
    }
  });
});
