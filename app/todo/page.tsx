import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { rolesWith } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { countTodo, findDisputedWithoutTarget, findTodo, TODO_COUNT_CAP } from '@/lib/outcomes/data';
import styles from './todo.module.css';
import { AcknowledgeForm } from '@/components/rounds/item-forms';
import { DisputedWithoutTargetTable } from '@/components/workflow/disputed-without-target';
import { listUnitTodo } from '@/lib/rounds/todo/data';
import { ROUND_ITEM_STATE_LABELS } from '@/lib/rounds/types';

export const dynamic = 'force-dynamic';

export default async function TodoPage() {
  const user = await requirePageUser('/todo', rolesWith('record:outcome'));
  const [t, r, locale, rows, total, roundItems, untargeted] = await Promise.all([getTranslations('workflow.todo'), getTranslations('rounds'), getLocale().then(toLocale), findTodo(user), countTodo(user), listUnitTodo(user), findDisputedWithoutTarget(user)]);
  const nothing = rows.length === 0 && untargeted.length === 0;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {user.role === 'staff' ? (
        <section className="view-section" aria-labelledby="round-todo-heading">
          <h2 id="round-todo-heading">{r('todoHeading')}</h2>
          {roundItems.length === 0 ? <p className="card">{r('todoEmpty')}</p> : (
            <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '0.75rem' }}>
              {roundItems.map((item) => (
                <li key={item.itemId} className="card" data-testid="round-todo" data-state={item.state} style={{ display: 'grid', gap: '0.3rem' }}>
                  <strong lang="zh-CN">{item.wording}</strong>
                  <span className="small">
                    <span lang="zh-CN">{item.round.title} · {item.unit}</span> · {pick(locale, item.district.nameZh, item.district.nameEn)}
                  </span>
                  <span>
                    {r('todoDue')} {item.round.dueOn} · {item.overdueDays > 0 ? <strong>{r('overdueDays', { days: item.overdueDays })}</strong> : item.daysLeft === 0 ? r('dueToday') : r('daysLeft', { days: item.daysLeft })}
                    {' · '}{ROUND_ITEM_STATE_LABELS[item.state][locale]}
                  </span>
                  {item.returnReason ? <span data-testid="round-todo-return"><strong>{r('returnReason', { reason: item.returnReason })}</strong></span> : null}
                  <span style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
                    {item.state === 'todo' ? <AcknowledgeForm itemId={item.itemId} label={`${r('labelled', { label: r('acknowledge') })}${item.wording}`} /> : null}
                    <Link href={`/rounds/items/${item.itemId}`}>{r('fill')}</Link>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {total > rows.length ? (
        <p className="muted" data-testid="todo-shown">
          {total > TODO_COUNT_CAP ? t('shownOfMany', { shown: rows.length, cap: TODO_COUNT_CAP }) : t('shownOf', { shown: rows.length, total })}
        </p>
      ) : null}
      {nothing && user.role !== 'staff' ? <p className="card">{t('empty')}</p> : null}
      {rows.length > 0 || (nothing && user.role === 'staff') ? (
        <section className="view-section" aria-labelledby="outcomes-todo-heading">
          {/* Its own heading: under 填报任务 alone, the year's targets read as more round items; and a staff
              member's empty list says which list is empty, not a bare "nothing to do" under a round item. */}
          <h2 id="outcomes-todo-heading">{t('outcomesHeading')}</h2>
          {rows.length === 0 ? <p className="card" data-testid="outcomes-todo-empty">{t('outcomesEmpty')}</p> : (
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
        </section>
      ) : null}
      {untargeted.length > 0 ? <DisputedWithoutTargetTable rows={untargeted} locale={locale} t={t} tableClass={styles.table!} /> : null}
    </>
  );
}
