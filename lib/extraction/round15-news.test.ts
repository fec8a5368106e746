// Round 15 (rules15a): rules from retired eval10's news, bulletins, traditional text and web pages, each named as a
// mechanism and held here on constructed lines (other wording, order, names and spacing) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { findDistrict, readingContext } from './reading-context';
import { compileCatalogue } from './catalogue';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

describe('round 15 rules (rules15a)', () => {
  describe('a district name is read whole: autonomous counties and banners, development zones', () => {
    it('reads an autonomous county or banner with its peoples, wherever the name stands', () => {
      expect(findDistrict('松江源仡佬族苗族自治县2024年国民经济和社会发展统计公报\n\n自治县统计局\n（2025年3月20日）')).toBe('松江源仡佬族苗族自治县');
      expect(findDistrict('一图读懂｜2026年白河湾拉祜族佤族布朗族傣族自治县政府工作报告\n')).toBe('白河湾拉祜族佤族布朗族傣族自治县');
      expect(findDistrict('政府工作报告\n——2025年1月8日在青岗满族自治县第十九届人民代表大会第四次会议上\n县长 李某')).toBe('青岗满族自治县');
      expect(findDistrict('（广西）2025年 云岭各族自治县人民政府工作报告')).toBe('云岭各族自治县');
      // A banner, with or without 族 before 自治 (鄂伦春自治旗 names its people without it).
      expect(findDistrict('2024年草原达斡尔族自治旗国民经济和社会发展统计公报')).toBe('草原达斡尔族自治旗');
      expect(findDistrict('2024年鄂伦春自治旗政府工作报告')).toBe('鄂伦春自治旗');
    });

    it('never takes the kind alone, nor the tail after 自, for the name', () => {
      // The text's own word for itself ("自治县统计局", "自治县人民政府") is no name; neither is "治县".
      expect(findDistrict('自治县统计局\n2025年3月\n全县地区生产总值增长5%')).toBeNull();
      expect(findDistrict('现在，我代表自治县人民政府向大会报告工作')).toBeNull();
      // A name too long to be one is not cut to its last two characters.
      expect(findDistrict('1月5日，某某某某某某某苗族自治县政府工作报告')).not.toBe('治县');
    });

    it('reads a development zone whole, its short form named in full', () => {
      expect(findDistrict('滨江经开区召开党工委（扩大）会议\n来源：滨江经开区融媒体\n经开区党工委书记作报告，中共滨江市委经济技术开发区工作委员会')).toBe('滨江经济技术开发区');
      // The long form the text writes after the same stem wins ("经济开发区", a province's zone).
      expect(findDistrict('临湖经开区召开2025年工作会议\n临湖经济开发区党工委书记张某作报告')).toBe('临湖经济开发区');
      expect(findDistrict('2025年东岭高新区管委会工作报告\n高新区管委会主任')).toBe('东岭高新技术产业开发区');
      expect(findDistrict('2024年西湾经济技术开发区国民经济和社会发展统计公报')).toBe('西湾经济技术开发区');
      expect(findDistrict('2025年海港新区政府工作报告')).toBe('海港新区');
      // The short form alone is the zone speaking of itself.
      expect(findDistrict('经开区党工委召开会议\n2025年经开区地区生产总值增长6%')).toBeNull();
    });

    it('still refuses a verb or preposition of place before the name (round 14), and keeps short names', () => {
      expect(findDistrict('来自清源县财政局的代表说，清源县2024年地区生产总值增长5%')).toBe('清源县');
      expect(findDistrict('记者走进石门县融媒体中心')).toBe('石门县');
      expect(findDistrict('来自县财政局的代表说')).toBeNull();
      expect(findDistrict('2025年自流井区政府工作报告')).toBe('自流井区');
      expect(findDistrict('2025年周至县政府工作报告')).toBe('周至县');
    });

    it("reads a long name in the body's formulas and a headline's name and colon", () => {
      expect(findDistrict('各位代表:\n\n2025年是青岗满族自治县发展进程中极不平凡的一年。')).toBe('青岗满族自治县');
      expect(findDistrict('…为奋力谱写中国式现代化的白河湾拉祜族佤族自治县篇章而不懈奋斗!')).toBe('白河湾拉祜族佤族自治县');
      expect(findDistrict('滨江经开区：两会数据速递\n\n今年')).toBe('滨江经济技术开发区');
      expect(findDistrict('2025年是渝岭区发展进程中极不平凡的一年。')).toBe('渝岭区');
    });

    it("reads the county's own figures under its stem (务川 for 务川仡佬族苗族自治县)", () => {
      const context = readingContext('', compileCatalogue(INDICATORS), '松江源仡佬族苗族自治县');
      expect(context.districtNames).toEqual(['松江源仡佬族苗族自治县', '松江源']);
      expect(context.selfScope).toBe('全县');
      // Round 27 (rules27c): …and a zone's short kind words, which name it in its own text ("经开区…", "开发区…").
      expect(readingContext('', compileCatalogue(INDICATORS), '滨江经济技术开发区').districtNames).toEqual(['滨江经济技术开发区', '滨江', '经开区', '开发区']);
    });
  });

  describe("a clause after a comma that names the report's proposal of the targets heads the list on the lines below", () => {
    const review = '过去一年,全县地区生产总值达到88.6亿元,增长5.3%。\n\n';
    it('reads the lines under it as this year\'s targets, whatever the verb, the pointing sign or the year word', () => {
      const one = extract(`2025年某县政府工作报告速览\n\n${review}今年是承上启下之年,报告提出全县主要预期目标👇\n\n✅ 地区生产总值增长6%\n✅ 社会消费品零售总额增长7%以上\n`);
      expect(targets(one)).toEqual([
        ['gdp', 2025, 'growth', 'exact', '6'],
        ['retail_sales', 2025, 'growth', 'at_least', '7'],
      ]);
      expect(outcomes(one)).toContainEqual(['gdp', 2024, 'growth', '5.3']);
      const two = extract(`2026年东坪区两会速递\n\n${review}新的一年,政府工作报告明确了以下主要目标:\n▶ 一般公共预算收入增长4%左右\n▶ 固定资产投资增长8%\n`);
      expect(targets(two)).toEqual([
        ['budget_revenue', 2026, 'growth', 'about', '4'],
        ['fixed_asset_investment', 2026, 'growth', 'exact', '8'],
      ]);
      const three = extract(`2025年某旗政府工作报告解读\n\n${review}2025年,报告确定的主要预期目标如下——\n  规模以上工业增加值增长9%\n  城镇新增就业1200人\n`);
      expect(targets(three)).toEqual([
        ['industrial_value_added', 2025, 'growth', 'exact', '9'],
        ['new_urban_jobs', 2025, 'level', 'exact', '1200'],
      ]);
    });

    it('refuses a clause that looks back at targets met, and the proposal whose next line states no figure', () => {
      // "圆满完成了年初确定的主要预期目标" over last year's figures is the review's.
      const met = extract(`2025年某县政府工作报告速览\n\n过去一年,全县上下团结奋进,圆满完成了2024年确定的主要预期目标\n地区生产总值增长5.6%\n规模以上工业增加值增长8%\n`);
      expect(targets(met)).toEqual([]);
      expect(outcomes(met)).toEqual([
        ['gdp', 2024, 'growth', '5.6'],
        ['industrial_value_added', 2024, 'growth', '8'],
      ]);
      // A proposal named in a clause whose next line states no figure heads nothing: the figures after it stay last year's.
      const talk = extract(`2025年某县两会速递\n\n会上,报告提出的主要预期目标引发代表热议\n去年全县地区生产总值增长5.1%。\n`);
      expect(targets(talk)).toEqual([]);
      expect(outcomes(talk)).toEqual([['gdp', 2024, 'growth', '5.1']]);
    });
  });

  describe('能耗双控 (the dual control of energy use set from above) names the energy-intensity target', () => {
    const head = '2025年某县政府工作报告\n\n过去一年,全县地区生产总值增长5%。\n\n';
    it('reads the qualitative target whoever set it and however the list is laid out', () => {
      const energy = (text: string) => targets(extract(text)).filter(([key]) => key === 'energy_intensity');
      expect(energy(`${head}今年主要预期目标是:地区生产总值增长6%;完成省市下达的能耗双控任务。`)).toEqual([['energy_intensity', 2025, 'growth', 'qualitative', null]]);
      expect(energy(`${head}今年主要预期目标是:\n✅ 地区生产总值增长6%\n✅ 完成州下达的能耗双控目标任务\n`)).toEqual([['energy_intensity', 2025, 'growth', 'qualitative', null]]);
      expect(energy(`${head}今年主要预期目标是:地区生产总值增长6%,全面完成上级下达的能耗双控目标。`)).toEqual([['energy_intensity', 2025, 'growth', 'qualitative', null]]);
    });

    it('reads no target from a review line or a task that mentions it', () => {
      const none = (text: string) => targets(extract(text)).filter(([key]) => key === 'energy_intensity');
      expect(none('2025年某县政府工作报告\n\n过去一年,能耗双控和碳排放管理有序推进,全县地区生产总值增长5%。\n\n今年主要预期目标是:地区生产总值增长6%。')).toEqual([]);
      expect(none(`${head}今年主要预期目标是:地区生产总值增长6%。\n\n一是推动绿色转型。严格落实能耗双控制度,推进节能改造。`)).toEqual([]);
    });
  });

  describe('a bullet sign opens an item: the lines of a bulleted list are never joined as a wrapped clause', () => {
    it('keeps each bulleted line its own, whatever the sign', () => {
      for (const sign of ['✅', '▪', '●', '★', '☑']) {
        const lines = [`${sign} 居民人均可支配收入增长与经济增长同步`, `${sign} 城镇调查失业率控制在市下达目标以内`, `${sign} 完成省下达的节能降碳目标任务`, `${sign} 粮食播种面积稳定在上级下达任务以上`];
        const prepared = prepareText(`一图速览\n\n${lines.join('\n')}\n`).text;
        for (const line of lines) expect(prepared, sign).toContain(`${line}\n`);
      }
    });

    it('still joins a wrapped clause whose next line opens with no sign (a PDF copy)', () => {
      const wrapped = '全年地区生产总值完成318.6亿元，按可比价格计算，比上年增\n长5.2%；规模以上工业增加值增长6.1%，固定资产投资增\n长4.5%；社会消费品零售总额完成102.3亿元，增长5.\n9%；一般公共预算收入完成21.5亿元，增长3.2%，税收\n占比提高到71%。\n';
      expect(prepareText(wrapped).text).toContain('比上年增长5.2%');
    });
  });

  describe("a targets heading's list may stand below blank lines (a poster's rule line dropped)", () => {
    const head = '一图读懂丨2026年某区政府工作报告\n\n过去一年,全区地区生产总值增长5%。\n\n';
    it('reads the wordings of every line of the list, however many blank lines stand under the heading', () => {
      for (const gap of ['\n\n\n', '\n━━━━━━━━━━\n\n', '\n\n\n\n']) {
        const read = targets(extract(`${head}2026年 · 主要预期目标${gap}▶ 地区生产总值增长5.5%左右\n▶ 城乡居民收入增长与经济增长同步\n▶ 完成省下达的节能降耗任务\n`));
        expect(read, JSON.stringify(gap)).toEqual([
          ['gdp', 2026, 'growth', 'about', '5.5'],
          ['resident_income', 2026, 'growth', 'relative', null],
          ['energy_saving', 2026, 'growth', 'qualitative', null],
        ]);
      }
    });

    it('ends the run at a blank line between items, as before (a task list after the targets is no target)', () => {
      const read = targets(extract(`${head}2026年 · 主要预期目标\n\n\n地区生产总值增长5.5%左右\n城乡居民收入增长与经济增长同步\n\n\n重点工作\n推动绿色发展 完成省下达的节能降耗任务\n`));
      expect(read.map(([key]) => key)).not.toContain('energy_saving');
    });
  });

  describe('an adverb of persistence or addition between a name and its verb (仍然, 依然, 仍, 也, 还, 继续) weighs the figure only', () => {
    const plan = '\n\n今年主要预期目标是:地区生产总值增长6%左右。';
    it("reads the figure as the name's, in a review or a deputy's remark", () => {
      expect(outcomes(extract(`2025年某区政府工作报告\n\n过去一年,面对困难,全区地区生产总值仍然完成了286.4亿元,同比增长4.8%。${plan}`))).toEqual([
        ['gdp', 2024, 'level', '286.4'],
        ['gdp', 2024, 'growth', '4.8'],
      ]);
      expect(outcomes(extract(`2025年某县政府工作报告\n\n过去一年,受项目完工影响,固定资产投资依然增长3.1%,社会消费品零售总额也增长了6.2%。${plan}`))).toEqual([
        ['fixed_asset_investment', 2024, 'growth', '3.1'],
        ['retail_sales', 2024, 'growth', '6.2'],
      ]);
      expect(outcomes(extract(`2025年某旗政府工作报告\n\n过去一年,规模以上工业增加值仍增长7.5%,一般公共预算收入还实现了9.3亿元。${plan}`))).toEqual([
        ['industrial_value_added', 2024, 'growth', '7.5'],
        ['budget_revenue', 2024, 'level', '9.3'],
      ]);
    });

    it("never makes another entity's figure the district's, nor a part of the year the year's", () => {
      expect(outcomes(extract(`2025年某区政府工作报告\n\n过去一年,全省地区生产总值仍然增长5.1%,全区上半年规模以上工业增加值也增长了8.2%。${plan}`))).toEqual([]);
    });
  });

  describe("a deputy's remark names the report's target: unquoted before 的目标, or after a sentence that named the indicator", () => {
    const open = '2025年某区政府工作报告审议侧记\n\n去年全区地区生产总值增长5.2%。\n\n今年主要预期目标是:地区生产总值增长6%左右。\n\n';
    it('reads "报告提出的<name><figure>的目标" as a target, whatever the verb and the figure', () => {
      const one = targets(extract(`${open}代表王芳对报告提出的社会消费品零售总额增长7%的目标充满信心。`));
      expect(one).toContainEqual(['retail_sales', 2025, 'growth', 'exact', '7']);
      const two = targets(extract(`${open}他说,报告确定的一般公共预算收入增长4%左右的预期目标是实事求是的。`));
      expect(two).toContainEqual(['budget_revenue', 2025, 'growth', 'about', '4']);
      const three = targets(extract(`${open}企业家们认为,报告明确的城镇新增就业5000人以上的目标让企业很受鼓舞。`));
      expect(three).toContainEqual(['new_urban_jobs', 2025, 'level', 'at_least', '5000']);
    });

    it("refuses a target the report set for last year, or another entity's", () => {
      const past = targets(extract(`${open}代表说,去年报告提出的社会消费品零售总额增长8%的目标已经完成。`));
      expect(past.map(([key]) => key)).not.toContain('retail_sales');
      const city = targets(extract(`${open}代表说,报告提出的全市社会消费品零售总额增长8%的目标要分解落实。`));
      expect(city.map(([key]) => key)).not.toContain('retail_sales');
    });

    it('reads "。今年报告定的目标是增长8%" under the one indicator the sentence before named', () => {
      const base = '2025年某县政府工作报告审议侧记\n\n今年主要预期目标是:地区生产总值增长6%左右。\n\n';
      expect(targets(extract(`${base}代表说:“报告说去年固定资产投资增长3.2%,比前年好转了不少。今年报告定的目标是增长8%,任务很重。”`))).toContainEqual([
        'fixed_asset_investment', 2025, 'growth', 'exact', '8',
      ]);
      expect(targets(extract(`${base}代表说,去年规上工业增加值只增长了4.1%。今年政府工作报告提出的目标为增长9%以上。`))).toContainEqual([
        'industrial_value_added', 2025, 'growth', 'at_least', '9',
      ]);
      expect(targets(extract(`${base}代表说,去年社会消费品零售总额增长3.5%。今年报告定的是增长5%,有信心。`))).toContainEqual(['retail_sales', 2025, 'growth', 'exact', '5']);
      // Two indicators in the sentence before: no name to borrow.
      const two = targets(extract(`${base}代表说,去年固定资产投资增长3.2%,社会消费品零售总额增长4%。今年报告定的目标是增长8%。`));
      expect(two.filter(([, , , , value]) => value === '8')).toEqual([]);
    });
  });

  describe("a bulletin's marks between a name, its level and its rate", () => {
    const title = '2024年某县国民经济和社会发展统计公报\n\n';
    it('reads past a circled note mark after the name, its note far below', () => {
      const notes = '\n\n'.repeat(3) + '注释:\n①农林牧渔业总产值按现价计算,增长速度按可比价格计算。\n②规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。';
      expect(outcomes(extract(`${title}全年农林牧渔业总产值①61.35亿元,按可比价格计算,比上年增长3.9%。${notes}`))).toEqual([
        ['agri_output', 2024, 'level', '61.35'],
        ['agri_output', 2024, 'growth', '3.9'],
      ]);
      expect(outcomes(extract(`${title}全年规模以上工业增加值② 比上年增长7.4%。${notes}`))).toEqual([['industrial_value_added', 2024, 'growth', '7.4']]);
      expect(outcomes(extract(`${title}全年地区生产总值(GDP)③按可比价格计算增长5.1%。${notes}`))).toEqual([['gdp', 2024, 'growth', '5.1']]);
    });

    it('continues a level with its bracketed note to the rate after its basis', () => {
      expect(outcomes(extract(`${title}初步核算,全年地区生产总值(GDP)912.6亿元(现价),按可比价格计算,比上年增长4.7%。`))).toEqual([
        ['gdp', 2024, 'level', '912.6'],
        ['gdp', 2024, 'growth', '4.7'],
      ]);
      expect(outcomes(extract(`${title}全年社会消费品零售总额88.4亿元(当年价),按不变价格计算,增长5.5%。`))).toEqual([
        ['retail_sales', 2024, 'level', '88.4'],
        ['retail_sales', 2024, 'growth', '5.5'],
      ]);
      // A share after the bracket is no rate of the level.
      expect(outcomes(extract(`${title}全年地区生产总值912.6亿元(现价),占全市比重为12.1%。`))).toEqual([['gdp', 2024, 'level', '912.6']]);
    });

    it('reads the stock of market entities "registered" (登记在册的) or "existing" (实有的)', () => {
      expect(outcomes(extract(`${title}年末全县登记在册的各类经营主体3.62万户,比上年末增长4.4%。`))).toEqual([
        ['market_entities', 2024, 'level', '3.62'],
        ['market_entities', 2024, 'growth', '4.4'],
      ]);
      expect(outcomes(extract(`${title}至年末,全县实有的市场主体41280户,增长2.9%。`))).toEqual([
        ['market_entities', 2024, 'level', '41280'],
        ['market_entities', 2024, 'growth', '2.9'],
      ]);
      // The year's new entities are a flow, not the stock.
      expect(outcomes(extract(`${title}全年新登记的经营主体5120户,下降3.4%。`))).toEqual([]);
    });
  });

  describe("a place in brackets after a name says whose figure it is (a county bulletin quoting its city's index)", () => {
    const title = '2024年某县国民经济和社会发展统计公报\n\n';
    it("reads no figure of the county's there, whichever place, indicator or verb", () => {
      expect(outcomes(extract(`${title}全年居民消费价格(清峡市)比上年上涨0.3%。全年地区生产总值增长5%。`))).toEqual([['gdp', 2024, 'growth', '5']]);
      expect(outcomes(extract(`${title}全年居民消费价格指数（宁远州）上涨1.1%。全年地区生产总值增长5%。`))).toEqual([['gdp', 2024, 'growth', '5']]);
      expect(outcomes(extract(`${title}城镇居民人均可支配收入(全省)43100元,增长4.1%。全年地区生产总值增长5%。`))).toEqual([['gdp', 2024, 'growth', '5']]);
    });

    it('still reads past an abbreviation or a scope in brackets', () => {
      expect(outcomes(extract(`${title}全年地区生产总值(GDP)212.4亿元,增长5.2%。固定资产投资(不含农户)增长3.4%。`))).toEqual([
        ['gdp', 2024, 'level', '212.4'],
        ['gdp', 2024, 'growth', '5.2'],
        ['fixed_asset_investment', 2024, 'growth', '3.4'],
      ]);
    });
  });

  describe("该市/本市 open the district's own clause in a county-level city's text, as 该区/该县 do", () => {
    it("reads the city's figures after 该市 or 本市 when 全市 is its own word", () => {
      const plan = '\n\n今年主要预期目标是:地区生产总值增长6%左右。';
      expect(outcomes(extract(`2025年云岭市政府工作报告解读\n\n报告显示,去年该市规模以上工业增加值增长9.6%。${plan}`))).toEqual([['industrial_value_added', 2024, 'growth', '9.6']]);
      expect(outcomes(extract(`2025年云岭市两会速递\n\n去年本市社会消费品零售总额增长6.3%,全市地区生产总值增长5.5%。${plan}`))).toEqual([
        ['retail_sales', 2024, 'growth', '6.3'],
        ['gdp', 2024, 'growth', '5.5'],
      ]);
      // Traditional characters, converted.
      expect(outcomes(extract(`2025年雲嶺市政府工作報告\n\n報告顯示,去年該市固定資產投資增長4.2%。\n\n今年主要預期目標是:地區生產總值增長6%左右。`))).toEqual([
        ['fixed_asset_investment', 2024, 'growth', '4.2'],
      ]);
    });

    it("reads no figure after 该市 in a district's or a county's text (there it is the city above)", () => {
      const plan = '\n\n今年主要预期目标是:地区生产总值增长6%左右。';
      expect(outcomes(extract(`2025年云岭区政府工作报告解读\n\n报告显示,去年全区地区生产总值增长5.1%,该市规模以上工业增加值增长9.6%。${plan}`))).toEqual([['gdp', 2024, 'growth', '5.1']]);
    });
  });

  describe("a list of the year's targets ends at the heading of the page's next part", () => {
    const head = '一图读懂｜2026年某区政府工作报告\n\n过去一年,全区地区生产总值增长5%。\n\n▍2026年  主要预期目标\n\n◆ 地区生产总值增长5%左右\n◆ 固定资产投资增长3%\n◆ 居民人均可支配收入增长与经济增长同步\n\n';
    const expected = [
      ['gdp', 2026, 'growth', 'about', '5'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '3'],
      ['resident_income', 2026, 'growth', 'relative', null],
    ];
    it('reads no task under a card label or a work heading as a target, whatever the heading', () => {
      for (const next of ['【图4】\n\n▍2026年  重点工作  十个方面\n\n', '三、2026年重点任务\n\n', '📌 今年要干的重点工作\n\n', '▶ 民生实事\n\n']) {
        const read = targets(extract(`${head}${next}01 扩大开放\n　 外贸出口增长8%以上\n\n02 促进消费\n　 社会消费品零售总额增长9%\n`));
        expect(read, next).toEqual(expected);
      }
    });

    it('still reads a bulleted target list that runs on after a blank line', () => {
      const read = targets(extract(`${head}◆ 城镇新增就业1.2万人\n`));
      expect(read).toEqual([...expected, ['new_urban_jobs', 2026, 'level', 'exact', '1.2']]);
    });
  });
});
