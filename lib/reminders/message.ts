// The text of a reminder e-mail, Chinese first and English after it (staff read
// Chinese; the app's second language follows), built from the round's data only.
import { beijingDate, fillTemplate } from '@/lib/export/columns';
import type { Locale } from '@/lib/i18n/locale';
import { loadMessages } from '@/lib/i18n/messages';
import { withoutDirectionControls } from '@/lib/text/direction-controls';
import type { Bilingual } from '@/lib/verdict/types';
import type { ReminderKind } from './schedule';

export type ReminderContent = {
  kind: ReminderKind;
  daysLeft: number;
  round: Bilingual;
  district: Bilingual;
  /** The unit's name (units are named in Chinese only). */
  unit: string;
  dueDate: string;
  /** The unit's open items, as the report wrote them. */
  items: string[];
  /** Where staff report: the app's to-do page. */
  todoUrl: string;
};

type ReminderText = {
  subject: Record<ReminderKind, string>;
  body: Record<ReminderKind, string>;
  action: string;
  footer: string;
};

export function reminderMessage(stored: ReminderContent): { subject: string; text: string } {
  // As in the exported files: a round title, unit name or wording stored with a direction
  // control (before names refused them, or quoted from a document) must not reorder the mail.
  const content = withoutDirectionControls(stored);
  const zh = part(content, 'zh');
  const en = part(content, 'en');
  return { subject: `${zh.subject} / ${en.subject}`, text: `${zh.text}\n\n——\n\n${en.text}\n` };
}

function part(content: ReminderContent, locale: Locale): { subject: string; text: string } {
  const text = loadMessages(locale).reminders as ReminderText;
  const values = {
    round: content.round[locale], district: content.district[locale], unit: content.unit,
    due: beijingDate(new Date(`${content.dueDate}T00:00:00+08:00`), locale), count: content.items.length,
    days: Math.abs(content.daysLeft), url: content.todoUrl,
  };
  const lines = [
    fillTemplate(text.body[content.kind], values),
    ...content.items.map((item, index) => `${index + 1}. ${item}`),
    '',
    fillTemplate(text.action, values),
    fillTemplate(text.footer, values),
  ];
  return { subject: fillTemplate(text.subject[content.kind], values), text: lines.join('\n') };
}
