// A refused /api/v1 query in words of each language: the parameter and what is wrong with
// it, from messages/<locale>/api.json ("issues"), never zod's English default ("Too small:
// expected number to be <=200") inside a Chinese message. The query schemas (schemas.ts)
// name their own refusals by key (ISSUE.*); zod's own issues are worded by their code.
import type { z } from 'zod';
import { fillTemplate } from '@/lib/export/columns';
import type { Locale } from '@/lib/i18n/locale';
import { loadMessages } from '@/lib/i18n/messages';

const KEYS = [
  'districtCode', 'indicatorKey', 'cursor', 'cursorOrPage', 'periodMonths', 'periodInYear', 'provinceWithDistrict', 'pagingFilesOnly', 'id',
] as const;
type SchemaKey = (typeof KEYS)[number];
const PREFIX = 'api.issues.';

/** The messages the query schemas give their checks: keys into api.json's "issues". */
export const ISSUE = Object.fromEntries(KEYS.map((key) => [key, `${PREFIX}${key}`])) as Record<SchemaKey, string>;

type IssueWords = Record<SchemaKey | 'parameter' | 'listSeparator' | 'tooSmall' | 'tooBig' | 'tooLong' | 'tooShort'
  | 'notNumber' | 'notOneOf' | 'unknownParameter' | 'invalid', string>;

function words(locale: Locale): IssueWords {
  return (loadMessages(locale).api as { issues: IssueWords }).issues;
}

/** One line per refused parameter ("参数 limit：不能大于 200"), with the parameter it names. */
export function issueLines(error: z.ZodError, locale: Locale): { path: string; message: string }[] {
  const w = words(locale);
  return error.issues.flatMap((issue) => {
    const line = (field: string, reason: string) => ({ path: field, message: fillTemplate(w.parameter, { field, reason }) });
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => line(key, w.unknownParameter));
    return [line(issue.path.join('.') || '(query)', reason(issue, w))];
  });
}

function reason(issue: z.core.$ZodIssue, w: IssueWords): string {
  if (issue.message.startsWith(PREFIX)) {
    const key = issue.message.slice(PREFIX.length) as SchemaKey;
    if (KEYS.includes(key)) return w[key];
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? w.tooShort : fillTemplate(w.tooSmall, { minimum: String(issue.minimum) });
    case 'too_big':
      return fillTemplate(issue.origin === 'string' ? w.tooLong : w.tooBig, { maximum: String(issue.maximum) });
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? w.notNumber : w.invalid;
    case 'invalid_value':
      return fillTemplate(w.notOneOf, { values: issue.values.map(String).join(', ') });
    default:
      return w.invalid;
  }
}

export function issueSeparator(locale: Locale): string {
  return words(locale).listSeparator;
}
