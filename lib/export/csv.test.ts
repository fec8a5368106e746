// The scorecard CSV quotes cells itself (one string per chunk of rows); it must write
// exactly what csv-stringify, which it replaced, writes with the options it was given.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from './columns';
import { csvRecord } from './csv';

const CELLS = [
  '', 'plain', '合成区0001', 'a,b', 'say "hi"', '"', '""', 'line\nbreak', 'cr\rhere', 'crlf\r\nend', ' padded ', '6.5', '-1.5', '-1.5pp', '97.3%',
  '=HYPERLINK("x")', '+1', '-x', '@sum', '\tTab', '\rCR first', "'quoted", '地区生产总值增长6.5%左右，“稳中求进”', 'a,"b"\nc', '，', '\u2028',
];

describe('csvRecord', () => {
  it('writes each record as csv-stringify does with the formula guard as its string cast', () => {
    const options = { cast: { string: neutralizeFormula } };
    for (const cell of CELLS) expect(csvRecord([cell])).toBe(stringify([[cell]], options));
    expect(csvRecord(CELLS)).toBe(stringify([CELLS], options));
    const records = [CELLS, [...CELLS].reverse(), ['', '', '']];
    expect(records.map(csvRecord).join('')).toBe(stringify(records, options));
  });

  it('neutralises formulas exactly as the rule it replaced (decided by regular expressions)', () => {
    const before = (value: string) => (/^-?\d+(\.\d+)?%?$/.test(value) ? value : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    const more = ['-', '-1', '-1.', '-1.5%', '-1.5%%', '-.5', '-1e3', '-1\n', '-1.5pp', '--1', '+6.5', '=1', '@', '\t-1', '\r', '0', '6.5%', '１', '-１', '－1', ' -1'];
    for (const cell of [...CELLS, ...more]) expect(neutralizeFormula(cell)).toBe(before(cell));
  });
});
