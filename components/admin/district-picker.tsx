'use client';

import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import styles from './district-picker.module.css';

export type DistrictChoice = { id: number; name: string };

/**
 * Assigned districts as removable chips, and a search box over every district (one
 * <datalist> per page, DISTRICT_OPTIONS_ID, rendered by DistrictOptions): a checkbox
 * per district cannot work for 2,850 of them. Each chip carries a hidden districtIds
 * input, so the form submits exactly the chips shown; the chips survive a refused submit.
 */
export function DistrictPicker({ selected, label }: { selected: DistrictChoice[]; label: string }) {
  const t = useTranslations('admin.users');
  const inputId = useId();
  const [chosen, setChosen] = useState<DistrictChoice[]>(selected);
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState(false);

  // A typed name, code or "name (code)" that is one of the options adds that district.
  const add = (text: string): boolean => {
    const value = text.trim();
    if (!value) return false;
    const list = document.getElementById(DISTRICT_OPTIONS_ID) as HTMLDataListElement | null;
    const option = [...(list?.options ?? [])].find((item) => item.value === value || item.dataset.name === value || item.dataset.code === value);
    if (!option) return false;
    const id = Number(option.dataset.id);
    setChosen((current) => (current.some((district) => district.id === id) ? current : [...current, { id, name: option.dataset.name ?? option.value }]));
    setQuery('');
    setNotFound(false);
    return true;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter picks the district instead of submitting the whole form.
    event.preventDefault();
    if (!add(query)) setNotFound(Boolean(query.trim()));
  };

  return (
    <div className={styles.picker}>
      {chosen.length ? (
        <ul className={styles.chips} aria-label={label}>
          {chosen.map((district) => (
            <li key={district.id} className={styles.chip}>
              <input type="hidden" name="districtIds" value={district.id} />
              {district.name}
              <button type="button" onClick={() => setChosen((current) => current.filter((item) => item.id !== district.id))} aria-label={t('removeDistrict', { name: district.name })}>×</button>
            </li>
          ))}
        </ul>
      ) : <p className={styles.none}>{t('noDistricts')}</p>}
      <label htmlFor={inputId} className={styles.searchLabel}>{t('addDistrict')}</label>
      <input
        id={inputId} type="search" list={DISTRICT_OPTIONS_ID} value={query} autoComplete="off" placeholder={t('addDistrictHint')}
        aria-invalid={notFound || undefined} aria-describedby={notFound ? `${inputId}-error` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setNotFound(false);
          // Picking a suggestion (not typing) adds it at once.
          const kind = (event.nativeEvent as InputEvent).inputType;
          if (kind === undefined || kind === 'insertReplacementText') add(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      {notFound ? <p id={`${inputId}-error`} className={styles.error}>{t('districtNotFound')}</p> : null}
    </div>
  );
}

export const DISTRICT_OPTIONS_ID = 'district-options';

/** Every district once per page, for all pickers on it. */
export function DistrictOptions({ districts }: { districts: { id: number; name: string; code: string }[] }) {
  return (
    <datalist id={DISTRICT_OPTIONS_ID}>
      {districts.map((district) => <option key={district.id} value={`${district.name} (${district.code})`} data-id={district.id} data-name={district.name} data-code={district.code} />)}
    </datalist>
  );
}
