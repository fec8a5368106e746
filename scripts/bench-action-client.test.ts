// The benchmark's action client (bench/action-client.ts) sends what a browser's form sends:
// its multipart body is byte for byte what FormData encodes, and callAction's request carries
// the action id, Origin, cookie and Accept headers and reads a gzip-compressed answer.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { actionBody, callAction } from '@/bench/action-client';

const fields = { targetId: '42', value: '5.20', newTitle: '基准测试 "引号"（合成）', newText: '第一行\n第二行\r\n第三行', quote: '增长 5.20%', note: '' };

describe('actionBody', () => {
  it('is the body FormData encodes for the same fields (useActionState: `_1_` names, then the arguments)', async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
    form.append('0', '[null,"$K1"]');
    const encoded = new Response(form);
    const boundary = /boundary=(.+)$/.exec(encoded.headers.get('content-type')!)![1]!;
    expect(actionBody(fields, boundary)).toBe(await encoded.text());
  });

  it('escapes a field name as FormData does, and parses back to the same fields', async () => {
    const boundary = '----formdata-bench-test';
    const body = actionBody({ 'odd"name\nx': 'v' }, boundary);
    expect(body).toContain('name="_1_odd%22name%0Ax"');
    const parsed = await new Response(actionBody(fields, boundary), { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }).formData();
    expect(Object.fromEntries([...parsed.entries()].map(([key, value]) => [key, String(value)]))).toEqual({
      ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [`_1_${key}`, value.replace(/\r\n|\n/g, '\r\n')])),
      0: '[null,"$K1"]',
    });
  });
});

describe('callAction', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('posts the action with its headers and reads a gzip answer and the session cookie', async () => {
    let seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string } | undefined;
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen = { method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
        response.writeHead(200, { 'content-type': 'text/x-component', 'content-encoding': 'gzip', 'set-cookie': ['locale=zh; Path=/', 'session=abc123; Path=/; HttpOnly'] });
        response.end(zlib.gzipSync('0:{"a":"$@1"}\n1:{"ok":true,"message":"已保存"}\n'));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const answer = await callAction(base, 'action-id-1', { targetId: '42' }, { cookie: 'session=old', page: '/targets/42/outcomes/new' });
    expect(answer).toMatchObject({ status: 200, cookie: 'session=abc123' });
    expect(answer.body).toContain('"ok":true');
    expect(seen).toMatchObject({ method: 'POST', url: '/targets/42/outcomes/new' });
    expect(seen!.headers).toMatchObject({ 'next-action': 'action-id-1', origin: base, accept: 'text/x-component', cookie: 'session=old', 'accept-encoding': 'gzip, deflate' });
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(seen!.headers['content-type']!)![1]!;
    expect(seen!.body).toBe(actionBody({ targetId: '42' }, boundary));
    expect(Number(seen!.headers['content-length'])).toBe(Buffer.byteLength(seen!.body));
  });

  it('rejects when nothing listens (recordOutcome reports it as a refused write)', async () => {
    await expect(callAction('http://127.0.0.1:1', 'id', {})).rejects.toThrow();
  });
});
