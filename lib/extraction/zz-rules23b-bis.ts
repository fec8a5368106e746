import { readFileSync } from 'fs';
import { extract } from './fixtures/round-helpers';
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
for (let i = 0; i < 16; i++) {
  const t = ['宁江县两会', '2025-01-10 来源：宁江发布', ...lines.slice(i)].join('\n');
  const r = extract(t);
  console.log(i + 1, r.outcomes.some((o: any) => o.indicatorKey === 'gdp'), lines[i].slice(0, 30));
}
