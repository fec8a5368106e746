// fastTranslate fills plain `{name}` messages itself; it must print exactly what
// next-intl's translator prints, for every message of the pages' namespace, in both
// languages, with numbers, text and markup-like text as values, and leave the rest to t.
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { fastTranslate, type RawTranslate } from '@/lib/views/translate';

function leaves(tree: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value as Record<string, unknown>, `${prefix}${key}.`)));
}

describe('fastTranslate', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`prints what next-intl prints for every views message (${locale})`, () => {
      const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', locale, 'views.json'), 'utf8')) as Record<string, unknown>;
      const t = createTranslator({ locale, messages, namespace: undefined }) as unknown as RawTranslate;
      const fast = fastTranslate(t);
      let direct = 0;
      for (const [key, message] of leaves(messages)) {
        const names = [...message.matchAll(/\{([A-Za-z0-9_]+)[,}]/g)].map((match) => match[1]!);
        for (const sample of [1234.5, 0, 'x<b>&\'"', 7]) {
          const values = Object.fromEntries(names.map((name) => [name, sample]));
          let expected: string;
          try {
            expected = t(key, values);
          } catch {
            continue; // a value next-intl refuses (a plural of a string): the page never passes one
          }
          expect(fast(key, values), `${key} with ${JSON.stringify(values)}`).toBe(expected);
        }
        // Without values: t's answer, remembered (asked twice, the same both times).
        if (names.length === 0) for (let time = 0; time < 2; time += 1) expect(fast(key), key).toBe(t(key));
        if (names.length > 0 && /^[^{}<>'#|]*(?:\{[A-Za-z0-9_]+\}[^{}<>'#|]*)*$/.test(message)) direct += 1;
      }
      // The fast path is taken (most messages with values are plain), and the ICU ones are not broken.
      expect(direct).toBeGreaterThan(20);
      expect(fast('common.decidedShare', { decided: 3, total: 15 })).toBe(locale === 'zh' ? '3/15 已判定' : '3/15 decided');
    });
  }
});
