import { getLocale, getTranslations } from 'next-intl/server';
import styles from '@/components/workflow/workflow.module.css';
import { auditEntityNames, listAudit, listAuditEntityTypes } from '@/lib/audit/data';
import { auditActionLabel, auditActorLabel, auditEntityLabel, auditEntityTypeLabel } from '@/lib/audit/labels';
import { requirePageUser } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/locale';
import { listUsers } from '@/lib/users/data';
import { firstParam, parseId } from '@/lib/views/params';
import { TableRegion } from '@/components/views/table-region';

export const dynamic = 'force-dynamic';

type Query = { entity?: string | string[]; actor?: string | string[]; from?: string | string[]; to?: string | string[] };

function day(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  // Dates are days in China time (UTC+8).
  const date = new Date(`${value}T00:00:00+08:00`);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime() + plusDays * 86_400_000);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requirePageUser('/admin/audit', ['admin']);
  const query = await searchParams;
  // One value per parameter, ids within int4: anything else would reach PostgreSQL and fail with a 500.
  const filter = { entityType: firstParam(query.entity), actorId: parseId(firstParam(query.actor) ?? '') ?? undefined, from: day(firstParam(query.from)), to: day(firstParam(query.to), 1) };
  const [t, locale, rows, types, users] = await Promise.all([getTranslations('admin.audit'), getLocale().then(toLocale), listAudit(filter), listAuditEntityTypes(), listUsers()]);
  const names = await auditEntityNames(rows);
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' });
  return (
    <>
      <h1>{t('title')}</h1>
      <form className={styles.filters} method="get">
        <label>{t('entity')}<select name="entity" defaultValue={filter.entityType ?? ''}><option value="">{t('all')}</option>{types.map((type) => <option key={type} value={type}>{auditEntityTypeLabel(type, locale)}</option>)}</select></label>
        <label>{t('actor')}<select name="actor" defaultValue={filter.actorId ?? ''}><option value="">{t('all')}</option>{users.map((u) => <option key={u.id} value={u.id}>{u.username}</option>)}</select></label>
        <label>{t('from')}<input type="date" name="from" defaultValue={firstParam(query.from) ?? ''} /></label>
        <label>{t('to')}<input type="date" name="to" defaultValue={firstParam(query.to) ?? ''} /></label>
        <button type="submit">{t('filter')}</button>
      </form>
      {rows.length === 0 ? <p className="card">{t('empty')}</p> : (
        <TableRegion label={t('title')}>
          <table>
            <thead><tr><th scope="col">{t('at')}</th><th scope="col">{t('actor')}</th><th scope="col">{t('action')}</th><th scope="col">{t('entity')}</th><th scope="col">{t('change')}</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="audit-row">
                  <td>{format.format(row.at)}</td>
                  <td>{auditActorLabel(row.actor?.username, row.actorLabel, locale)}</td>
                  <td>{auditActionLabel(row.action, locale)}</td>
                  <td>{auditEntityLabel(names, row, locale)}</td>
                  <td className={styles.small}>{row.before ? <code>{JSON.stringify(row.before)}</code> : null}{row.before ? ' → ' : null}{row.after ? <code>{JSON.stringify(row.after)}</code> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
