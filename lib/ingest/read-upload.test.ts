import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PDF_FONT } from '@/lib/export/pdf';
import { makePdf } from '@/tests/fixtures/pdf';
import { MAX_UPLOAD_BYTES } from '@/lib/upload-limits';
import { readUpload } from './read-upload';

// Test text only, labelled as such: not an official figure.
const LINE = '测试文本 test text：今年主要预期目标是地区生产总值增长6%左右。';

function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const paragraph = `<w:p><w:r><w:t>${body}</w:t></w:r></w:p>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph}</w:body></w:document>`),
    ...extra,
  });
}


describe('readUpload', () => {
  it('reads UTF-8 text, dropping the BOM and CRLF', async () => {
    const result = await readUpload('report.TXT', strToU8(`\uFEFF${LINE}\r\n第二行`));
    expect(result).toEqual({ ok: true, format: 'txt', text: `${LINE}\n第二行` });
  });

  it('reads GB18030 text', async () => {
    // "测试" in GBK/GB18030.
    const result = await readUpload('gbk.txt', new Uint8Array([0xb2, 0xe2, 0xca, 0xd4]));
    expect(result).toEqual({ ok: true, format: 'txt', text: '测试' });
  });

  it('reads a .docx', async () => {
    const result = await readUpload('report.docx', docx(LINE));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text.trim()).toBe(LINE);
  });

  it('reads a text-based .pdf with Chinese text', async () => {
    const bytes = await makePdf((doc) => doc.font(PDF_FONT).fontSize(12).text(LINE));
    const result = await readUpload('report.pdf', bytes);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text.replace(/\s/g, '')).toContain('地区生产总值增长6%左右');
  });

  it.each([
    ['a PDF without a text layer (scanned)', 'scan.pdf', () => makePdf((doc) => { doc.rect(50, 50, 200, 300).fill('#888'); }), 'no_text'],
    ['a zip bomb disguised as .docx', 'bomb.docx', async () => docx(LINE, { 'word/media/zeros.bin': new Uint8Array(60 * 1024 * 1024) }), 'zip_bomb'],
    ['a .docx that is not a Word file', 'other.docx', async () => zipSync({ 'readme.txt': strToU8('hello') }), 'malformed'],
    ['a truncated zip', 'broken.docx', async () => docx(LINE).subarray(0, 120), 'malformed'],
    ['a broken PDF', 'broken.pdf', async () => strToU8('%PDF-1.7\nnot really a pdf'), 'malformed'],
    ['a PNG renamed .pdf', 'image.pdf', async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'type_mismatch'],
    ['a PDF renamed .txt', 'report.txt', async () => strToU8('%PDF-1.7\n'), 'type_mismatch'],
    ['a .doc file', 'report.doc', async () => strToU8(LINE), 'unsupported_type'],
    ['binary content named .txt', 'binary.txt', async () => new Uint8Array([0x00, 0x01, 0x02, 0x41]), 'not_text'],
    ['an empty file', 'empty.txt', async () => new Uint8Array(0), 'empty'],
    ['a file over the size limit', 'big.txt', async () => new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41), 'too_large'],
  ])('refuses %s', async (_label, name, make, code) => {
    const result = await readUpload(name, await make());
    expect(result).toEqual({ ok: false, code });
  });
});
