// The founding figures, quoted from the five seed reports in ./reports. Every entry
// carries its source file and the exact quote with its UTF-16 offset into the file
// as read with fs.readFileSync(path, 'utf8') (no file has a BOM; the stored document
// text is the file content exactly). Nothing here is estimated or filled in: a figure
// that is garbled, missing or not comparable as stated is in SEED_SKIPPED with a note.
//
// Conventions (see README.md beside this file):
// - targets: year = the report's year; outcomes and skipped figures: the year before.
// - growth figures: measure 'growth', unit '%', value the number as written; a
//   decrease in an outcome is negative ("下降35.8%" → '-35.8'); a reduction target
//   is qualifier 'reduction' with a positive value ("下降3%" → '3').
// - level figures: measure 'level', value and unit exactly as written (1.39 万人 is
//   not converted to 人).
// - qualitative targets (促稳提质, 完成市下达任务): value and unit null, measure 'growth'.
// - outcomes a work report gives for the year just ended are its own estimate
//   (vintage 'estimate'); none of the five says 初步核算.
// - one sentence stating two figures ("分别增长5%、7%", "完成359.82亿元,…增长7.1%")
//   gives two entries that quote the same clause.
// Offsets were computed by a script and are checked by figures.test.ts.
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';

export type SeedTarget = {
  file: string;
  districtCode: string;
  indicatorKey: string;
  year: number;
  measure: Measure;
  qualifier: Qualifier;
  value: string | null;
  valueHigh: string | null;
  unit: string | null;
  asWritten: string;
  quote: string;
  quoteStart: number;
  relativeToIndicatorKey?: string;
};

export type SeedOutcome = {
  file: string;
  districtCode: string;
  indicatorKey: string;
  year: number;
  measure: Measure;
  value: string;
  unit: string;
  vintage: Vintage;
  quote: string;
  quoteStart: number;
};

export type SeedSkipped = {
  file: string;
  districtCode: string;
  indicatorKey: string;
  year: number;
  measure: Measure;
  quote: string;
  quoteStart: number;
  note: string;
};

const HONGHUAGANG_2024 = '000_3d109b3c8ede198b.txt';
const JIEFANG_2024 = '001_cd388ccb9033337c.txt';
const LIANGPING_2024 = '002_36a038e69799569e.txt';
const BOZHOU_2025 = '003_1ff3a932983fc121.txt';
const ZHANGGONG_2024 = '004_8863968f429ffd6c.txt';

