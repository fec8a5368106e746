// Checks the hand labels of an extraction corpus folder (default: the evaluation half):
// every <id>.json parses, has the agreed fields with allowed values, and every quote
// occurs verbatim in <id>.txt. Usage: node scripts/check-corpus-labels.mjs [dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'lib/extraction/corpus/eval';
const SHAPES = ['work_report', 'news_article', 'plan_execution', 'bulletin', 'pdf_copy', 'no_punctuation', 'traditional', 'web_page'];
const KEYS = ['gdp', 'agri_output', 'industrial_value_added', 'fixed_asset_investment', 'industrial_investment', 'retail_sales', 'budget_revenue', 'tax_revenue', 'resident_income', 'urban_income', 'rural_income', 'new_urban_jobs', 'urban_unemployment_rate', 'cpi', 'energy_intensity', 'energy_saving', 'fdi', 'exports', 'market_entities', 'grain_area', 'grain_output', 'air_quality_good_days'];
const QUALIFIERS = ['about', 'at_least', 'at_most', 'at_most_about', 'reduction', 'range', 'exact', 'relative', 'qualitative'];
const VINTAGES = ['estimate', 'preliminary', 'final'];
const DECIMAL = /^-?\d+(\.\d+)?$/;

const problems = [];
const counts = {};
const ids = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
for (const id of ids) {
  const bad = (message) => problems.push(`${id}: ${message}`);
  let label;
  let text;
  try { label = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')); } catch (e) { bad(`JSON does not parse: ${e.message}`); continue; }
  try { text = readFileSync(join(dir, `${id}.txt`), 'utf8'); } catch { bad('no .txt'); continue; }
  if (!SHAPES.includes(label.shape)) bad(`shape ${label.shape}`);
  counts[label.shape] = (counts[label.shape] ?? 0) + 1;
  if (!Number.isInteger(label.reportYear)) bad('reportYear');
  if (typeof label.district !== 'string' || !label.district) bad('district');
  if (typeof label.notes !== 'string') bad('notes');
  if (!Array.isArray(label.targets) || !Array.isArray(label.outcomes)) { bad('targets/outcomes arrays'); continue; }
  const common = (item, where) => {
    if (!KEYS.includes(item.indicatorKey)) bad(`${where} indicatorKey ${item.indicatorKey}`);
    if (!['growth', 'level'].includes(item.measure)) bad(`${where} measure ${item.measure}`);
    if (!Number.isInteger(item.year)) bad(`${where} year`);
    if (typeof item.quote !== 'string' || !item.quote) bad(`${where} quote missing`);
    else if (!text.includes(item.quote)) bad(`${where} quote not in text: ${JSON.stringify(item.quote)}`);
    else if (text.indexOf(item.quote) !== text.lastIndexOf(item.quote)) bad(`${where} quote occurs more than once: ${JSON.stringify(item.quote)}`);
    else if (item.value !== null && item.value !== undefined && !item.quote.replace(/\s/g, '').includes(String(item.value).replace(/^-/, '')) && !/[〇零一二三四五六七八九十百]/.test(item.quote) && item.value !== '0') bad(`${where} value ${item.value} not visible in quote`);
  };
  label.targets.forEach((t, i) => {
    const where = `target[${i}]`;
    common(t, where);
    if (t.year !== label.reportYear) bad(`${where} year ${t.year} != reportYear`);
    if (!QUALIFIERS.includes(t.qualifier)) bad(`${where} qualifier ${t.qualifier}`);
    const valueless = ['relative', 'qualitative'].includes(t.qualifier);
    if (valueless ? t.value !== null : !DECIMAL.test(t.value ?? '')) bad(`${where} value ${t.value}`);
    if (t.qualifier === 'range' ? !DECIMAL.test(t.valueHigh ?? '') : t.valueHigh !== null) bad(`${where} valueHigh ${t.valueHigh}`);
    if (!('unit' in t)) bad(`${where} unit`);
  });
  label.outcomes.forEach((o, i) => {
    const where = `outcome[${i}]`;
    common(o, where);
    if (o.year !== label.reportYear - 1) bad(`${where} year ${o.year} != reportYear - 1`);
    if (!DECIMAL.test(o.value ?? '')) bad(`${where} value ${o.value}`);
    if (!('unit' in o)) bad(`${where} unit`);
    if (!VINTAGES.includes(o.vintage)) bad(`${where} vintage ${o.vintage}`);
    if (typeof o.approximate !== 'boolean') bad(`${where} approximate`);
  });
}
console.log(`${ids.length} texts`, counts);
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
console.log('all labels check out');
