'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createTokenAction } from './actions';

export function CreateTokenForm() {
  const t = useTranslations('api');
  const [state, formAction, pending] = useActionState(createTokenAction, null);
  return (
    <form action={formAction} className="card">
      <label htmlFor="token-name">{t('name')}</label>{' '}
      <input id="token-name" name="name" required maxLength={100} aria-describedby="token-result" />{' '}
      <button type="submit" disabled={pending}>{t('create')}</button>
      <div id="token-result" aria-live="polite">
        {state?.ok ? (<p>{t('created')} <code data-testid="new-token">{state.data.token}</code></p>) : null}
        {state && !state.ok ? <p role="alert">{t('failed')}</p> : null}
      </div>
    </form>
  );
}