export const SEED_TARGETS: readonly SeedTarget[] = [
  // Liangping (梁平区), 2024 report: 2023 outcomes and 2024 targets
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'gdp', year: 2024, measure: 'growth', qualifier: 'at_least', value: '7', valueHigh: null, unit: '%', asWritten: '7%以上', quote: '地区生产总值增长7%以上', quoteStart: 6688 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'industrial_value_added', year: 2024, measure: 'growth', qualifier: 'at_least', value: '10', valueHigh: null, unit: '%', asWritten: '10%以上', quote: '规模以上工业增加值增长10%以上', quoteStart: 6701 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'fixed_asset_investment', year: 2024, measure: 'growth', qualifier: 'at_least', value: '13', valueHigh: null, unit: '%', asWritten: '13%以上', quote: '固定资产投资增长13%以上', quoteStart: 6718 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'retail_sales', year: 2024, measure: 'growth', qualifier: 'at_least', value: '10', valueHigh: null, unit: '%', asWritten: '10%以上', quote: '社会消费品零售总额增长10%以上', quoteStart: 6732 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'new_urban_jobs', year: 2024, measure: 'level', qualifier: 'at_least', value: '4500', valueHigh: null, unit: '人', asWritten: '4500人以上', quote: '城镇新增就业4500人以上', quoteStart: 6749 },
  // page marker "\n23、" inside the quote (page break in the source); asWritten drops it
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'budget_revenue', year: 2024, measure: 'growth', qualifier: 'at_least', value: '8', valueHigh: null, unit: '%', asWritten: '8%以上', quote: '一般公共预算收入增长8%\n23、以上', quoteStart: 6763 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'energy_intensity', year: 2024, measure: 'growth', qualifier: 'reduction', value: '3', valueHigh: null, unit: '%', asWritten: '下降3%', quote: '单位GDP能耗下降3%', quoteStart: 6782 },
  // Bozhou (播州区), 2025 report: 2024 outcomes and 2025 targets
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'gdp', year: 2025, measure: 'growth', qualifier: 'about', value: '6.5', valueHigh: null, unit: '%', asWritten: '6.5%左右', quote: '地区生产总值增长6.5%左右', quoteStart: 7263 },
  // bare figure in the text: no 左右/以上
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'agri_output', year: 2025, measure: 'growth', qualifier: 'exact', value: '4.3', valueHigh: null, unit: '%', asWritten: '4.3%', quote: '农林牧渔业总产值增长4.3%', quoteStart: 7277 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'industrial_value_added', year: 2025, measure: 'growth', qualifier: 'at_least', value: '10', valueHigh: null, unit: '%', asWritten: '10%以上', quote: '规模工业增加值增长10%以上', quoteStart: 7291 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'fixed_asset_investment', year: 2025, measure: 'growth', qualifier: 'at_least', value: '5', valueHigh: null, unit: '%', asWritten: '5%以上', quote: '500万元以上固定资产投资增长5%以上', quoteStart: 7306 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'retail_sales', year: 2025, measure: 'growth', qualifier: 'about', value: '7', valueHigh: null, unit: '%', asWritten: '7%左右', quote: '社会消费品零售总额增长7%左右', quoteStart: 7326 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'budget_revenue', year: 2025, measure: 'growth', qualifier: 'about', value: '3', valueHigh: null, unit: '%', asWritten: '3%左右', quote: '一般公共预算收入增长3%左右', quoteStart: 7341 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'urban_income', year: 2025, measure: 'growth', qualifier: 'exact', value: '5', valueHigh: null, unit: '%', asWritten: '5%', quote: '城乡居民人均可支配收入分别增长5%、7%', quoteStart: 7355 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'rural_income', year: 2025, measure: 'growth', qualifier: 'exact', value: '7', valueHigh: null, unit: '%', asWritten: '7%', quote: '城乡居民人均可支配收入分别增长5%、7%', quoteStart: 7355 },
  // sub-target in the 2025 work programme
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'grain_area', year: 2025, measure: 'level', qualifier: 'about', value: '90', valueHigh: null, unit: '万亩', asWritten: '90万亩左右', quote: '确保全区粮食种植面积稳定在90万亩左右', quoteStart: 8533 },
  // sub-target: item (10) of the 2025 民生实事
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'new_urban_jobs', year: 2025, measure: 'level', qualifier: 'exact', value: '1.3', valueHigh: null, unit: '万人', asWritten: '1.3万人', quote: '新增城镇就业1.3万人', quoteStart: 12251 },
  // Zhanggong (章贡区), 2024 report: 2023 outcomes (fragment) and 2024 targets
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'gdp', year: 2024, measure: 'growth', qualifier: 'about', value: '6.2', valueHigh: null, unit: '%', asWritten: '6.2%左右', quote: '地区生产总值增长6.2%左右', quoteStart: 1943 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'budget_revenue', year: 2024, measure: 'growth', qualifier: 'about', value: '6', valueHigh: null, unit: '%', asWritten: '6%左右', quote: '一般公共预算收入增长6%左右', quoteStart: 1958 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'industrial_value_added', year: 2024, measure: 'growth', qualifier: 'at_least', value: '7.5', valueHigh: null, unit: '%', asWritten: '7.5%以上', quote: '规模以上工业增加值增长7.5%以上', quoteStart: 1973 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'fixed_asset_investment', year: 2024, measure: 'growth', qualifier: 'about', value: '6.5', valueHigh: null, unit: '%', asWritten: '6.5%左右', quote: '固定资产投资增长6.5%左右', quoteStart: 1991 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'retail_sales', year: 2024, measure: 'growth', qualifier: 'about', value: '6.7', valueHigh: null, unit: '%', asWritten: '6.7%左右', quote: '社会消费品零售总额增长6.7%左右', quoteStart: 2006 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'fdi', year: 2024, measure: 'growth', qualifier: 'qualitative', value: null, valueHigh: null, unit: null, asWritten: '促稳提质', quote: '实际使用外商直接投资额、出口总额促稳提质', quoteStart: 2024 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'exports', year: 2024, measure: 'growth', qualifier: 'qualitative', value: null, valueHigh: null, unit: null, asWritten: '促稳提质', quote: '实际使用外商直接投资额、出口总额促稳提质', quoteStart: 2024 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'urban_income', year: 2024, measure: 'growth', qualifier: 'about', value: '5.8', valueHigh: null, unit: '%', asWritten: '5.8%左右', quote: '城镇居民人均可支配收入增长5.8%左右', quoteStart: 2045 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'rural_income', year: 2024, measure: 'growth', qualifier: 'about', value: '8.8', valueHigh: null, unit: '%', asWritten: '8.8%左右', quote: '农村居民人均可支配收入增长8.8%左右', quoteStart: 2065 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'cpi', year: 2024, measure: 'growth', qualifier: 'at_most_about', value: '3', valueHigh: null, unit: '%', asWritten: '控制在3%左右', quote: '居民消费价格总水平涨幅控制在3%左右', quoteStart: 2085 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'energy_saving', year: 2024, measure: 'growth', qualifier: 'qualitative', value: null, valueHigh: null, unit: null, asWritten: '完成市下达任务', quote: '节能减排完成市下达任务', quoteStart: 2104 },
];

