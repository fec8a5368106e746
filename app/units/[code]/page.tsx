import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { WithdrawnBadge } from '@/components/key-tasks/withdrawn-badge';
import { KeyTaskForm } from '@/components/rounds/key-task-form';
import { BreakdownImportForm } from '@/components/units/breakdown-import-form';
import { TargetUnitsForm } from '@/components/units/target-units-form';
import { UnitForm } from '@/components/units/unit-form';
import { UnitMembersForm } from '@/components/units/unit-members-form';
import { YearTabs } from '@/components/views/year-tabs';
import { rolesWith } from '@/lib/auth/access';
import { can } from '@/lib/auth/district-scope';
import { requirePageUser } from '@/lib/auth/current-user';
import { requireInScope } from '@/lib/auth/require-in-scope';
import { toLocale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { listKeyTasks } from '@/lib/key-tasks/data';
import { findDistrictByCode, listDistrictAccounts, listDistrictDocuments, listDistrictUnits, listTargetsWithUnits, listYears } from '@/lib/responsible-units/data';
import { parseYear } from '@/lib/views/params';
import '@/components/views/views.css';

export const dynamic = 'force-dynamic';

// Cards side by side on a desktop, one column on a phone.
const GRID = { display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))', alignItems: 'start' } as const;

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ year?: string }> };

export default async function DistrictUnitsPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const user = await requirePageUser(`/units/${code}`, rolesWith('manage:units'));
  // A division code is six digits; anything else (NUL, overlong text) never reaches the database.
  if (!/^\d{6}$/.test(code)) notFound();
  const district = await findDistrictByCode(code);
  // Reviewers keep the units of their own districts only: another district's answers 403.
  requireInScope(user, 'manage:units', district?.id);
  const years = await listYears(district.id);
  const wanted = parseYear(query.year);
  const year = wanted !== undefined && years.includes(wanted) ? wanted : (years[0] ?? null);
  const [t, r, k, locale, units, accounts, targets, keyTasks, documents] = await Promise.all([
    getTranslations('units'),
    getTranslations('rounds'),
    getTranslations('keyTasks'),
    getLocale().then(toLocale),
    listDistrictUnits(district.id),
    listDistrictAccounts(district.id),
    year === null ? Promise.resolve([]) : listTargetsWithUnits(district.id, year),
    year === null ? Promise.resolve([]) : listKeyTasks(district.id, year),
    year === null ? Promise.resolve([]) : listDistrictDocuments(district.id, year),
  ]);
  const name = pick(locale, district.nameZh, district.nameEn);
  const assigned = targets.filter((target) => target.units.lead !== null).length;

  return (
    <>
      <h1>{t('title', { district: name })}</h1>
      <p className="lede">{t('lede')}{can(user, 'manage:rounds', district.id) ? <> <Link href={`/units/${district.code}/rounds`}>{r('roundsLink')}</Link></> : null}</p>

      <section className="view-section" aria-labelledby="units-heading">
        <h2 id="units-heading">{t('unitsHeading')}</h2>
        {units.length === 0 ? <p className="card">{t('noUnits')}</p> : null}
        {units.length > 0 && accounts.length === 0 ? <p className="small muted">{t('noAccounts')}</p> : null}
        <div style={GRID}>
          {units.map((unit) => (
            <div key={unit.id} data-testid="unit" style={{ display: 'grid', gap: '0.5rem', alignContent: 'start' }}>
              <h3 lang="zh-CN" style={{ margin: 0 }}>{unit.shortName} <span className="small muted">{t('counts', { lead: unit.leadCount, co: unit.coCount })}</span></h3>
              <UnitForm districtId={district.id} unit={unit} />
              {accounts.length > 0 ? <UnitMembersForm unitId={unit.id} unitName={unit.name} accounts={accounts} memberIds={unit.memberIds} /> : null}
            </div>
          ))}
          <UnitForm districtId={district.id} />
        </div>
      </section>

      <section className="view-section" aria-labelledby="assign-heading">
        <h2 id="assign-heading">{year === null ? t('noTargets') : t('assignHeading', { year })}</h2>
        <YearTabs years={years} current={year} href={(value) => `/units/${district.code}?year=${value}`} label={t('yearsLabel')} />
        {targets.length > 0 ? <p data-testid="assign-summary">{t('summary', { assigned, total: targets.length })}</p> : null}
        {units.length === 0 && targets.length > 0 ? <p className="card">{t('needUnits')}</p> : null}
        {units.length > 0 && year !== null ? (
          <div style={{ margin: '1rem 0 1.5rem' }}>
            <h3>{t('importHeading')}</h3>
            <BreakdownImportForm districtId={district.id} year={year} />
          </div>
        ) : null}
        {units.length > 0 ? (
          <div style={GRID}>
            {targets.map((target) => (
              <TargetUnitsForm
                key={target.id}
                targetId={target.id}
                label={`${pick(locale, target.indicator.nameZh, target.indicator.nameEn)}：${target.asWritten}`}
                units={units}
                leadUnitId={target.units.lead?.id ?? null}
                coUnitIds={target.units.co.map((unit) => unit.id)}
              />
            ))}
          </div>
        ) : null}
      </section>

      {year !== null ? (
        <section className="view-section" aria-labelledby="key-tasks-heading">
          <h2 id="key-tasks-heading">{r('keyTasksHeading', { year })}</h2>
          {keyTasks.length === 0 ? <p className="card">{r('keyTasksNone')}</p> : (
            <ol data-testid="key-tasks">
              {keyTasks.map((task) => (
                <li key={task.id} lang="zh-CN" data-withdrawn={task.withdrawal ? 'true' : undefined}>
                  {task.withdrawal ? <><s>{task.wording}</s><WithdrawnBadge /></> : task.wording}
                  <span className="small muted"> · {[task.lead?.shortName, ...task.co.map((unit) => unit.shortName)].filter(Boolean).join('、')}</span>
                  {task.source ? <div className="small muted">{task.source.title}：“{task.source.quote}”</div> : null}
                  <div className="small"><Link href={`/key-tasks/${task.id}`} lang={locale === 'zh' ? 'zh-CN' : 'en'}>{k(task.withdrawal ? 'view' : 'open')}</Link></div>
                </li>
              ))}
            </ol>
          )}
          {units.length > 0 ? <KeyTaskForm districtId={district.id} year={year} units={units} documents={documents} /> : <p className="card">{t('needUnits')}</p>}
        </section>
      ) : null}
    </>
  );
}
