import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, PEER_ADDRESS_HEADER, trustedProxies } from '@/lib/auth/client-address';

const none = trustedProxies(undefined);
const proxies = trustedProxies('10.0.0.0/8, 192.168.1.1, fd00::/8');

describe('clientAddressOf', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressOf('203.0.113.5', '1.2.3.4, 5.6.7.8', none)).toBe('203.0.113.5');
    expect(clientAddressOf('::ffff:203.0.113.5', null, none)).toBe('203.0.113.5');
  });

  it('through trusted proxies, is the right-most untrusted X-Forwarded-For entry', () => {
    // The client prepended a fake entry; the trusted proxy appended the real one.
    expect(clientAddressOf('10.1.2.3', 'spoofed, 198.51.100.9', proxies)).toBe('198.51.100.9');
    // Two trusted hops (a CDN edge in 192.168.1.1, then 10.x): skip both.
    expect(clientAddressOf('10.1.2.3', 'spoofed, 198.51.100.9, 192.168.1.1', proxies)).toBe('198.51.100.9');
    expect(clientAddressOf('fd00::1', '2001:db8::7', proxies)).toBe('2001:db8::7');
  });

  it('does not believe X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddressOf('198.51.100.9', '10.0.0.1', proxies)).toBe('198.51.100.9');
  });

  it('is the left-most entry when every hop is trusted, and the proxy itself without a header', () => {
    expect(clientAddressOf('10.0.0.2', '10.0.0.3, 192.168.1.1', proxies)).toBe('10.0.0.3');
    expect(clientAddressOf('10.0.0.2', null, proxies)).toBe('10.0.0.2');
  });

  it('refuses to guess without the peer address (no shared fallback key)', () => {
    expect(clientAddressOf(null, '1.2.3.4', none)).toBeNull();
    expect(clientAddressOf('', null, none)).toBeNull();
  });

  it('rejects a malformed TRUSTED_PROXIES setting loudly', () => {
    expect(() => trustedProxies('10.0.0.0/33')).toThrow(/prefix/);
    expect(() => trustedProxies('proxy.example')).toThrow(/not an IP/);
  });
});

describe('scripts/peer-address.mjs', () => {
  it('stamps the socket peer over any x-peer-address the client sends', async () => {
    const script = `const http = require('node:http');
      http.createServer((req, res) => res.end(JSON.stringify(req.headers))).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
    const server = spawn(process.execPath, ['--import', path.join(import.meta.dirname, '..', '..', 'scripts', 'peer-address.mjs'), '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<number>((resolve) => server.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
      const headers = await new Promise<Record<string, string>>((resolve, reject) => {
        http.get({ port, host: '127.0.0.1', headers: { [PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' } }, (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve(JSON.parse(body)));
        }).on('error', reject);
      });
      expect(headers[PEER_ADDRESS_HEADER]).toBe('127.0.0.1');
      expect(headers['x-forwarded-for']).toBe('7.7.7.7');
    } finally {
      server.kill();
    }
  });
});
