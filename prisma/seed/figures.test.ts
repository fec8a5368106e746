// Checks the seed figures against the report texts they quote: every quote is found
// verbatim at its offset, every figure can be read in its quote, and the figures the
// seed README summarises are all present. Pure: reads the files, touches no database.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEASURES, QUALIFIERS, VINTAGES } from '@/lib/domain/types';
import { indicatorByKey } from '@/lib/indicators/catalog';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { normalizeWidth } from '@/lib/text/normalize-width';
import { sameDimension, unitBySymbol } from '@/lib/units/units';
import { SEED_DISTRICTS } from './districts';
import { SEED_DOCUMENTS } from './documents';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS, type SeedOutcome, type SeedSkipped, type SeedTarget } from './figures';

const REPORTS_DIR = path.join(import.meta.dirname, 'reports');

/** The files as copied from the shared seed reports; a changed byte would shift every offset. */
const REPORT_SHA256: Record<string, string> = {
  '000_3d109b3c8ede198b.txt': 'cb091989a8886f46866c0f08e0e3a44de2f5d7d04f2458bd74b472f232c54dbe',
  '001_cd388ccb9033337c.txt': '2e56dddabac753be1908e3d81b459ef8610e76c66dfac084f30d7b5e171f4883',
  '002_36a038e69799569e.txt': 'cea6da4a57c0fe7c13dd4f06ae2b703d3e552f601c118d643f871a1f08487215',
  '003_1ff3a932983fc121.txt': '9b5ea752b423309ba44c7a6c709b75eb2d9788d6874728929bfb5ae3253de8e2',
  '004_8863968f429ffd6c.txt': '8d780724ebcc8d372cbfef8886903522a3188f478a90021b0ce7d21d94f6539e',
};

const texts = new Map(SEED_DOCUMENTS.map((d) => [d.file, fs.readFileSync(path.join(REPORTS_DIR, d.file), 'utf8')]));
const documentOf = (file: string) => {
  const document = SEED_DOCUMENTS.find((d) => d.file === file);
  if (!document) throw new Error(`no seed document for ${file}`);
  return document;
};
const textOf = (file: string) => texts.get(file) ?? '';

// 002 is a scan of a .docx: page markers ("\n23、") interrupt the text. A quote keeps
// them as the file has them; reading the figure ignores them.
const SCAN_PAGE_MARKER = /\n\d{1,3}、/g;
const readable = (quote: string) => normalizeWidth(quote).replace(SCAN_PAGE_MARKER, '');
const numbersIn = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
const abs = (value: string) => value.replace(/^-/, '');

const label = (e: SeedTarget | SeedOutcome | SeedSkipped) => `${e.file} ${e.indicatorKey} ${e.year} ${e.measure}`;
const ALL = [...SEED_TARGETS, ...SEED_OUTCOMES, ...SEED_SKIPPED].map((e) => [label(e), e] as const);

/**
 * Quotes that do not contain the indicator's catalogue name or one of its aliases,
 * with why. A reader (or the extractor) has to recognise these wordings.
 */
const NAME_NOT_IN_QUOTE: Record<string, string> = {
  '002_36a038e69799569e.txt grain_output 2023 level': '"粮食连年丰收,产量达36.3万吨": 粮食 … 产量, split by a clause',
  '002_36a038e69799569e.txt air_quality_good_days 2023 level': '"空气质量优良天数" (a count of days; skipped)',
  '003_1ff3a932983fc121.txt urban_income 2025 growth': '"城乡居民人均可支配收入分别增长5%、7%": one series for two indicators',
  '003_1ff3a932983fc121.txt rural_income 2025 growth': 'as above',
  '003_1ff3a932983fc121.txt urban_income 2024 growth': '"城乡居民人均可支配收入分别增长4.7%、6.6%"',
  '003_1ff3a932983fc121.txt rural_income 2024 growth': 'as above',
  '000_3d109b3c8ede198b.txt urban_income 2023 level': '"城镇、农村常住居民人均可支配收入": 城镇 is split from the shared name',
  '000_3d109b3c8ede198b.txt grain_area 2023 level': '"粮食生产面积" (skipped)',
};

