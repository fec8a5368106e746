// Every API error has one JSON shape with the message in English and Chinese.
import type { z } from 'zod';

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

export function badRequest(error: z.ZodError): Response {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.') || '(query)', message: issue.message }));
  const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return apiError('bad_request', { en: list, zh: `（${list}）` }, issues);
}
