import { templateCsv } from '@/lib/import/parse-file';

export function GET(): Response {
  return new Response(templateCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="outcomes-template.csv"' } });
}
