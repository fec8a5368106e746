import { prepareText } from '@/lib/extraction/prepare-text';
import { findSections } from '@/lib/extraction/sections';
const p = prepareText(process.argv[2]!);
const s = findSections(p.text, 2025);
console.log(JSON.stringify(p.text));
console.log(s.plan, s.mainBlocks.map((b) => JSON.stringify(p.text.slice(b.start, b.end))));
