// The tolerance line on the target page and district table names what the rule does
// with the tolerance, per qualifier, in both languages (issue 16: a bare "5%" target
// read "容差 ±0.5 个百分点" although 4.6% is 未完成).
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en/views.json';
import zh from '@/messages/zh/views.json';
import { computeVerdict } from '@/lib/verdict/compute-verdict';
import { CPI, GDP, growthTarget, input, revision } from '@/lib/verdict/test-fixtures';
import type { Qualifier } from '@/lib/domain/types';
import { toleranceText } from '@/components/views/verdict-text';

const translators = {
  zh: createTranslator({ locale: 'zh', messages: { views: zh }, namespace: 'views' }),
  en: createTranslator({ locale: 'en', messages: { views: en }, namespace: 'views' }),
};

function line(lang: 'zh' | 'en', qualifier: Qualifier, higherIsBetter: boolean, value = '5', extra = {}) {
  const indicator = higherIsBetter ? GDP : CPI;
  const verdict = computeVerdict(input(growthTarget(qualifier, value, extra), indicator, [revision('4.6')], qualifier === 'relative' ? { reference: { indicatorKey: 'gdp', outcomes: [revision('5')] } } : {}));
  const t = translators[lang] as unknown as Parameters<typeof toleranceText>[0];
  return { verdict, text: toleranceText(t, lang, verdict.tolerance, { qualifier, higherIsBetter }) };
}

describe('toleranceText per qualifier', () => {
  it.each([
    ['about', true, '容差', '±0.5 个百分点（低于目标不超过此数为基本完成，高于目标超过此数为超额完成）（系统默认）'],
    ['at_most_about', false, '容差', '高于目标不超过 0.5 个百分点 仍为基本完成（系统默认）'],
    ['at_least', true, '超额完成的界限', '高于目标 0.5 个百分点 以上为超额完成（低于目标即未完成）（系统默认）'],
    ['exact', true, '超额完成的界限', '高于目标 0.5 个百分点 以上为超额完成（低于目标即未完成）（系统默认）'],
    ['exact', false, '超额完成的界限', '低于目标 0.5 个百分点 以上为超额完成（高于目标即未完成）（系统默认）'],
    ['reduction', false, '超额完成的界限', '低于目标 0.5 个百分点 以上为超额完成（高于目标即未完成）（系统默认）'],
    ['relative', true, '超额完成的界限', '高于目标 0.5 个百分点 以上为超额完成（低于目标即未完成）（系统默认）'],
  ] as const)('zh %s (higher is better: %s)', (qualifier, up, label, text) => {
    expect(line('zh', qualifier, up).text).toEqual({ label, text });
  });

  it.each([
    ['about', true, 'Tolerance', '±0.5 pp (up to this much below the target is met within tolerance; more than this above is exceeded) (system default)'],
    ['at_most_about', false, 'Tolerance', 'up to 0.5 pp above the target still counts as met within tolerance (system default)'],
    ['at_least', true, 'Margin for “exceeded”', 'more than 0.5 pp above the target counts as exceeded (below the target is missed) (system default)'],
    ['exact', true, 'Margin for “exceeded”', 'more than 0.5 pp above the target counts as exceeded (below the target is missed) (system default)'],
    ['exact', false, 'Margin for “exceeded”', 'more than 0.5 pp below the target counts as exceeded (above the target is missed) (system default)'],
    ['reduction', false, 'Margin for “exceeded”', 'more than 0.5 pp below the target counts as exceeded (above the target is missed) (system default)'],
  ] as const)('en %s (higher is better: %s)', (qualifier, up, label, text) => {
    expect(line('en', qualifier, up).text).toEqual({ label, text });
  });

  it('shows no tolerance where the rule uses none (at_most, range)', () => {
    expect(line('zh', 'at_most', false).text).toBeNull();
    expect(line('en', 'range', true, '4', { valueHigh: '5' }).text).toBeNull();
  });

  it('a bare 5% target is missed at 4.6% and its line claims no slack below the target', () => {
    const { verdict, text } = line('zh', 'exact', true);
    expect(verdict.code).toBe('missed');
    expect(text?.text).not.toContain('±');
    // "about 5%" does allow 0.5 pp below, and says so with ±.
    const about = line('zh', 'about', true);
    expect(about.verdict.code).toBe('met_within_tolerance');
    expect(about.text?.text.startsWith('±')).toBe(true);
  });

  it('a ratio tolerance is a share of the target', () => {
    const t = translators.zh as unknown as Parameters<typeof toleranceText>[0];
    expect(toleranceText(t, 'zh', { value: '0.05', kind: 'ratio', source: 'indicator' }, { qualifier: 'at_least', higherIsBetter: true }))
      .toEqual({ label: '超额完成的界限', text: '高于目标 目标的 5% 以上为超额完成（低于目标即未完成）（指标设定）' });
  });
});
