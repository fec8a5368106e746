// The 推进情况汇总表 download behind /rounds/<id>/summary.xlsx and .docx, answered as
// the round page is: sign-in first, 404 for no such round, 403 unless the caller may read
// the round's district (canViewRound, the round page's rule). The file is in the
// visitor's language unless ?lang=zh|en asks for the other.
import 'server-only';
import { requirePageUser } from '@/lib/auth/current-user';
import { fileName } from '@/lib/export/columns';
import { readLocale, toLocale } from '@/lib/i18n/locale';
import { canViewRound } from '@/lib/rounds/access';
import { loadRoundOutputs } from './data';
import { roundSummaryDocx } from './summary-docx';
import { summaryTable } from './summary-table';
import { roundSummaryXlsx } from './summary-xlsx';

export type SummaryFormat = 'xlsx' | 'docx';

const CONTENT_TYPES: Record<SummaryFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const NOT_FOUND = '没有这个填报轮次。 No such reporting round.';
const FORBIDDEN = '您无权查看这个填报轮次。 You may not read this reporting round.';
const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function serveRoundSummary(request: Request, idParam: string, format: SummaryFormat): Promise<Response> {
  const url = new URL(request.url);
  const user = await requirePageUser(`${url.pathname}${url.search}`);
  const id = /^[1-9]\d{0,9}$/.test(idParam) ? Number(idParam) : 0;
  const outputs = id > 0 && id <= 2_147_483_647 ? await loadRoundOutputs(id) : null;
  if (!outputs) return text(NOT_FOUND, 404);
  if (!canViewRound(user, outputs.districtId)) return text(FORBIDDEN, 403);
  const lang = url.searchParams.get('lang');
  const locale = lang === 'zh' || lang === 'en' ? toLocale(lang) : await readLocale();
  const body = format === 'xlsx' ? await roundSummaryXlsx(outputs.summary, locale) : await roundSummaryDocx(outputs.summary, locale);
  const name = fileName(summaryTable(outputs.summary, locale).title, format);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="round-${id}-summary.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    },
  });
}
