'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import styles from '@/components/forms/forms.module.css';
import { createTokenAction } from './actions';

export function CreateTokenForm() {
  const t = useTranslations('api');
  const [state, formAction, pending] = useActionState(createTokenAction, null);
  return (
    <form action={formAction} className={styles.form}>
      <div className={styles.inline}>
        <div className={styles.field}>
          <label htmlFor="token-name">{t('name')}</label>
          <input id="token-name" name="name" type="text" required maxLength={100} aria-describedby="token-result" />
        </div>
        <div className={styles.field}>
          <label htmlFor="token-scope">{t('scope')}</label>
          <select id="token-scope" name="scope" defaultValue="read_scorecards">
            <option value="read_scorecards">{t('scopeReadScorecards')}</option>
            <option value="read_all">{t('scopeReadAll')}</option>
          </select>
        </div>
        <button type="submit" className={styles.primary} disabled={pending}>{t('create')}</button>
      </div>
      <div id="token-result" aria-live="polite" className={styles.statusRegion}>
        {state?.ok ? (<p className={styles.success}>{t('created')} <code data-testid="new-token">{state.data.token}</code></p>) : null}
        {state && !state.ok ? <p role="alert" className={styles.failure}>{t('failed')}</p> : null}
      </div>
    </form>
  );
}
