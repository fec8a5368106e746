import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import type { HomeDistrict } from '@/lib/views/home';
import { formatInteger } from '@/lib/views/format';
import { html, innerHtml, type Html } from '@/lib/views/html';
import { verdictBarHtml } from './verdict-bar';
import type { Translate } from './verdict-text';

/**
 * The home page's district cards, built as one escaped string (lib/views/html.ts), as the
 * tables' rows are: 60 cards of ~15 elements each were rendered by React twice (payload and
 * HTML) on every view of the home page. Plain <a> links: a next/link is a client component.
 * `staff(id)`: whether the reader may record outcomes in the district (its notices link the forms).
 */
export function DistrictCards({ districts, locale, t, tv, staff }: {
  districts: HomeDistrict[]; locale: Locale; t: Translate; tv: Translate; staff: (districtId: number) => boolean;
}) {
  return <ul className="district-cards" dangerouslySetInnerHTML={innerHtml(html`${districts.map((district) => cardHtml(district, locale, t, tv, staff(district.id)))}`)} />;
}

function cardHtml(district: HomeDistrict, locale: Locale, t: Translate, tv: Translate, staff: boolean): Html {
  const number = (value: number) => formatInteger(locale, value);
  const region = [pick(locale, district.provinceZh, district.provinceEn), district.cityZh ? pick(locale, district.cityZh, district.cityEn) : null].filter(Boolean).join(' · ');
  const counts = t('counts', { targets: number(district.targetCount), outcomes: number(district.outcomeCount) });
  let status: Html;
  if (district.year === null || !district.counts) {
    status = html`<div class="notice small" data-testid="no-targets"><p>${t('noTargets')}</p><p>${staff ? html`${t('noTargetsStaff')} <a href="/documents/new">${t('pasteReport')}</a> · <a href="/import">${t('importTargets')}</a>` : t('noTargetsVisitor')}</p></div>`;
  } else {
    const noVerdicts = district.decided === 0
      ? html`<div class="notice small" data-testid="no-verdicts"><p>${t('noVerdicts', { year: district.year })}</p><p>${staff ? html`${t('noVerdictsStaff')} <a href="/todo">${t('recordOutcomes')}</a> · <a href="/documents/new">${t('pasteReport')}</a>` : t('noVerdictsVisitor')}</p></div>`
      : null;
    status = html`${verdictBarHtml(district.counts, locale, tv, t('yearHeading', { year: district.year }))}${noVerdicts}`;
  }
  return html`<li class="card district-card" data-testid="district-row" data-district="${district.code}"><h2><a href="/districts/${district.code}${district.year ? `?year=${district.year}` : ''}">${pick(locale, district.nameZh, district.nameEn)}</a></h2><p class="muted small">${region} · ${district.code} · ${counts}</p>${status}</li>`;
}