export const SEED_OUTCOMES: readonly SeedOutcome[] = [
  // Honghuagang (红花岗区), 2024 report: 2023 outcomes only
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'gdp', year: 2023, measure: 'level', value: '359.82', unit: '亿元', vintage: 'estimate', quote: '全年地区生产总值完成359.82亿元,同比(下同)增长7.1%', quoteStart: 590 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'gdp', year: 2023, measure: 'growth', value: '7.1', unit: '%', vintage: 'estimate', quote: '全年地区生产总值完成359.82亿元,同比(下同)增长7.1%', quoteStart: 590 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'industrial_value_added', year: 2023, measure: 'growth', value: '13.4', unit: '%', vintage: 'estimate', quote: '规模以上工业增加值增长13.4%', quoteStart: 622 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'fixed_asset_investment', year: 2023, measure: 'growth', value: '-35.8', unit: '%', vintage: 'estimate', quote: '固定资产投资下降35.8%', quoteStart: 639 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'retail_sales', year: 2023, measure: 'level', value: '281.6', unit: '亿元', vintage: 'estimate', quote: '社会消费品零售总额完成281.6亿元,增长5.5%', quoteStart: 653 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'retail_sales', year: 2023, measure: 'growth', value: '5.5', unit: '%', vintage: 'estimate', quote: '社会消费品零售总额完成281.6亿元,增长5.5%', quoteStart: 653 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'budget_revenue', year: 2023, measure: 'level', value: '14.99', unit: '亿元', vintage: 'estimate', quote: '一般公共预算收入完成14.99亿元,增长15.2%', quoteStart: 679 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'budget_revenue', year: 2023, measure: 'growth', value: '15.2', unit: '%', vintage: 'estimate', quote: '一般公共预算收入完成14.99亿元,增长15.2%', quoteStart: 679 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'urban_income', year: 2023, measure: 'level', value: '47975', unit: '元', vintage: 'estimate', quote: '城镇、农村常住居民人均可支配收入分别上报完成47975元、22137元', quoteStart: 705 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'rural_income', year: 2023, measure: 'level', value: '22137', unit: '元', vintage: 'estimate', quote: '城镇、农村常住居民人均可支配收入分别上报完成47975元、22137元', quoteStart: 705 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'air_quality_good_days', year: 2023, measure: 'level', value: '100', unit: '%', vintage: 'estimate', quote: '环境空气质量优良率达100%', quoteStart: 1435 },
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'new_urban_jobs', year: 2023, measure: 'level', value: '19145', unit: '人', vintage: 'estimate', quote: '新增城镇就业登记19145人', quoteStart: 2540 },
  // Jiefang (解放区), 2024 report: 2023 outcomes only
  { file: JIEFANG_2024, districtCode: '410802', indicatorKey: 'gdp', year: 2023, measure: 'level', value: '177.3', unit: '亿元', vintage: 'estimate', quote: '全区地区生产总值完成177.3亿元', quoteStart: 291 },
  { file: JIEFANG_2024, districtCode: '410802', indicatorKey: 'fixed_asset_investment', year: 2023, measure: 'growth', value: '5.8', unit: '%', vintage: 'estimate', quote: '固定资产投资同比增长5.8%', quoteStart: 340 },
  { file: JIEFANG_2024, districtCode: '410802', indicatorKey: 'market_entities', year: 2023, measure: 'level', value: '31769', unit: '户', vintage: 'estimate', quote: '市场主体总量达到31769户,同比增长15.19%', quoteStart: 355 },
  { file: JIEFANG_2024, districtCode: '410802', indicatorKey: 'market_entities', year: 2023, measure: 'growth', value: '15.19', unit: '%', vintage: 'estimate', quote: '市场主体总量达到31769户,同比增长15.19%', quoteStart: 355 },
  { file: JIEFANG_2024, districtCode: '410802', indicatorKey: 'air_quality_good_days', year: 2023, measure: 'level', value: '64.8', unit: '%', vintage: 'estimate', quote: '全年优良天数占比64.8%', quoteStart: 1362 },
  // Liangping (梁平区), 2024 report: 2023 outcomes and 2024 targets
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'fixed_asset_investment', year: 2023, measure: 'growth', value: '13', unit: '%', vintage: 'estimate', quote: '固定资产投资增长13%', quoteStart: 761 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'industrial_investment', year: 2023, measure: 'growth', value: '48.8', unit: '%', vintage: 'estimate', quote: '工业投资增长48.8%', quoteStart: 773 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'retail_sales', year: 2023, measure: 'growth', value: '7.2', unit: '%', vintage: 'estimate', quote: '社会消费品零售总额增长7.2%', quoteStart: 805 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'budget_revenue', year: 2023, measure: 'growth', value: '17.4', unit: '%', vintage: 'estimate', quote: '一般公共预算收入增长17.4%', quoteStart: 821 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'tax_revenue', year: 2023, measure: 'growth', value: '18.4', unit: '%', vintage: 'estimate', quote: '税收收入增长18.4%', quoteStart: 837 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'grain_output', year: 2023, measure: 'level', value: '36.3', unit: '万吨', vintage: 'estimate', quote: '粮食连年丰收,产量达36.3万吨', quoteStart: 2552 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'resident_income', year: 2023, measure: 'growth', value: '5.4', unit: '%', vintage: 'estimate', quote: '人均可支配收入增长5.4%', quoteStart: 4412 },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'new_urban_jobs', year: 2023, measure: 'level', value: '6129', unit: '人', vintage: 'estimate', quote: '新增城镇就业6129人', quoteStart: 4671 },
  // Bozhou (播州区), 2025 report: 2024 outcomes and 2025 targets
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'gdp', year: 2024, measure: 'growth', value: '5', unit: '%', vintage: 'estimate', quote: '地区生产总值增长5%', quoteStart: 469 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'agri_output', year: 2024, measure: 'growth', value: '4.2', unit: '%', vintage: 'estimate', quote: '农林牧渔业总产值增长4.2%', quoteStart: 479 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'industrial_value_added', year: 2024, measure: 'growth', value: '7.1', unit: '%', vintage: 'estimate', quote: '规模工业增加值增长7.1%', quoteStart: 493 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'retail_sales', year: 2024, measure: 'growth', value: '3.6', unit: '%', vintage: 'estimate', quote: '社会消费品零售总额增长3.6%', quoteStart: 506 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'budget_revenue', year: 2024, measure: 'growth', value: '2.8', unit: '%', vintage: 'estimate', quote: '一般公共预算收入增长2.8%', quoteStart: 521 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'urban_income', year: 2024, measure: 'growth', value: '4.7', unit: '%', vintage: 'estimate', quote: '城乡居民人均可支配收入分别增长4.7%、6.6%', quoteStart: 535 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'rural_income', year: 2024, measure: 'growth', value: '6.6', unit: '%', vintage: 'estimate', quote: '城乡居民人均可支配收入分别增长4.7%、6.6%', quoteStart: 535 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'grain_area', year: 2024, measure: 'level', value: '89.9', unit: '万亩', vintage: 'estimate', quote: '完成粮食种植面积89.9万亩', quoteStart: 2305 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'new_urban_jobs', year: 2024, measure: 'level', value: '1.39', unit: '万人', vintage: 'estimate', quote: '完成城镇新增就业1.39万人', quoteStart: 4224 },
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'air_quality_good_days', year: 2024, measure: 'level', value: '98.4', unit: '%', vintage: 'estimate', quote: '城市环境空气优良天数比率达98.4%', quoteStart: 4788 },
  // Zhanggong (章贡区), 2024 report: 2023 outcomes (fragment) and 2024 targets
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'new_urban_jobs', year: 2023, measure: 'level', value: '12375', unit: '人', vintage: 'estimate', quote: '新增城镇就业12375人', quoteStart: 57 },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'air_quality_good_days', year: 2023, measure: 'level', value: '99.2', unit: '%', vintage: 'estimate', quote: '全年空气质量优良率99.2%', quoteStart: 407 },
];

