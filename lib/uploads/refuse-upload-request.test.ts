// The proxy's refusals of upload requests the framework would answer with a 500.
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_BYTES, refuseUploadRequest } from './refuse-upload-request';

const BOUNDARY = '----form';

function multipart(fileName: string, content = 'a,b\n1,2\n'): Request {
  const body = Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="mode"\r\n\r\npreview\r\n`),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="`),
    Buffer.from(fileName, 'utf8'),
    Buffer.from(`"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`),
  ]);
  return new Request('http://localhost/import', { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } });
}

describe('refuseUploadRequest', () => {
  it('lets an ordinary upload through, Chinese file name and NUL bytes in the content included', async () => {
    expect(await refuseUploadRequest(multipart('2025年成果.csv', 'x\u0000y'), 'zh')).toBeNull();
    expect(await refuseUploadRequest(new Request('http://localhost/', { method: 'GET' }), 'zh')).toBeNull();
  });

  it('answers 400 in the visitor\'s language for a NUL in a file name', async () => {
    const zh = await refuseUploadRequest(multipart('a\u0000.csv'), undefined);
    expect(zh?.status).toBe(400);
    expect(await zh?.text()).toMatch(/^上传的文件名含有无法处理的控制字符.*请重命名文件后重新上传。$/);
    const en = await refuseUploadRequest(multipart('a\u0000.csv'), 'en');
    expect(await en?.text()).toMatch(/^The uploaded file name holds a control character .* Rename the file and upload it again\.$/);
  });

  it('answers 413 for a body over the limit, from its declared length', async () => {
    const request = new Request('http://localhost/import', { method: 'POST', body: 'x', headers: { 'content-length': String(MAX_REQUEST_BODY_BYTES + 1), 'content-type': 'text/plain' } });
    const response = await refuseUploadRequest(request, 'en');
    expect(response?.status).toBe(413);
    expect(await response?.text()).toBe('The request is larger than 5 MB and was not processed; nothing was saved. Upload a file of at most 5 MB (split the data into several smaller files if needed).');
  });
});
