import { getLocale, getTranslations } from 'next-intl/server';
import styles from '@/components/forms/forms.module.css';
import { requirePageUser } from '@/lib/auth/current-user';
import { listApiTokens } from '@/lib/api-tokens/data';
import { toLocale } from '@/lib/i18n/locale';
import { formatDateTime } from '@/lib/views/format';
import { revokeTokenAction } from './actions';
import { CreateTokenForm } from './create-token-form';

export const dynamic = 'force-dynamic';

export default async function ApiTokensPage() {
  await requirePageUser('/admin/api-tokens', ['admin']);
  const [t, locale, tokens] = await Promise.all([getTranslations('api'), getLocale().then(toLocale), listApiTokens()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')} <a href="/api/v1/openapi.json">{t('docs')}</a></p>
      <CreateTokenForm />
      <h2>{t('listHeading')}</h2>
      {tokens.length === 0 ? <p>{t('none')}</p> : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('scope')}</th><th scope="col">{t('createdAt')}</th><th scope="col">{t('lastUsed')}</th><th scope="col">{t('status')}</th><th scope="col"><span className="visually-hidden">{t('actions')}</span></th></tr></thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="token-row">
                  <th scope="row">{token.name}</th>
                  <td>{token.scope === 'read_all' ? t('scopeReadAll') : t('scopeReadScorecards')}</td>
                  <td>{formatDateTime(locale, token.createdAt)}</td>
                  <td>{token.lastUsedAt ? formatDateTime(locale, token.lastUsedAt) : '—'}</td>
                  <td>{token.revokedAt ? t('revoked') : t('active')}</td>
                  <td>{token.revokedAt ? null : (
                    <form action={revokeTokenAction} className={styles.inline}><input type="hidden" name="id" value={token.id} /><button type="submit">{t('revoke')}</button></form>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