describe('seed report files', () => {
  it('are the five shared reports, byte for byte, without a BOM', () => {
    const files = fs.readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(REPORT_SHA256));
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(REPORTS_DIR, file));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(REPORT_SHA256[file]);
      expect(textOf(file).charCodeAt(0), file).not.toBe(0xfeff);
    }
  });
});

describe('seed districts and documents', () => {
  it('have unique six-digit codes; only Chongqing districts lack a city', () => {
    const codes = SEED_DISTRICTS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of SEED_DISTRICTS) {
      expect(d.code).toMatch(/^\d{6}$/);
      expect(d.cityZh === null, d.code).toBe(d.provinceZh === '重庆市');
      expect(d.cityEn === null, d.code).toBe(d.cityZh === null);
    }
  });

  it.each(SEED_DOCUMENTS.map((d) => [d.file, d] as const))('%s: district, title, date and url come from the text', (_, d) => {
    const text = textOf(d.file);
    expect(SEED_DISTRICTS.some((district) => district.code === d.districtCode)).toBe(true);
    expect(d.kind).toBe('work_report');
    if (!d.titleIsDescriptive) expect(text).toContain(d.title);
    if (d.publishedOn !== null) {
      const [year, month, day] = d.publishedOn.split('-').map(Number);
      expect(text).toContain(`${year}年${month}月${day}日`);
    }
    if (d.url !== null) expect(text).toContain(d.url);
  });

  it('has one document per file and per district', () => {
    expect(new Set(SEED_DOCUMENTS.map((d) => d.file)).size).toBe(SEED_DOCUMENTS.length);
    expect(new Set(SEED_DOCUMENTS.map((d) => d.districtCode)).size).toBe(SEED_DISTRICTS.length);
  });
});

describe.each(ALL)('%s', (_, e) => {
  const text = textOf(e.file);
  const indicator = indicatorByKey(e.indicatorKey);

  it('quotes the text verbatim at quoteStart', () => {
    expect(e.quote.length).toBeGreaterThan(0);
    expect(text.slice(e.quoteStart, e.quoteStart + e.quote.length)).toBe(e.quote);
    expect(e.quote).not.toMatch(/^[\s,.;:、。,;:]|[\s,;:、。,;:]$/);
  });

  it('names a catalogue indicator, the document\'s district and a valid measure', () => {
    expect(indicator).toBeDefined();
    expect(MEASURES).toContain(e.measure);
    expect(e.districtCode).toBe(documentOf(e.file).districtCode);
  });

  it('names the indicator in the quote, or is a known other wording', () => {
    const names = [indicator?.nameZh ?? '', ...(indicator?.aliases ?? [])];
    const named = names.some((name) => name !== '' && readable(e.quote).includes(name));
    // Exactly one of the two, so the list of other wordings stays current.
    expect(named).toBe(!(label(e) in NAME_NOT_IN_QUOTE));
  });
});

describe.each(SEED_TARGETS.map((t) => [label(t), t] as const))('target %s', (_, t) => {
  const indicator = indicatorByKey(t.indicatorKey);
  const quote = readable(t.quote);

  it('is for the report year', () => {
    expect(t.year).toBe(documentOf(t.file).year);
  });

  it('has its figure, unit and wording in the quote', () => {
    expect(QUALIFIERS).toContain(t.qualifier);
    expect(quote).toContain(t.asWritten);
    if (t.qualifier === 'qualitative') {
      expect([t.value, t.valueHigh, t.unit]).toEqual([null, null, null]);
      return;
    }
    expect(t.value).not.toBeNull();
    expect(numbersIn(quote)).toContain(t.value);
    expect(numbersIn(t.asWritten)).toContain(t.value);
    expect(t.valueHigh === null).toBe(t.qualifier !== 'range');
    if (t.valueHigh !== null) expect(numbersIn(quote)).toContain(t.valueHigh);
    if (t.measure === 'growth') {
      expect(t.unit).toBe('%');
      expect(quote).toContain(`${t.value}%`);
    } else {
      expect(quote).toContain(`${t.value}${t.unit}`);
      const unit = unitBySymbol(t.unit ?? '');
      const levelUnit = unitBySymbol(indicator?.levelUnit ?? '');
      expect(unit && levelUnit && sameDimension(unit, levelUnit)).toBe(true);
    }
  });

  it('reads the same as the as-written parser', () => {
    const parsed = parseAsWritten(t.asWritten, { measureHint: t.measure });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.target.qualifier).toBe(t.qualifier);
    expect(parsed.target.value).toBe(t.value);
    expect(parsed.target.valueHigh).toBe(t.valueHigh);
    expect(parsed.target.unit).toBe(t.unit);
    if (parsed.target.measure !== null) expect(parsed.target.measure).toBe(t.measure);
  });

  it('names a catalogue indicator only when relative', () => {
    expect(t.relativeToIndicatorKey !== undefined).toBe(t.qualifier === 'relative');
    if (t.relativeToIndicatorKey !== undefined) expect(indicatorByKey(t.relativeToIndicatorKey)).toBeDefined();
  });
});

