import type { Locale } from '@/lib/i18n/locale';
import { periodChoices } from '@/lib/periods/choices';

/**
 * Switches a page between the annual view and an in-year period (a GET form, so it
 * works without script and the choice is in the address). `keep` are the other query
 * parameters the page needs to stay where it is (the year, the chart's indicator).
 */
export function PeriodSwitch({ action, current, keep, locale, label, submit }: {
  action: string; current: number | null; keep: Record<string, string>; locale: Locale; label: string; submit: string;
}) {
  return (
    <form method="get" action={action} className="period-switch" data-testid="period-switch">
      {Object.entries(keep).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <label>
        {label}{' '}
        <select name="period" defaultValue={String(current ?? 12)}>
          {periodChoices().map((choice) => <option key={choice.months} value={choice.months}>{choice.label[locale]}</option>)}
        </select>
      </label>
      <button type="submit">{submit}</button>
    </form>
  );
}
