import { describe, expect, it } from 'vitest';
import { splitByQuotes } from './highlight';

describe('splitByQuotes', () => {
  it.each([
    { text: 'abcdef', ranges: [], expected: [{ kind: 'text', text: 'abcdef' }] },
    { text: 'abcdef', ranges: [{ start: 1, end: 3, item: 'x' }], expected: [{ kind: 'text', text: 'a' }, { kind: 'mark', text: 'bc', start: 1, items: ['x'] }, { kind: 'text', text: 'def' }] },
    { text: 'abcdef', ranges: [{ start: 0, end: 6, item: 'x' }], expected: [{ kind: 'mark', text: 'abcdef', start: 0, items: ['x'] }] },
    { text: 'abcdef', ranges: [{ start: 2, end: 4, item: 'y' }, { start: 1, end: 4, item: 'x' }], expected: [{ kind: 'text', text: 'a' }, { kind: 'mark', text: 'bcd', start: 1, items: ['x', 'y'] }, { kind: 'text', text: 'ef' }] },
    { text: 'abc', ranges: [{ start: 2, end: 9, item: 'bad' }], expected: [{ kind: 'text', text: 'abc' }] },
  ])('$text with $ranges.length ranges', ({ text, ranges, expected }) => {
    expect(splitByQuotes(text, ranges)).toEqual(expected);
  });
});
