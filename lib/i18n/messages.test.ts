import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('UI messages', () => {
  it('exist in Chinese and English with exactly the same keys', () => {
    const zh = keys(loadMessages('zh')).sort();
    const en = keys(loadMessages('en')).sort();
    expect(zh.length).toBeGreaterThan(10);
    expect(en).toEqual(zh);
  });

  it('have no empty strings', () => {
    for (const locale of ['zh', 'en'] as const) {
      const empty = keys(loadMessages(locale)).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], loadMessages(locale));
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
