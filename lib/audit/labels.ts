// The words the audit history shows for an action, an object type and a system actor,
// in both languages: the log stores codes ("target.create", "system:seed") so that it
// can be filtered; people read these. tests/audit-labels.test.ts fails when code writes
// an action that has no words here.
import { ANNUAL_PERIOD, periodName } from '@/lib/verdict/period';
import type { Locale } from '@/lib/i18n/locale';

export type Words = { zh: string; en: string };

export const AUDIT_ACTIONS: Record<string, Words> = {
  'api_token.create': { zh: '创建接口令牌', en: 'API token created' },
  'api_token.revoke': { zh: '吊销接口令牌', en: 'API token revoked' },
  'district.create': { zh: '新增区县', en: 'District created' },
  'district.update': { zh: '修改区县', en: 'District edited' },
  'document.create': { zh: '新增原文', en: 'Source document added' },
  'indicator.update': { zh: '修改指标', en: 'Indicator edited' },
  'key_task.assignUnits': { zh: '指定重点工作责任单位', en: 'Key task units assigned' },
  'key_task.create': { zh: '新增重点工作', en: 'Key task created' },
  'key_task.judge': { zh: '研判重点工作', en: 'Key task judged' },
  'key_task.edit': { zh: '修改重点工作', en: 'Key task edited' },
  'key_task.withdraw': { zh: '撤销重点工作', en: 'Key task withdrawn' },
  'outcome.create': { zh: '导入完成情况', en: 'Outcome imported' },
  'outcome.import': { zh: '批量导入完成情况', en: 'Outcome imported from a file' },
  'outcome.record': { zh: '录入完成情况', en: 'Outcome recorded' },
  'outcome.verify': { zh: '核实完成情况', en: 'Outcome verified' },
  'outcome.dispute': { zh: '对完成情况提出异议', en: 'Outcome disputed' },
  'outcome.review': { zh: '审核完成情况', en: 'Outcome reviewed' },
  'proposal.reject': { zh: '驳回识别结果', en: 'Extracted figure rejected' },
  'proposal.keep_stored': { zh: '保留已录入的目标', en: 'Stored target kept over a new report' },
  'proposal.map_indicator': { zh: '将新指标名称归入已有指标', en: 'New indicator name mapped to an indicator' },
  'reminder.send': { zh: '发送填报提醒邮件', en: 'Reminder email sent' },
  'round.open': { zh: '发起填报轮次', en: 'Reporting round opened' },
  'round.close': { zh: '关闭填报轮次', en: 'Reporting round closed' },
  'round_item.acknowledge': { zh: '签收填报任务', en: 'Round item acknowledged' },
  'round_item.submit': { zh: '报送推进情况', en: 'Progress submitted' },
  'round_item.accept': { zh: '审核通过推进情况', en: 'Progress accepted' },
  'round_item.return': { zh: '退回推进情况', en: 'Progress returned' },
  'round_item.correct': { zh: '更正推进情况（轮次关闭后）', en: 'Progress corrected after the round closed' },
  'setting.update': { zh: '修改设置', en: 'Setting changed' },
  'source_document.import': { zh: '随导入新增原文', en: 'Source document added by an import' },
  'target.assignUnits': { zh: '指定责任单位', en: 'Responsible units assigned' },
  'target.create': { zh: '新增目标', en: 'Target created' },
  'target.update': { zh: '修改目标', en: 'Target edited' },
  'unit.create': { zh: '新增责任单位', en: 'Responsible unit created' },
  'unit.setMembers': { zh: '设置责任单位人员', en: 'Unit members set' },
  'unit.update': { zh: '修改责任单位', en: 'Responsible unit edited' },
  'user.changePassword': { zh: '修改密码', en: 'Password changed' },
  'user.create': { zh: '新增用户', en: 'User created' },
  'user.resetPassword': { zh: '重置密码', en: 'Password reset' },
  'user.update': { zh: '修改用户', en: 'User edited' },
  'verdict.confirm': { zh: '确认判定', en: 'Verdict confirmed' },
  'verdict.override': { zh: '改判', en: 'Verdict overridden' },
  'verdict.judgment': { zh: '研判', en: 'Judged' },
  'verdict.review': { zh: '审核判定', en: 'Verdict reviewed' },
};

