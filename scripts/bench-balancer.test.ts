// The benchmark puts 2 and 4 instances behind deploy/nginx.conf by rewriting only its
// `server` and `listen` lines: the result must keep every other setting and be a
// configuration Debian's nginx accepts (`nginx -t`, the real binary).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX, nginxConfig } from '@/bench/balancer';

describe('the benchmark\'s nginx configuration', () => {
  it('lists one server line per instance, listens on the given port, and keeps the rest of deploy/nginx.conf', () => {
    const shipped = fs.readFileSync(path.join('deploy', 'nginx.conf'), 'utf8');
    const config = nginxConfig([3401, 3402, 3403, 3404], 3409);
    expect([...config.matchAll(/^\s*server 127\.0\.0\.1:(\d+) max_fails=1 fail_timeout=5s;$/gm)].map((m) => m[1])).toEqual(['3401', '3402', '3403', '3404']);
    expect(config).toContain('listen 127.0.0.1:3409;');
    expect(config).not.toMatch(/127\.0\.0\.1:300[12]|:8080/);
    const withoutRewritten = (text: string) => text.split('\n').filter((line) => !/^\s*(server 127\.0\.0\.1:|listen )/.test(line)).join('\n');
    expect(withoutRewritten(config)).toBe(withoutRewritten(shipped));
  });

  it('is accepted by nginx -t', () => {
    expect(NGINX, 'nginx is installed (apt-get install nginx; .ci/run does)').toBeDefined();
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-test-'));
    try {
      const file = path.join(prefix, 'nginx.conf');
      fs.writeFileSync(file, nginxConfig([3401, 3402], 3409));
      const check = spawnSync(NGINX!, ['-p', `${prefix}/`, '-e', 'stderr', '-c', file, '-t'], { encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(0);
    } finally {
      fs.rmSync(prefix, { recursive: true, force: true });
    }
  });
});
