// Rules of round 19 (rules19c: PDF copies and text without punctuation from retired eval14), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { readGlyphCodes } from './glyph-codes';
import { findWatermarks } from './watermark-lines';

describe('round 19 rules (rules19c)', () => {
  it('reads a PDF\'s glyph numbers as their characters ("(cid:8)" for "%", "(cid:3)" for a space), never as digits', () => {
    const text =
      '一、2025年工作回顾\n全区完成一般公共预算收入8.64亿元，同比增长3.2(cid:8)；规模以上工业增加值增长11(cid:8)。\n' +
      '二、2026年主要预期目标\n地区生产总值增长6(cid:8)左右；城镇调查失业率控制在5.5(cid:8)以内。\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2025, 'level', '8.64'],
      ['budget_revenue', 2025, 'growth', '3.2'],
      ['industrial_value_added', 2025, 'growth', '11'],
    ]);
    // The quote is the original text, token and all.
    expect(result.targets[0]!.quote).toContain('6(cid:8)左右');
    // Every place is kept (one character for one) and the character takes the token's last place.
    expect(readGlyphCodes('增长5(cid:8)')).toHaveLength('增长5(cid:8)'.length);
    expect(readGlyphCodes('增长5(cid:8)').replace(/\u200b/g, '')).toBe('增长5%');
    expect(readGlyphCodes('某(cid:3)县').replace(/\u200b/g, '')).toBe('某 县');
    // A digit's glyph number (its order may be another font's) and a number outside the printable range are garbled, never
    // guessed: the figure holding one is not read.
    expect(readGlyphCodes('7(cid:21)(cid:1234)').replace(/\u200b/g, '')).toBe('7■■');
    expect(targets(extract('二、2026年主要预期目标\n地区生产总值增长(cid:25).5%左右。\n'))).toEqual([]);
    // Text without tokens is left as it is, brackets and all.
    expect(readGlyphCodes('增长5%(cid)')).toBe('增长5%(cid)');
  });

  it('opens the plan where a speaker says what was noted or read of this year\'s targets ("今年目标我记的是 …")', () => {
    const review = '—————  2026-01-14  —————\n[语音转文字] 去年全县地区生产总值增长百分之五点二 城镇新增就业两千一百人\n';
    for (const cue of ['今年的目标我这里记的是', '今年主要目标报告里写的是', '今年目标我们列的是']) {
      const result = extract(review + `[语音转文字] ${cue} 地区生产总值增长百分之六 城镇新增就业两千人以上 大家核对一下\n`);
      expect(targets(result)).toEqual([
        ['gdp', 2026, 'growth', 'exact', '6'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '2000'],
      ]);
    }
    // Without the speaker's 记的是/写的是 (what the speaker did, not what the report set) the figures stay last year's.
    const plain = extract(review + '[语音转文字] 今年的会我这里记了 地区生产总值增长百分之六 城镇新增就业两千人以上\n');
    expect(targets(plain)).toEqual([]);
  });

  it('reads a chat message that adds last year\'s figures after the targets ("[语音转文字] 还有去年…") as last year\'s', () => {
    const plan = '—————  2026-01-14  —————\n[语音转文字] 今年目标我记的是 地区生产总值增长百分之六左右 城镇新增就业两千人以上\n';
    for (const opener of ['[语音转文字] 还有去年', '[语音] 另外去年', '此外去年']) {
      const result = extract(plan + `${opener}粮食 播种面积是三十二点五万亩 这个也核对一下\n`);
      expect(outcomes(result).filter(([key]) => key === 'grain_area')).toEqual([['grain_area', 2025, 'level', '32.5']]);
    }
    // A tag or connective before anything but last year opens no look back: the plan's figure is a target.
    const still = extract(plan + '[语音转文字] 还有粮食 播种面积稳定在三十二万亩以上\n');
    expect(outcomes(still).filter(([key]) => key === 'grain_area')).toEqual([]);
  });

  it('reads 社消零, a speaker\'s short name of retail sales, as 社零 is read', () => {
    const text = '—————  2026-01-14  —————\n[语音转文字] 去年社消零是四十二点三亿元 增长百分之四点六\n[语音转文字] 今年目标我记的是 社消零增长百分之五左右\n';
    const result = extract(text);
    expect(targets(result)).toEqual([['retail_sales', 2026, 'growth', 'about', '5']]);
    expect(outcomes(result)).toEqual([
      ['retail_sales', 2025, 'level', '42.3'],
      ['retail_sales', 2025, 'growth', '4.6'],
    ]);
  });

  it('drops a watermark\'s line spliced into sentences ("仅供参阅 请勿外传" between two halves of one clause), seen twice or more', () => {
    const stamp = '        仅供参阅 请勿外传';
    // A page's text layer: every line of a paragraph as wide as the page, the stamp after the paragraph's second line.
    const page = (paragraph: string) => {
      const lines = paragraph.match(/.{1,28}/g)!;
      return [...lines.slice(0, 2), stamp, ...lines.slice(2)].join('\n');
    };
    const text =
      '一、2025年工作回顾\n' +
      page('2025年，全区上下攻坚克难，经济运行稳中有进。全年完成地区生产总值186.4亿元，增长5.6%；城镇居民人均可支配收入41250元，增长5.1%；规上工业增加值增长7.2%。') +
      '\n二、2026年主要目标\n' +
      page('综合考虑各方面因素，主要预期目标为：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业2600人以上；粮食产量稳定在18万吨以上。') +
      '\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['budget_revenue', 2026, 'growth', 'exact', '5'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '2600'],
      ['grain_output', 2026, 'level', 'at_least', '18'],
    ]);
    expect(outcomes(result).filter(([key]) => key === 'urban_income')).toEqual([
      ['urban_income', 2025, 'level', '41250'],
      ['urban_income', 2025, 'growth', '5.1'],
    ]);
    // A label repeated between figures (an infographic's), a heading repeated after whole sentences, or a stamp met once is kept.
    expect(findWatermarks(['地区生产总值', '186.4亿元', '增长5.6%', '地区生产总值', '增长6%左右'])).toEqual([]);
    expect(findWatermarks(['全年完成地区生产总值186.4亿元，增长5.6%。', '重点工作', '推进园区建设，新建标准厂房十栋。', '重点工作', '抓好项目'])).toEqual([]);
    expect(findWatermarks(['全年完成地区生产总值186.4亿元，增长5.6%；城镇', stamp, '居民人均可支配收入41250元。'])).toEqual([]);
  });

  it('ends a caption line on a figure in Chinese numerals as on one in digits ("…稳定在八点四万亩" over "粮食总产量…")', () => {
    const text =
      '新闻字幕 2026年1月15日\n报告指出2025年\n全区地区生产总值预计完成八十四点二亿元\n同比增长百分之六点一\n城镇居民人均可支配收入四万一千三百元\n' +
      '增长百分之五点三\n农村居民人均可支配收入一万八千七百二十元\n增长百分之七点六\n一般公共预算收入完成三点一二亿元\n增长百分之四点四\n' +
      '油菜播种面积稳定在八点四万亩\n粮食总产量达到六点三五万吨\n报告指出\n2026年全区经济社会发展的主要预期目标是\n地区生产总值增长百分之六左右\n';
    const read = outcomes(extract(text));
    expect(read).toContainEqual(['grain_output', 2025, 'level', '6.35']);
    expect(read).toContainEqual(['budget_revenue', 2025, 'growth', '4.4']);
  });

  it('reads a footnote at the end of a preview copy ("1 同口径增长…" over "......" or the preview\'s notice) at its marker', () => {
    const body =
      '一、2025年工作回顾\n预计全年地区生产总值 218.6 亿元，增长 5.2%；一般公共预算收入 7.84 亿元，增长 2.3%1，其中税收收入 5.1 亿元。\n' +
      '二、2026年主要目标\n地区生产总值增长 5.5% 左右；一般公共预算收入增长 4%。\n1 剔除上年一次性收入后，一般公共预算收入同口径增长 6.1%。\n';
    for (const cut of ['......\n', '（试读结束，下载后阅读全文）\n']) {
      const read = outcomes(extract(body + cut)).filter(([key]) => key === 'budget_revenue');
      expect(read).toEqual([
        ['budget_revenue', 2025, 'level', '7.84'],
        ['budget_revenue', 2025, 'growth', '2.3'],
        ['budget_revenue', 2025, 'growth', '6.1'],
      ]);
    }
    // A numbered line with prose after it, or at the text's end without a cut, is no note at a page's foot: nothing moves.
    for (const after of ['三、重点工作\n抓好项目建设。\n', '']) {
      const prose = outcomes(extract(body + after)).filter(([key]) => key === 'budget_revenue');
      expect(prose).not.toContainEqual(['budget_revenue', 2025, 'growth', '6.1']);
    }
  });

  it('reads a footnote over a gazette\'s running footer and the page number ("① …" / "某县人民政府公报  2026年第1期" / "— 4 —")', () => {
    const page = (footer: string) =>
      '一、2025年工作回顾\n预计全年地区生产总值218.6亿元，增长5.2%；一般公共预算收入完成7.84亿元，增长2.3%①；城镇新增就业2100人。\n\n' +
      '①扣除上年一次性土地出让收入影响，同口径增长6.1%。\n\n' + footer + '\n— 4 —\n\n二、2026年主要目标\n地区生产总值增长5.5%左右。\n';
    const read = (footer: string) => outcomes(extract(page(footer))).filter(([key]) => key === 'budget_revenue');
    expect(read('青岭县人民政府公报                      2026年第1期')).toContainEqual(['budget_revenue', 2025, 'growth', '6.1']);
    // A line of prose between the note and the page number is the page's text: the note is not at its foot.
    expect(read('全县上下齐心协力，各项工作稳步推进。')).not.toContainEqual(['budget_revenue', 2025, 'growth', '6.1']);
  });

  it('reads 增加至/增加直 before a rate\'s verb as 增加值, a homophone speech-to-text writes ("规模以上工业增加直增长…")', () => {
    const text = (name: string) => `新闻字幕 2026年1月15日\n报告指出2025年\n${name}同比增长百分之九点四\n报告指出\n2026年全县主要预期目标是\n地区生产总值增长百分之六左右\n`;
    for (const name of ['规上工业增加至', '规模以上工业增加直'])
      expect(outcomes(extract(text(name)))).toEqual([['industrial_value_added', 2025, 'growth', '9.4']]);
    // "增加至" before an amount means "increased to": no name is made of it.
    expect(outcomes(extract('新闻字幕 2026年1月15日\n报告指出2025年\n全县企业数量增加至三百二十户\n')).filter(([key]) => key === 'industrial_value_added')).toEqual([]);
  });

  it('reads an adjusted rate parted by spaces in text without punctuation ("…增长2.3% 剔除上年一次性因素后 同口径增长4.9%")', () => {
    const text = (adjustment: string) => `2025年工作回顾\n全县一般公共预算收入完成九点六二亿元 下降百分之一点四 ${adjustment} 同口径增长百分之三点八 城镇新增就业两千人\n`;
    for (const adjustment of ['剔除上年一次性土地收入因素', '扣除留抵退税影响后'])
      expect(outcomes(extract(text(adjustment))).filter(([key, , measure]) => key === 'budget_revenue' && measure === 'growth')).toEqual([
        ['budget_revenue', 2025, 'growth', '-1.4'],
        ['budget_revenue', 2025, 'growth', '3.8'],
      ]);
    // A part of the total taken out ("扣除汽车类后") is no basis of the whole: its rate is not the indicator's (round 22: an
    // investment taken out is one, README-independent).
    const part = outcomes(extract('2025年工作回顾\n全县社会消费品零售总额增长百分之六点一 扣除汽车类后 增长百分之九点二\n'));
    expect(part).toEqual([['retail_sales', 2025, 'growth', '6.1']]);
  });

  it('joins a PDF line one half-place wider than the page\'s band (half-width figures set it wide) to the rest of its clause', () => {
    const text = (cut: string) =>
      [
        '一、2025年工作回顾',
        '全区上下攻坚克难，经济运行总体平稳，稳中有进好于预。',
        '全年新签约亿元以上项目四十个，协议投资额创历史新高。',
        '新登记经营主体两千户，年末经营主体总数继续稳步增长。',
        '城乡居民收入稳步提高，就业形势保持总体稳定态势良好。',
        '全年接待游客八百万人次，旅游收入增长18.5%，新高。',
        '全年新增高新技术企业38家，总数达到216家，创新高。',
        '二、2026年主要目标',
        '2026年，全区经济社会发展的主要预期目标是：地区生产',
        cut,
        '资产投资增长8%，一般公共预算收入增长5%。',
      ].join('\n') + '\n';
    // The page's lines fill 49–52 half-places; the cut line 53.
    const wide = targets(extract(text('总值增长7%左右，规模以上工业增加值增长10%以上，及固定')));
    expect(wide).toContainEqual(['fixed_asset_investment', 2026, 'growth', 'exact', '8']);
    // A line a whole character wider (55) is no line of this page's width: it is not joined by its width.
    const wider = targets(extract(text('总值增长7%左右，规模以上工业增加值增长10%以上，以及固定')));
    expect(wider.filter(([key]) => key === 'fixed_asset_investment')).toEqual([]);
  });

  it('goes on with a list wrapped right after a figure in a text without any punctuation (an OCR copy), up to the work', () => {
    const list =
      '识别结果 2026-01-20\n一 2025年工作回顾\n全区地区生产总值增长5.1% 城镇新增就业2300人\n二 2026年主要目标\n' +
      '2026年全区经济社会发展主要预期目标是 地区生产总值增长6%左右 一般公共预算收入增长4%\n' +
      '居民人均可支配收入增长与经济增长同步 城镇新增就业2000人以上 完成市下达的节能减排目标\n';
    const work = '我们将重点抓好以下几个方面工作 全年实施重点项目60个 工业投资增长15%\n';
    expect(targets(extract(list + work))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['budget_revenue', 2026, 'growth', 'exact', '4'],
      ['resident_income', 2026, 'growth', 'relative', null],
      ['new_urban_jobs', 2026, 'level', 'at_least', '2000'],
      ['energy_saving', 2026, 'growth', 'qualitative', null],
    ]);
    // With punctuation anywhere the page's line ends where its clause does: the list is its sentence, as before.
    const punctuated = targets(extract(list.replace('增长4%\n', '增长4%。\n') + work));
    expect(punctuated.filter(([key]) => key === 'energy_saving' || key === 'resident_income')).toEqual([]);
  });
});
