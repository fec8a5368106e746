// withoutDirectionControls copies only what it changes: rows of a national export almost
// never hold a control, and copying each whole cost a fifth of the CSV's CPU. What it
// hands back must still hold no control anywhere, and its input must stay as it was.
import { describe, expect, it } from 'vitest';
import { withoutDirectionControls } from './direction-controls';

const CONTROLS = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('withoutDirectionControls', () => {
  it('strips every control from strings at any depth, copying only the path to what changed', () => {
    const at = new Date('2024-01-01T00:00:00Z');
    const clean = { name: '区统计局', role: 'lead' };
    const input = {
      id: 7, flag: true, none: null, at, text: `章贡区${CONTROLS.join('')}测试`,
      units: [clean, { name: '区财政局\u202ERTL', role: 'co' }],
      tolerance: { value: '0.5', source: 'indicator' },
      quotes: ['plain', '\u2067引文\u2069'],
    };
    const snapshot = structuredClone(input);
    const output = withoutDirectionControls(input);
    expect(output).toEqual({
      id: 7, flag: true, none: null, at, text: '章贡区测试',
      units: [clean, { name: '区财政局RTL', role: 'co' }],
      tolerance: { value: '0.5', source: 'indicator' },
      quotes: ['plain', '引文'],
    });
    expect(input).toEqual(snapshot);
    expect(output).not.toBe(input);
    expect(output.units).not.toBe(input.units);
    expect(output.units[0]).toBe(clean);
    expect(output.tolerance).toBe(input.tolerance);
    expect(output.at).toBe(at);
  });

  it('hands back what holds no control as it is', () => {
    const row = { a: '合成区0001', b: ['x', { c: 'y' }], d: null, e: 3 };
    expect(withoutDirectionControls(row)).toBe(row);
    for (const control of CONTROLS) expect(withoutDirectionControls(`a${control}b${control}`)).toBe('ab');
    // Not a direction control: kept (U+061C is not among the controls the exports strip).
    expect(withoutDirectionControls('a\u200Db\u061C')).toBe('a\u200Db\u061C');
  });
});