describe.each(SEED_OUTCOMES.map((o) => [label(o), o] as const))('outcome %s', (_, o) => {
  const indicator = indicatorByKey(o.indicatorKey);
  const quote = readable(o.quote);

  it('is for the year before the report', () => {
    expect(o.year).toBe(documentOf(o.file).year - 1);
  });

  it('has its figure and unit in the quote, a decrease as a negative growth', () => {
    expect(o.value).toMatch(/^-?\d+(\.\d+)?$/);
    expect(numbersIn(quote)).toContain(abs(o.value));
    if (o.measure === 'growth') {
      expect(o.unit).toBe('%');
      expect(quote).toContain(`${abs(o.value)}%`);
      expect(quote.includes(`下降${abs(o.value)}%`)).toBe(o.value.startsWith('-'));
    } else {
      expect(o.value.startsWith('-')).toBe(false);
      expect(quote).toContain(`${o.value}${o.unit}`);
      const unit = unitBySymbol(o.unit);
      const levelUnit = unitBySymbol(indicator?.levelUnit ?? '');
      expect(unit && levelUnit && sameDimension(unit, levelUnit)).toBe(true);
    }
  });

  it('is an estimate unless the report says 初步核算 or 最终核实', () => {
    expect(VINTAGES).toContain(o.vintage);
    const text = textOf(o.file);
    if (o.vintage === 'preliminary') expect(text).toContain('初步核算');
    if (o.vintage === 'final') expect(text).toContain('最终核实');
    if (!/初步核算|最终核实/.test(text)) expect(o.vintage).toBe('estimate');
  });
});

describe.each(SEED_SKIPPED.map((s) => [label(s), s] as const))('skipped %s', (_, s) => {
  it('is for the report year or the year before, with a note', () => {
    expect([documentOf(s.file).year, documentOf(s.file).year - 1]).toContain(s.year);
    expect(s.note.length).toBeGreaterThan(20);
  });
});

describe('seed figures as a whole', () => {
  const key = (e: SeedTarget | SeedOutcome | SeedSkipped) => `${e.districtCode}/${e.indicatorKey}/${e.year}/${e.measure}`;

  it('have no duplicate (district, indicator, year, measure) among targets, nor among outcomes', () => {
    const targetKeys = SEED_TARGETS.map(key);
    const outcomeKeys = SEED_OUTCOMES.map(key);
    expect(targetKeys.filter((k, i) => targetKeys.indexOf(k) !== i)).toEqual([]);
    expect(outcomeKeys.filter((k, i) => outcomeKeys.indexOf(k) !== i)).toEqual([]);
  });

  it('never record a figure that is also listed as skipped', () => {
    const recorded = new Set([...SEED_TARGETS, ...SEED_OUTCOMES].map(key));
    expect(SEED_SKIPPED.map(key).filter((k) => recorded.has(k))).toEqual([]);
  });

  it('cross a scanned page marker only where known', () => {
    const crossing = [...SEED_TARGETS, ...SEED_OUTCOMES, ...SEED_SKIPPED].filter((e) => e.quote.replace(SCAN_PAGE_MARKER, '') !== e.quote);
    expect(crossing.map(label)).toEqual(['002_36a038e69799569e.txt budget_revenue 2024 growth']);
  });

  it('list other wordings only for entries that exist', () => {
    const labels = new Set(ALL.map(([l]) => l));
    expect(Object.keys(NAME_NOT_IN_QUOTE).filter((l) => !labels.has(l))).toEqual([]);
  });

  it('keep the per-file counts (targets, outcomes, skipped)', () => {
    const counts = Object.fromEntries(
      SEED_DOCUMENTS.map((d) => [
        d.file,
        [SEED_TARGETS, SEED_OUTCOMES, SEED_SKIPPED].map((list) => list.filter((e: { file: string }) => e.file === d.file).length),
      ]),
    );
    expect(counts).toEqual({
      '000_3d109b3c8ede198b.txt': [0, 12, 1],
      '001_cd388ccb9033337c.txt': [0, 5, 2],
      '002_36a038e69799569e.txt': [7, 8, 3],
      '003_1ff3a932983fc121.txt': [10, 10, 1],
      '004_8863968f429ffd6c.txt': [11, 2, 2],
    });
  });
});

