// Table rows built as strings (lib/views/html.ts) must be safe and must print what the
// React components print: every value escaped unless it is markup from `html`, and the
// badge and tag markup identical to their React versions (used elsewhere on the same pages).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChartTable } from '@/components/views/chart-table';
import { DistrictCards } from '@/components/views/district-cards';
import type { Translate } from '@/components/views/verdict-text';
import { pick } from '@/lib/i18n/pick';
import { formatInteger } from '@/lib/views/format';
import type { HomeDistrict } from '@/lib/views/home';
import { TargetsTable } from '@/components/views/targets-table';
import { findTargets, summarize } from '@/lib/targets/data';
import { useTestDatabase } from './test-database';
import { ReviewStateTag, reviewStateHtml } from '@/components/views/review-state';
import { VerdictBadge, verdictBadgeHtml } from '@/components/views/verdict-badge';
import { VerdictBar, verdictBarHtml } from '@/components/views/verdict-bar';
import { VERDICT_CODES } from '@/lib/verdict/types';
import { escapeHtml, html, innerHtml } from '@/lib/views/html';
import { fastTranslate, type RawTranslate } from '@/lib/views/translate';
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';

const HOSTILE = `<img src=x onerror="alert('x')">&amp;`;

describe('html', () => {
  it('escapes every interpolated value, in content and in attributes', () => {
    const markup = innerHtml(html`<td data-label="${HOSTILE}">${HOSTILE}</td>`).__html;
    expect(markup).toBe(`<td data-label="${escapeHtml(HOSTILE)}">${escapeHtml(HOSTILE)}</td>`);
    expect(markup).not.toContain('<img');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#x27;');
  });

  it('escapes the way React does, so a value reads the same either way', () => {
    expect(innerHtml(html`<span title="${HOSTILE}">${HOSTILE}</span>`).__html).toBe(renderToStaticMarkup(createElement('span', { title: HOSTILE }, HOSTILE)));
  });

  it('nests markup from html unescaped, joins lists, and prints nothing for null, undefined and false', () => {
    const cell = html`<b>${'a<b'}</b>`;
    expect(innerHtml(html`<p>${cell}${[cell, [7, null]]}${undefined}${false}</p>`).__html).toBe('<p><b>a&lt;b</b><b>a&lt;b</b>7</p>');
  });

  it('treats a plain string that looks like markup as text', () => {
    expect(innerHtml(html`${'<b>x</b>'}`).__html).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('markup twins of the React components', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`the verdict badge prints what <VerdictBadge> prints (${locale})`, () => {
      for (const code of VERDICT_CODES) {
        expect(innerHtml(verdictBadgeHtml(code, locale)).__html).toBe(renderToStaticMarkup(createElement(VerdictBadge, { code, locale })));
      }
    });
  }

  it('the review state tag prints what <ReviewStateTag> prints', () => {
    for (const state of ['verified', 'disputed', 'unreviewed'] as const) {
      expect(innerHtml(reviewStateHtml(state, HOSTILE)).__html).toBe(renderToStaticMarkup(createElement(ReviewStateTag, { state, label: HOSTILE })));
    }
  });

  it('the chart table escapes its labels and keeps its verdict in words', () => {
    const markup = renderToStaticMarkup(createElement(ChartTable, {
      id: 'bar-data', caption: 'c', labelHeading: 'l', targetHeading: 't', actualHeading: 'a', locale: 'zh',
      rows: [{ key: '1', label: HOSTILE, targetText: '6.5', actualText: '', verdict: 'missed' }],
    }));
    expect(markup).not.toContain('<img');
    expect(markup).toContain(`<th scope="row">${escapeHtml(HOSTILE)}<div>${innerHtml(verdictBadgeHtml('missed', 'zh')).__html}</div></th>`);
    expect(markup).toContain('<td class="num" data-testid="chart-table-target">6.5</td><td class="num" data-testid="chart-table-actual">—</td>');
  });
});

describe('the verdict bar as markup', () => {
  const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', 'zh', 'views.json'), 'utf8')) as Record<string, unknown>;
  const t = fastTranslate(createTranslator({ locale: 'zh', messages }) as unknown as RawTranslate);
  const counts = { exceeded: 1, met: 2, met_within_tolerance: 0, missed: 1, pending: 0, needs_judgment: 0, not_comparable: 0 };

  it('draws each decided group to scale and says every count in words, zero counts marked, 无法判定 only when present', () => {
    const markup = innerHtml(verdictBarHtml(counts, 'zh', t)).__html;
    expect(markup).toContain('<span class="verdict-bar__segment" data-verdict="met" style="width:75%"></span><span class="verdict-bar__segment" data-verdict="missed" style="width:25%"></span>');
    expect(markup).toContain(`<li data-verdict="met">完成 3<span class="small"> ${t('common.includingExceeded', { count: 1 })}</span></li>`);
    expect(markup).toContain('<li data-verdict="met_within_tolerance" class="verdict-bar__zero">');
    expect(markup).not.toContain('not_comparable');
    expect(markup).toContain(t('common.decidedShare', { decided: '4', total: '4' }));
  });

  it('prints the same as the <VerdictBar> the district and home pages use', () => {
    expect(renderToStaticMarkup(createElement(VerdictBar, { counts, locale: 'zh', t }))).toBe(innerHtml(verdictBarHtml(counts, 'zh', t)).__html);
  });
});

describe('the targets table built as strings', () => {
  beforeAll(async () => {
    (globalThis as { db?: unknown }).db = (await useTestDatabase()).db;
  });

  for (const locale of ['zh', 'en'] as const) {
    it(`prints every row of the seeded targets, links intact, hostile names and targets as text (${locale})`, async () => {
      const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', locale, 'views.json'), 'utf8')) as Record<string, unknown>;
      const t = fastTranslate(createTranslator({ locale, messages }) as unknown as RawTranslate);
      const rows = (await findTargets({ years: [2024, 2025] })).map(summarize).slice(0, 30);
      expect(rows.length).toBeGreaterThanOrEqual(10);
      rows[0] = { ...rows[0]!, asWritten: HOSTILE, district: { ...rows[0]!.district, nameZh: HOSTILE, nameEn: HOSTILE } };
      const markup = renderToStaticMarkup(createElement(TargetsTable, { rows, locale, t, caption: 'c', firstColumn: 'district' }));
      expect(markup).not.toContain('<img');
      expect(markup).toContain(`<a href="/targets/${rows[0]!.id}">${escapeHtml(HOSTILE)}</a>`);
      expect(markup).toContain(`data-testid="as-written" data-label="${escapeHtml(t('common.target'))}">${escapeHtml(HOSTILE)}</td>`);
      expect(markup).toContain(`aria-label="${escapeHtml(t('common.viewQuoteOf', { name: HOSTILE }))}"`);
      expect(markup.match(/<tr data-testid="target-row"/g)).toHaveLength(rows.length);
      for (const row of rows) {
        expect(markup).toContain(`data-target-id="${row.id}" data-indicator="${row.indicator.key}"`);
        expect(markup).toContain(`<a href="/documents/${row.source.documentId}#target-${row.id}"`);
        expect(markup).toContain(escapeHtml(row.verdict.explanation[locale]));
      }
    });
  }
});

describe('the home page cards built as strings', () => {
  const load = (locale: 'zh' | 'en', namespace: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', locale, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  const base = { code: '110101', nameZh: HOSTILE, nameEn: 'Dongcheng', provinceZh: '北京市', provinceEn: 'Beijing', cityZh: null, cityEn: null, targetCount: 1234, outcomeCount: 7 };
  const counts = { exceeded: 1, met: 2, met_within_tolerance: 0, missed: 1, pending: 3, needs_judgment: 0, not_comparable: 0 };
  const districts: HomeDistrict[] = [
    { ...base, id: 1, year: 2024, counts, decided: 4 },
    { ...base, id: 2, year: 2025, counts: { ...counts, exceeded: 0, met: 0, missed: 0 }, decided: 0 },
    { ...base, id: 3, cityZh: '市辖区', cityEn: 'City', year: null, counts: null, decided: 0 },
  ];

  for (const locale of ['zh', 'en'] as const) {
    for (const staff of [false, true]) {
      it(`print what the React cards printed, names as text (${locale}, ${staff ? 'staff' : 'visitor'})`, () => {
        const t = fastTranslate(createTranslator({ locale, messages: load(locale, 'home') }) as unknown as RawTranslate);
        const tv = fastTranslate(createTranslator({ locale, messages: load(locale, 'views') }) as unknown as RawTranslate);
        const markup = renderToStaticMarkup(createElement(DistrictCards, { districts, locale, t, tv, staff: () => staff }));
        expect(markup).not.toContain('<img');
        // React separates adjacent text with <!-- -->, which the string does not need.
        expect(markup).toBe(renderToStaticMarkup(createElement(ReactCards, { districts, locale, t, tv, staff })).replaceAll('<!-- -->', ''));
      });
    }
  }
});

/** The home page's cards as React elements (app/page.tsx before perf11-pages), with plain <a> for its Links. */
function ReactCards({ districts, locale, t, tv, staff }: { districts: HomeDistrict[]; locale: 'zh' | 'en'; t: Translate; tv: Translate; staff: boolean }) {
  const number = (value: number) => formatInteger(locale, value);
  const e = createElement;
  return e('ul', { className: 'district-cards' }, districts.map((district) => e('li', { key: district.id, className: 'card district-card', 'data-testid': 'district-row', 'data-district': district.code },
    e('h2', null, e('a', { href: `/districts/${district.code}${district.year ? `?year=${district.year}` : ''}` }, pick(locale, district.nameZh, district.nameEn))),
    e('p', { className: 'muted small' },
      [pick(locale, district.provinceZh, district.provinceEn), district.cityZh ? pick(locale, district.cityZh, district.cityEn) : null].filter(Boolean).join(' · '),
      ' · ', district.code, ' · ', t('counts', { targets: number(district.targetCount), outcomes: number(district.outcomeCount) })),
    district.year === null || !district.counts
      ? e('div', { className: 'notice small', 'data-testid': 'no-targets' }, e('p', null, t('noTargets')),
        e('p', null, staff ? [t('noTargetsStaff'), ' ', e('a', { key: 1, href: '/documents/new' }, t('pasteReport')), ' · ', e('a', { key: 2, href: '/import' }, t('importTargets'))] : t('noTargetsVisitor')))
      : [e(VerdictBar, { key: 'bar', counts: district.counts, locale, t: tv, label: t('yearHeading', { year: district.year }) }),
        district.decided === 0 ? e('div', { key: 'none', className: 'notice small', 'data-testid': 'no-verdicts' }, e('p', null, t('noVerdicts', { year: district.year })),
          e('p', null, staff ? [t('noVerdictsStaff'), ' ', e('a', { key: 1, href: '/todo' }, t('recordOutcomes')), ' · ', e('a', { key: 2, href: '/documents/new' }, t('pasteReport'))] : t('noVerdictsVisitor'))) : null])));
}
