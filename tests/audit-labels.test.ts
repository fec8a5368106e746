// Every action and object type the code writes to the audit log has words in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROPOSAL_DECISIONS } from '@/lib/ingest/existing';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditActionLabel, auditActorLabel } from '@/lib/audit/labels';

const ROOT = path.join(import.meta.dirname, '..', 'lib');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [fs.readFileSync(full, 'utf8')] : [];
  });
}
const text = sources(ROOT).join('\n');

describe('audit labels', () => {
  it('name every action the code writes', () => {
    const literal = [...text.matchAll(/action: '([a-z_]+\.[A-Za-z_]+)'/g)].map((match) => match[1]!);
    const sql = [...text.matchAll(/'([a-z_]+\.(?:review|create|update))', '([a-z_]+)'/g)].map((match) => match[1]!);
    // Built from the input: outcome.verify/dispute and verdict.confirm/override/judgment.
    const built = ['outcome.verify', 'outcome.dispute', 'verdict.confirm', 'verdict.override', 'verdict.judgment'];
    const actions = new Set([...literal, ...sql, ...built, ...Object.values(PROPOSAL_DECISIONS)]);
    expect(actions.size).toBeGreaterThan(20);
    expect([...actions].filter((action) => !(action in AUDIT_ACTIONS))).toEqual([]);
  });

  it('name every object type the code writes', () => {
    // orderBy { entityType: 'asc' } is not a type.
    const types = new Set([...text.matchAll(/entityType: '([a-z_]+)'/g)].map((match) => match[1]!).filter((type) => type !== 'asc' && type !== 'desc'));
    expect([...types].filter((type) => !(type in AUDIT_ENTITY_TYPES))).toEqual([]);
  });

  it('read in words in both languages', () => {
    expect(auditActionLabel('target.create', 'zh')).toBe('新增目标');
    expect(auditActionLabel('target.create', 'en')).toBe('Target created');
    expect(auditActorLabel(null, 'system:seed', 'zh')).toBe('系统导入');
    expect(auditActorLabel(null, 'system:seed', 'en')).toBe('System import');
    expect(auditActorLabel('王五', null, 'en')).toBe('王五');
    for (const words of Object.values(AUDIT_ACTIONS)) {
      expect(words.zh).toMatch(/^[\u4e00-\u9fff（）]+$/);
      expect(words.en).toMatch(/^[A-Z][A-Za-z ]+$/);
    }
  });
});
