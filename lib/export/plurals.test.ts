// English counts agree with their nouns wherever a message is read: "1 day left", "1 target",
// not "1 days left" / "1 targets" (the to-do list, the round pages, the scorecard's summary
// line and the reminder e-mails said so for every count of one). The same ICU plural form is
// read by next-intl in pages and by fillTemplate in files and e-mails.
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import { reminderMessage } from '@/lib/reminders/message';
import { countCodes } from '@/lib/verdict/counts';
import { exportText, fillTemplate } from './columns';
import { summaryLine } from './summary';

const en = loadMessages('en');
// The messages are loaded untyped (a record), so the keys are checked here at run time.
const t = createTranslator({ locale: 'en', messages: en }) as unknown as (key: string, values: Record<string, number>) => string;

describe('English plurals', () => {
  it('pages: one day, to-do, row, assignment, problem; several of each', () => {
    expect(t('rounds.daysLeft', { days: 1 })).toBe('1 day left');
    expect(t('rounds.daysLeft', { days: 3 })).toBe('3 days left');
    expect(t('rounds.overdueDays', { days: 1 })).toBe('1 day overdue');
    expect(t('rounds.headerCount', { count: 1 })).toBe('1 to-do');
    expect(t('rounds.opened', { items: 1 })).toBe('Round opened: 1 to-do created.');
    expect(t('home.counts', { targets: 1, outcomes: 1 })).toBe('1 target · 1 outcome');
    expect(t('units.previewReady', { count: 1, skipped: 0 })).toMatch(/^1 row can be imported; 0 heading rows skipped\./);
    expect(t('units.applied', { count: 1 })).toBe('Imported 1 assignment.');
    expect(t('units.hasErrors', { count: 2 })).toBe('2 problems; nothing was imported.');
  });

  it('files: the scorecard summary line counts one target as one', () => {
    expect(summaryLine(countCodes(['met']), 'en', exportText('en'))).toMatch(/^1 target: /);
    expect(summaryLine(countCodes(['met', 'missed']), 'en', exportText('en'))).toMatch(/^2 targets: /);
    expect(summaryLine(countCodes(['met']), 'zh', exportText('zh'))).toMatch(/^共1项/);
  });

  it('e-mails: an overdue reminder a day late with one item', () => {
    const { text } = reminderMessage({
      kind: 'overdue', daysLeft: -1, round: { zh: '2025年上半年', en: '2025 H1' }, district: { zh: '测试区', en: 'Test District' },
      unit: '区统计局', dueDate: '2025-07-10', items: ['地区生产总值增长6%左右'], todoUrl: 'http://localhost/todo',
    });
    expect(text).toContain('(1 day ago). Your unit still has 1 item not yet submitted, or returned for changes:');
    expect(text).toContain('逾期');
  });

  it('fillTemplate: exact forms first, then one, then other; plain placeholders as before', () => {
    const message = '{n, plural, =0 {none} one {# thing} other {# things}} for {who}';
    expect([0, 1, 2].map((n) => fillTemplate(message, { n, who: 'x' }))).toEqual(['none for x', '1 thing for x', '2 things for x']);
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fillTemplate('{n, plural, one {# day} other {# days}}', {})).toBe('{n, plural, one {# day} other {# days}}');
  });

  it('fillTemplate: every message of both languages filled as by the two regular expressions it used before, read twice', () => {
    const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
    const before = (template: string, values: Record<string, string | number>) => template
      .replace(PLURAL, (whole) => fillTemplate(whole, values)) // the plural branch is unchanged: the shared code fills it
      .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
    const strings = (value: unknown): string[] => typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const messages = [...strings(loadMessages('zh')), ...strings(loadMessages('en')), '{a}{b}', '{a}', 'x{a}', '{ a }', '{a}}', '{{a}', '{}', '$&{a}$1', '{constructor}'];
    expect(messages.length).toBeGreaterThan(500);
    for (const message of messages) {
      const names = [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      // Every placeholder but the last given (so one stays unfilled); a value that looks like a placeholder or a replacement pattern.
      const values = Object.fromEntries(names.slice(0, -1).map((name, index) => [name, index % 2 ? `{${name}}$&` : index]));
      expect(fillTemplate(message, values)).toBe(before(message, values));
      expect(fillTemplate(message, values)).toBe(before(message, values));
    }
  });
});