// The figures the seed README summarises, one row each.
const HONGHUAGANG = '520302';
const JIEFANG = '410802';
const LIANGPING = '500155';
const BOZHOU = '520304';
const ZHANGGONG = '360702';

type ExpectedTarget = [district: string, indicatorKey: string, year: number, measure: string, qualifier: string, value: string | null, unit: string | null];
const EXPECTED_TARGETS: ExpectedTarget[] = [
  [LIANGPING, 'gdp', 2024, 'growth', 'at_least', '7', '%'],
  [LIANGPING, 'industrial_value_added', 2024, 'growth', 'at_least', '10', '%'],
  [LIANGPING, 'fixed_asset_investment', 2024, 'growth', 'at_least', '13', '%'],
  [LIANGPING, 'retail_sales', 2024, 'growth', 'at_least', '10', '%'],
  [LIANGPING, 'new_urban_jobs', 2024, 'level', 'at_least', '4500', '人'],
  [LIANGPING, 'budget_revenue', 2024, 'growth', 'at_least', '8', '%'],
  [LIANGPING, 'energy_intensity', 2024, 'growth', 'reduction', '3', '%'],
  [BOZHOU, 'gdp', 2025, 'growth', 'about', '6.5', '%'],
  // The README says "~4.3%"; the text has a bare "增长4.3%", so the qualifier is exact.
  [BOZHOU, 'agri_output', 2025, 'growth', 'exact', '4.3', '%'],
  [BOZHOU, 'industrial_value_added', 2025, 'growth', 'at_least', '10', '%'],
  [BOZHOU, 'fixed_asset_investment', 2025, 'growth', 'at_least', '5', '%'],
  [BOZHOU, 'retail_sales', 2025, 'growth', 'about', '7', '%'],
  [BOZHOU, 'budget_revenue', 2025, 'growth', 'about', '3', '%'],
  [BOZHOU, 'urban_income', 2025, 'growth', 'exact', '5', '%'],
  [BOZHOU, 'rural_income', 2025, 'growth', 'exact', '7', '%'],
  [BOZHOU, 'new_urban_jobs', 2025, 'level', 'exact', '1.3', '万人'],
  [BOZHOU, 'grain_area', 2025, 'level', 'about', '90', '万亩'],
  [ZHANGGONG, 'gdp', 2024, 'growth', 'about', '6.2', '%'],
  [ZHANGGONG, 'budget_revenue', 2024, 'growth', 'about', '6', '%'],
  [ZHANGGONG, 'industrial_value_added', 2024, 'growth', 'at_least', '7.5', '%'],
  [ZHANGGONG, 'fixed_asset_investment', 2024, 'growth', 'about', '6.5', '%'],
  [ZHANGGONG, 'retail_sales', 2024, 'growth', 'about', '6.7', '%'],
  [ZHANGGONG, 'fdi', 2024, 'growth', 'qualitative', null, null],
  [ZHANGGONG, 'exports', 2024, 'growth', 'qualitative', null, null],
  [ZHANGGONG, 'urban_income', 2024, 'growth', 'about', '5.8', '%'],
  [ZHANGGONG, 'rural_income', 2024, 'growth', 'about', '8.8', '%'],
  [ZHANGGONG, 'cpi', 2024, 'growth', 'at_most_about', '3', '%'],
  [ZHANGGONG, 'energy_saving', 2024, 'growth', 'qualitative', null, null],
];

