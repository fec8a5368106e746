// The round's downloads — the 推进情况汇总表 at /rounds/<id>/summary.xlsx and .docx, the
// 督查通报 at /rounds/<id>/briefing.docx — answered as the round page is: sign-in first, 404
// for no such round, 403 unless the caller may read the round's district (canViewRound,
// the round page's rule). The file is in the visitor's language unless ?lang=zh|en asks
// for the other.
import 'server-only';
import { requirePageUser } from '@/lib/auth/current-user';
import { fileName } from '@/lib/export/columns';
import { type Locale, readLocale, toLocale } from '@/lib/i18n/locale';
import { canViewRound } from '@/lib/rounds/access';
import { briefingDocument } from './briefing-document';
import { roundBriefingDocx } from './briefing-docx';
import { loadRoundOutputs, type RoundOutputs } from './data';
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
  return serveRoundFile(request, idParam, format, async ({ summary }, locale) => ({
    body: format === 'xlsx' ? await roundSummaryXlsx(summary, locale) : await roundSummaryDocx(summary, locale),
    title: summaryTable(summary, locale).title,
    name: `summary.${format}`,
  }));
}

export async function serveRoundBriefing(request: Request, idParam: string): Promise<Response> {
  return serveRoundFile(request, idParam, 'docx', async ({ summary }, locale) => ({
    body: await roundBriefingDocx(summary, locale),
    title: briefingDocument(summary, locale).title,
    name: 'briefing.docx',
  }));
}

type RenderedFile = { body: Buffer; title: string; name: string };

async function serveRoundFile(
  request: Request, idParam: string, format: SummaryFormat, render: (outputs: RoundOutputs, locale: Locale) => Promise<RenderedFile>,
): Promise<Response> {
  const url = new URL(request.url);
  const user = await requirePageUser(`${url.pathname}${url.search}`);
  const id = /^[1-9]\d{0,9}$/.test(idParam) ? Number(idParam) : 0;
  const outputs = id > 0 && id <= 2_147_483_647 ? await loadRoundOutputs(id) : null;
  if (!outputs) return text(NOT_FOUND, 404);
  if (!canViewRound(user, outputs.districtId)) return text(FORBIDDEN, 403);
  const lang = url.searchParams.get('lang');
  const locale = lang === 'zh' || lang === 'en' ? toLocale(lang) : await readLocale();
  const file = await render(outputs, locale);
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="round-${id}-${file.name}"; filename*=UTF-8''${encodeURIComponent(fileName(file.title, format))}`,
      'Cache-Control': 'no-store',
    },
  });
}
