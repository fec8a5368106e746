import { extractProposals } from '@/lib/extraction/extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';
const r = extractProposals(process.argv[2]!, { indicators: INDICATORS, reportYear: process.argv[3] ? Number(process.argv[3]) : undefined });
for (const o of r.targets) console.log('T', o.indicatorKey, o.measure, o.qualifier, o.value, o.unit, '|', o.quote);
for (const o of r.outcomes) console.log('O', o.indicatorKey, o.measure, o.value, o.unit, o.approximate ?? '', '|', o.quote);
for (const f of r.flags) console.log('F', f.code, f.quote);
for (const u of r.unknownIndicators ?? []) console.log('U', u.name, u.value, u.quote);