export const AUDIT_ENTITY_TYPES: Record<string, Words> = {
  api_token: { zh: '接口令牌', en: 'API token' },
  district: { zh: '区县', en: 'District' },
  indicator: { zh: '指标', en: 'Indicator' },
  key_task: { zh: '重点工作', en: 'Key task' },
  outcome: { zh: '完成情况', en: 'Outcome' },
  reporting_round: { zh: '填报轮次', en: 'Reporting round' },
  responsible_unit: { zh: '责任单位', en: 'Responsible unit' },
  round_item: { zh: '填报任务', en: 'Round item' },
  setting: { zh: '设置', en: 'Setting' },
  source_document: { zh: '原文', en: 'Source document' },
  target: { zh: '目标', en: 'Target' },
  user: { zh: '用户', en: 'User' },
  verdict_review: { zh: '判定审核', en: 'Verdict review' },
};

const SYSTEM_ACTORS: Record<string, Words> = {
  'system:seed': { zh: '系统导入', en: 'System import' },
  'system:bootstrap': { zh: '系统初始化', en: 'System setup' },
  'system:reminders': { zh: '系统提醒', en: 'System reminders' },
};

// A code without words (one written before this table knew it) is shown as it is rather than hidden.
export function auditActionLabel(action: string, locale: Locale): string {
  return AUDIT_ACTIONS[action]?.[locale] ?? action;
}

export function auditEntityTypeLabel(entityType: string, locale: Locale): string {
  return AUDIT_ENTITY_TYPES[entityType]?.[locale] ?? entityType;
}

/** A user's name, or the words for a system actor ("system:seed" → 系统导入). */
export function auditActorLabel(actor: string | null | undefined, label: string | null | undefined, locale: Locale): string {
  if (actor) return actor;
  if (!label) return '—';
  return SYSTEM_ACTORS[label]?.[locale] ?? (label.startsWith('system:') ? (locale === 'zh' ? '系统' : 'System') : label);
}

type Series = { year: number; district: { nameZh: string; nameEn: string }; indicator: { nameZh: string; nameEn: string } };

/** A target by name: "梁平区 2024年 地区生产总值" / "Liangping District 2024 GDP". */
export function seriesName(row: Series): Words {
  return { zh: `${row.district.nameZh} ${row.year}年 ${row.indicator.nameZh}`, en: `${row.district.nameEn} ${row.year} ${row.indicator.nameEn}` };
}

/** "梁平区 2024年 地区生产总值 第2版"; an in-year figure names its period ("… 上半年 第1版"). */
export function outcomeName(row: Series, revision: number, periodMonths = ANNUAL_PERIOD): Words {
  const series = seriesName(row);
  const period = periodMonths === ANNUAL_PERIOD ? null : periodName({ months: periodMonths });
  return { zh: `${series.zh}${period ? ` ${period.zh}` : ''} 第${revision}版`, en: `${series.en}${period ? ` ${period.en}` : ''}, revision ${revision}` };
}

/** "目标：梁平区 2024年 地区生产总值"; an object without a name (deleted, or a setting) keeps its code or number. */
export function auditEntityText(row: { entityType: string; entityId: string }, name: Words | null, locale: Locale): string {
  const type = auditEntityTypeLabel(row.entityType, locale);
  if (name) return `${type}${locale === 'zh' ? '：' : ': '}${name[locale]}`;
  return row.entityType === 'setting' ? `${type} ${row.entityId}` : `${type} #${row.entityId}`;
}

/** An audit row's object by name, from the names auditEntityNames (data.ts) read for the page. */
export function auditEntityLabel(names: Map<string, Words>, row: { entityType: string; entityId: string }, locale: Locale): string {
  return auditEntityText(row, names.get(`${row.entityType}:${row.entityId}`) ?? null, locale);
}
