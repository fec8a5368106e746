import { readFileSync } from 'fs';
import { extract } from './fixtures/round-helpers';
const r: any = extract(readFileSync(process.argv[2], 'utf8'));
const { targets, outcomes, ...rest } = r;
console.log(JSON.stringify(rest).slice(0, 1500));
