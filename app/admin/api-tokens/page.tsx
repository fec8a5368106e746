import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/current-user';
import { listApiTokens } from '@/lib/api-tokens/data';
import { revokeTokenAction } from './actions';
import { CreateTokenForm } from './create-token-form';

export const dynamic = 'force-dynamic';

export default async function ApiTokensPage() {
  await requirePageUser('/admin/api-tokens', ['admin']);
  const [t, tokens] = await Promise.all([getTranslations('api'), listApiTokens()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')} <a href="/api/v1/openapi.json">{t('docs')}</a></p>
      <CreateTokenForm />
      {tokens.length === 0 ? <p>{t('none')}</p> : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('createdAt')}</th><th scope="col">{t('lastUsed')}</th><th scope="col">{t('status')}</th><th scope="col" /></tr></thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{token.createdAt.toISOString()}</td>
                  <td>{token.lastUsedAt?.toISOString() ?? '—'}</td>
                  <td>{token.revokedAt ? t('revoked') : t('active')}</td>
                  <td>{token.revokedAt ? null : (
                    <form action={revokeTokenAction}><input type="hidden" name="id" value={token.id} /><button type="submit">{t('revoke')}</button></form>
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
