// Every API error has one JSON shape with the message in English and Chinese.
import type { z } from 'zod';
import { type Locale, toLocale } from '@/lib/i18n/locale';
import { issueLines, issueSeparator } from './issue-text';

export type ApiErrorCode = 'bad_request' | 'unauthenticated' | 'forbidden' | 'not_found' | 'internal';

export type ApiErrorBody = {
  error: { code: ApiErrorCode; message: { en: string; zh: string }; issues?: { path: string; message: string }[] };
};

const MESSAGES: Record<ApiErrorCode, { en: string; zh: string; status: number }> = {
  bad_request: { en: 'Invalid query parameters.', zh: '查询参数无效。', status: 400 },
  unauthenticated: { en: 'Sign-in or a valid API token (Authorization: Bearer …) is required.', zh: '需要登录或有效的 API 令牌（Authorization: Bearer …）。', status: 401 },
  forbidden: { en: 'Not allowed.', zh: '无权访问。', status: 403 },
  not_found: { en: 'Not found.', zh: '未找到。', status: 404 },
  internal: { en: 'Unexpected server error.', zh: '服务器发生意外错误。', status: 500 },
};

export function apiError(code: ApiErrorCode, extra?: { en: string; zh: string }, issues?: ApiErrorBody['error']['issues']): Response {
  const { status, en, zh } = MESSAGES[code];
  const message = extra ? { en: `${en} ${extra.en}`, zh: `${zh}${extra.zh}` } : { en, zh };
  const body: ApiErrorBody = { error: { code, message, ...(issues ? { issues } : {}) } };
  return Response.json(body, { status, headers: code === 'unauthenticated' ? { 'WWW-Authenticate': 'Bearer' } : undefined });
}

/**
 * A refused query: each language's message names the parameters in its own words (issue-text.ts);
 * `issues` are in the request's language (requestLocale).
 */
export function badRequest(error: z.ZodError, locale: Locale): Response {
  const zh = issueLines(error, 'zh').map((issue) => issue.message).join(issueSeparator('zh'));
  const en = issueLines(error, 'en').map((issue) => issue.message).join(issueSeparator('en'));
  return apiError('bad_request', { en, zh: `（${zh}）` }, issueLines(error, locale));
}

/** The request's language: the site's locale cookie, else the first language of Accept-Language; Chinese by default. */
export function requestLocale(request: Request): Locale {
  const cookie = /(?:^|;\s*)locale=(zh|en)\b/.exec(request.headers.get('cookie') ?? '')?.[1];
  if (cookie) return toLocale(cookie);
  const first = request.headers.get('accept-language')?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
