// The indicators the app knows from day one. Keys are stable identifiers used in
// URLs, imports and the API; Chinese aliases are the spellings reports use and
// drive both the seed and the report extractor.

export type IndicatorDefinition = {
  key: string;
  nameZh: string;
  nameEn: string;
  aliases: readonly string[];
  /** Unit of a level figure; growth figures are always in %. Null: qualitative only. */
  levelUnit: string | null;
  higherIsBetter: boolean;
};

export const INDICATORS: readonly IndicatorDefinition[] = [
  { key: 'gdp', nameZh: '地区生产总值', nameEn: 'Gross regional product (GDP)', aliases: ['生产总值', 'GDP', '经济总量'], levelUnit: '亿元', higherIsBetter: true },
  { key: 'agri_output', nameZh: '农林牧渔业总产值', nameEn: 'Gross output of agriculture, forestry, animal husbandry and fishery', aliases: ['农业总产值'], levelUnit: '亿元', higherIsBetter: true },
  { key: 'industrial_value_added', nameZh: '规模以上工业增加值', nameEn: 'Value added of industry above designated size', aliases: ['规上工业增加值', '规模工业增加值', '规模以上工业企业增加值', '规上工业企业增加值'], levelUnit: '亿元', higherIsBetter: true },
  { key: 'fixed_asset_investment', nameZh: '固定资产投资', nameEn: 'Fixed-asset investment', aliases: ['500万元以上固定资产投资', '全社会固定资产投资', '固投', '规模以上固定资产投资', '规上固定资产投资'], levelUnit: '亿元', higherIsBetter: true },
  { key: 'industrial_investment', nameZh: '工业投资', nameEn: 'Industrial investment', aliases: [], levelUnit: '亿元', higherIsBetter: true },
  { key: 'retail_sales', nameZh: '社会消费品零售总额', nameEn: 'Total retail sales of consumer goods', aliases: ['社零总额', '社会消费品零售额', '社零', '社零额', '社消零'], levelUnit: '亿元', higherIsBetter: true },
  { key: 'budget_revenue', nameZh: '一般公共预算收入', nameEn: 'General public budget revenue', aliases: ['地方一般公共预算收入', '公共财政预算收入', '地方财政一般预算收入', '一般预算收入', '一般公共财政预算收入', '公共财政收入', '地方公共财政收入', '地方级收入'], levelUnit: '亿元', higherIsBetter: true },
  { key: 'tax_revenue', nameZh: '税收收入', nameEn: 'Tax revenue', aliases: [], levelUnit: '亿元', higherIsBetter: true },
  { key: 'resident_income', nameZh: '居民人均可支配收入', nameEn: 'Per-capita disposable income of residents', aliases: ['人均可支配收入', '全体居民人均可支配收入', '居民收入'], levelUnit: '元', higherIsBetter: true },
  { key: 'urban_income', nameZh: '城镇常住居民人均可支配收入', nameEn: 'Per-capita disposable income of urban residents', aliases: ['城镇居民人均可支配收入', '城镇常住居民收入'], levelUnit: '元', higherIsBetter: true },
  { key: 'rural_income', nameZh: '农村常住居民人均可支配收入', nameEn: 'Per-capita disposable income of rural residents', aliases: ['农村居民人均可支配收入', '农村常住居民收入', '农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入', '农牧区常住居民人均可支配收入', '农牧区居民人均可支配收入', '农牧民人均可支配收入', '农民人均可支配收入'], levelUnit: '元', higherIsBetter: true },
  { key: 'new_urban_jobs', nameZh: '城镇新增就业', nameEn: 'New urban jobs', aliases: ['新增城镇就业', '城镇新增就业人数', '新增城镇就业人数', '新增就业'], levelUnit: '人', higherIsBetter: true },
  { key: 'urban_unemployment_rate', nameZh: '城镇调查失业率', nameEn: 'Surveyed urban unemployment rate', aliases: ['城镇登记失业率', '调查失业率'], levelUnit: '%', higherIsBetter: false },
  { key: 'cpi', nameZh: '居民消费价格涨幅', nameEn: 'Consumer price inflation (CPI)', aliases: ['居民消费价格总水平涨幅', '居民消费价格总水平', '居民消费价格指数涨幅', '居民消费价格指数', '居民消费价格', 'CPI'], levelUnit: null, higherIsBetter: false },
  { key: 'energy_intensity', nameZh: '单位地区生产总值能耗', nameEn: 'Energy consumption per unit of GDP', aliases: ['单位GDP能耗', '单位生产总值能耗', '单位地区生产总值能源消耗', '万元地区生产总值能耗', '万元GDP能耗', '能耗强度', '能耗双控', '单位增加值能耗'], levelUnit: null, higherIsBetter: false },
  { key: 'energy_saving', nameZh: '节能减排', nameEn: 'Energy saving and emission reduction', aliases: ['节能降耗', '节能降碳'], levelUnit: null, higherIsBetter: true },
  { key: 'fdi', nameZh: '实际使用外商直接投资额', nameEn: 'Foreign direct investment actually used', aliases: ['实际使用外商直接投资', '实际使用外资', '实际利用外资', '实到外资', '到位外资'], levelUnit: '万美元', higherIsBetter: true },
  { key: 'exports', nameZh: '出口总额', nameEn: 'Total exports', aliases: ['出口额', '外贸出口', '出口', '外贸出口额', '外贸出口总额', '货物出口', '货物出口总额', '出口商品总值', '货物贸易出口', '货物贸易出口总额'], levelUnit: '亿元', higherIsBetter: true },
  { key: 'market_entities', nameZh: '市场主体', nameEn: 'Market entities', aliases: ['经营主体', '市场主体总数', '市场经营主体'], levelUnit: '户', higherIsBetter: true },
  { key: 'grain_area', nameZh: '粮食播种面积', nameEn: 'Grain sown area', aliases: ['粮食种植面积', '粮食作物播种面积'], levelUnit: '万亩', higherIsBetter: true },
  { key: 'grain_output', nameZh: '粮食产量', nameEn: 'Grain output', aliases: ['粮食总产量', '粮食总产'], levelUnit: '万吨', higherIsBetter: true },
  { key: 'air_quality_good_days', nameZh: '空气质量优良天数比率', nameEn: 'Share of days with good air quality', aliases: ['空气质量优良率', '空气优良率', '空气质量优良天数比例', '环境空气质量优良天数比率', '环境空气质量优良率', '城市空气质量优良天数比率', '城市环境空气优良天数比率', '空气优良天数比率', '优良天数比率', '优良天数比例', '优良天数占比', '空气品质优良天数比率', '空气品质优良天数比例', '空气质量优良天数率', '优良天数率'], levelUnit: '%', higherIsBetter: true },
];

export function indicatorByKey(key: string): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.key === key);
}
