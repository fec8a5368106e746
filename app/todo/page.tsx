import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { findTodo } from '@/lib/outcomes/data';
import styles from './todo.module.css';

export const dynamic = 'force-dynamic';

export default async function TodoPage() {
  const user = await requirePageUser('/todo', rolesWith('record:outcome'));
  const [t, locale, rows] = await Promise.all([getTranslations('workflow.todo'), getLocale().then(toLocale), findTodo(user)]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {rows.length === 0 ? <p className="card">{t('empty')}</p> : (
        <div className="table-wrap">
          <table className={styles.table}>
            <thead><tr><th scope="col">{t('year')}</th><th scope="col">{t('district')}</th><th scope="col">{t('indicator')}</th><th scope="col">{t('target')}</th><th scope="col">{t('status')}</th><th scope="col"><span className="visually-hidden">{t('action')}</span></th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="todo-row" data-todo={row.todo.kind}>
                  <td data-label={t('year')}>{row.year}</td>
                  <td data-label={t('district')}>{pick(locale, row.district.nameZh, row.district.nameEn)}</td>
                  <th scope="row">{pick(locale, row.indicator.nameZh, row.indicator.nameEn)}</th>
                  <td data-label={t('target')} lang="zh-CN">{row.asWritten}</td>
                  <td data-label={t('status')}>
                    {row.todo.kind === 'disputed' ? (
                      <>
                        <strong>{t('disputed')}</strong>
                        {row.todo.comment ? <div className="small" data-testid="dispute-reason">{t('disputeReason', { reason: row.todo.comment })}</div> : null}
                      </>
                    ) : t(row.todo.kind === 'only_estimate' ? 'onlyEstimate' : 'noOutcome')}
                  </td>
                  <td><Link href={`/targets/${row.id}/outcomes/new`} aria-label={t('recordFor', { indicator: pick(locale, row.indicator.nameZh, row.indicator.nameEn), year: row.year })}>{t(row.todo.kind === 'disputed' ? 'correct' : 'record')}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