type ExpectedOutcome = [district: string, indicatorKey: string, year: number, measure: string, value: string, unit: string];
const EXPECTED_OUTCOMES: ExpectedOutcome[] = [
  [HONGHUAGANG, 'gdp', 2023, 'level', '359.82', '亿元'],
  [HONGHUAGANG, 'gdp', 2023, 'growth', '7.1', '%'],
  [HONGHUAGANG, 'industrial_value_added', 2023, 'growth', '13.4', '%'],
  [HONGHUAGANG, 'fixed_asset_investment', 2023, 'growth', '-35.8', '%'],
  [HONGHUAGANG, 'retail_sales', 2023, 'level', '281.6', '亿元'],
  [HONGHUAGANG, 'retail_sales', 2023, 'growth', '5.5', '%'],
  [HONGHUAGANG, 'budget_revenue', 2023, 'level', '14.99', '亿元'],
  [HONGHUAGANG, 'budget_revenue', 2023, 'growth', '15.2', '%'],
  [HONGHUAGANG, 'urban_income', 2023, 'level', '47975', '元'],
  [HONGHUAGANG, 'rural_income', 2023, 'level', '22137', '元'],
  [HONGHUAGANG, 'new_urban_jobs', 2023, 'level', '19145', '人'],
  [JIEFANG, 'gdp', 2023, 'level', '177.3', '亿元'],
  [JIEFANG, 'fixed_asset_investment', 2023, 'growth', '5.8', '%'],
  [JIEFANG, 'market_entities', 2023, 'level', '31769', '户'],
  [JIEFANG, 'market_entities', 2023, 'growth', '15.19', '%'],
  [LIANGPING, 'fixed_asset_investment', 2023, 'growth', '13', '%'],
  [LIANGPING, 'retail_sales', 2023, 'growth', '7.2', '%'],
  [LIANGPING, 'budget_revenue', 2023, 'growth', '17.4', '%'],
  [LIANGPING, 'resident_income', 2023, 'growth', '5.4', '%'],
  [LIANGPING, 'new_urban_jobs', 2023, 'level', '6129', '人'],
  [BOZHOU, 'gdp', 2024, 'growth', '5', '%'],
  [BOZHOU, 'agri_output', 2024, 'growth', '4.2', '%'],
  [BOZHOU, 'industrial_value_added', 2024, 'growth', '7.1', '%'],
  [BOZHOU, 'retail_sales', 2024, 'growth', '3.6', '%'],
  [BOZHOU, 'budget_revenue', 2024, 'growth', '2.8', '%'],
  [BOZHOU, 'urban_income', 2024, 'growth', '4.7', '%'],
  [BOZHOU, 'rural_income', 2024, 'growth', '6.6', '%'],
  [BOZHOU, 'new_urban_jobs', 2024, 'level', '1.39', '万人'],
  [ZHANGGONG, 'new_urban_jobs', 2023, 'level', '12375', '人'],
  [ZHANGGONG, 'air_quality_good_days', 2023, 'level', '99.2', '%'],
];

describe('the figures the seed README summarises', () => {
  it.each(EXPECTED_TARGETS)('target %s %s %i %s: %s %s %s', (district, indicatorKey, year, measure, qualifier, value, unit) => {
    const found = SEED_TARGETS.find((t) => t.districtCode === district && t.indicatorKey === indicatorKey && t.year === year && t.measure === measure);
    expect(found && { qualifier: found.qualifier, value: found.value, unit: found.unit }).toEqual({ qualifier, value, unit });
  });

  it.each(EXPECTED_OUTCOMES)('outcome %s %s %i %s: %s %s', (district, indicatorKey, year, measure, value, unit) => {
    const found = SEED_OUTCOMES.find((o) => o.districtCode === district && o.indicatorKey === indicatorKey && o.year === year && o.measure === measure);
    expect(found && { value: found.value, unit: found.unit, vintage: found.vintage }).toEqual({ value, unit, vintage: 'estimate' });
  });

  it('skips Liangping 2023 GDP growth, garbled as "1下同)3%"', () => {
    const skipped = SEED_SKIPPED.find((s) => s.districtCode === LIANGPING && s.indicatorKey === 'gdp' && s.year === 2023 && s.measure === 'growth');
    expect(skipped?.quote).toContain('1下同)3%');
    expect(SEED_OUTCOMES.some((o) => o.districtCode === LIANGPING && o.indicatorKey === 'gdp' && o.year === 2023)).toBe(false);
  });
});