export const SEED_SKIPPED: readonly SeedSkipped[] = [
  // Honghuagang (红花岗区), 2024 report: 2023 outcomes only
  { file: HONGHUAGANG_2024, districtCode: '520302', indicatorKey: 'grain_area', year: 2023, measure: 'level', quote: '累计建成高标准农田9.7万亩、粮食生产面积10.24万亩', quoteStart: 2025, note: 'Ambiguous: the figure follows 累计建成 ("cumulatively built", which governs the high-standard farmland figure too), so it is not clearly the 2023 grain sown area. Not recorded.' },
  // Jiefang (解放区), 2024 report: 2023 outcomes only
  { file: JIEFANG_2024, districtCode: '410802', indicatorKey: 'retail_sales', year: 2023, measure: 'growth', quote: '社会消费品零售总额增速全市第五', quoteStart: 309, note: 'No figure: the growth is stated only as a rank (增速全市第五, fifth in the city).' },
  { file: JIEFANG_2024, districtCode: '410802', indicatorKey: 'industrial_value_added', year: 2023, measure: 'growth', quote: '规上工业增加值增速五城区第一', quoteStart: 325, note: 'No figure: the growth is stated only as a rank (增速五城区第一, first of the five urban districts).' },
  // Liangping (梁平区), 2024 report: 2023 outcomes and 2024 targets
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'gdp', year: 2023, measure: 'growth', quote: '地区生产总值同比增长1下同)3%', quoteStart: 720, note: 'Garbled in the source: "同比增长1下同)3%". The "1" looks like a scan artefact for "(" (compare "中国1梁平)" in the same file), so the original probably read "同比(下同)增长…%", but whether the figure is 3% or digits were lost cannot be told. Not guessed; record it from another source.' },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'market_entities', year: 2023, measure: 'level', quote: '经营主体新增1.7万户、新发展率23.1%', quoteStart: 849, note: 'Flow, not stock: 1.7万户 are entities newly registered in 2023 and 23.1% is a "new development rate", while the indicator is the total number of market entities. Not recorded.' },
  { file: LIANGPING_2024, districtCode: '500155', indicatorKey: 'air_quality_good_days', year: 2023, measure: 'level', quote: '空气质量优良天数达337天', quoteStart: 3983, note: 'Stated as a number of days (337天), not as the share of days the indicator measures; converting it would be a computation the report does not make. Not recorded.' },
  // Bozhou (播州区), 2025 report: 2024 outcomes and 2025 targets
  { file: BOZHOU_2025, districtCode: '520304', indicatorKey: 'market_entities', year: 2024, measure: 'level', quote: '新增市场主体12505户', quoteStart: 1169, note: 'Flow, not stock: 12505户 are market entities newly registered in 2024, while the indicator is the total number of market entities. Not recorded.' },
  // Zhanggong (章贡区), 2024 report: 2023 outcomes (fragment) and 2024 targets
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'fdi', year: 2023, measure: 'growth', quote: '实际利用外资、出口总额两个指标下滑较大,出现负增长', quoteStart: 1461, note: 'No figure: the report says only that actual use of foreign capital fell sharply into negative growth (下滑较大,出现负增长); the 2023 figure is not in this fragment.' },
  { file: ZHANGGONG_2024, districtCode: '360702', indicatorKey: 'exports', year: 2023, measure: 'growth', quote: '实际利用外资、出口总额两个指标下滑较大,出现负增长', quoteStart: 1461, note: 'No figure: the report says only that total exports fell sharply into negative growth (下滑较大,出现负增长); the 2023 figure is not in this fragment.' },
];
