// Several app instances behind nginx for the benchmark: more `npm start` processes
// (scripts/start.ts) on the same DATABASE_URL, and Debian's nginx run as a plain process
// with deploy/nginx.conf as shipped, only its `server` and `listen` lines rewritten
// for the benchmark's ports and number of instances.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file));

/** deploy/nginx.conf with one `server` line per instance port and nginx listening on `listenPort`. */
export function nginxConfig(instancePorts: number[], listenPort: number): string {
  const shipped = fs.readFileSync(path.join('deploy', 'nginx.conf'), 'utf8');
  const servers = [...shipped.matchAll(/^(\s*)server 127\.0\.0\.1:\d+( .*;)$/gm)];
  if (servers.length === 0) throw new Error('deploy/nginx.conf lists no `server 127.0.0.1:PORT …;` lines');
  const [indent, rest] = [servers[0]![1]!, servers[0]![2]!];
  const lines = instancePorts.map((port) => `${indent}server 127.0.0.1:${port}${rest}`).join('\n');
  let config = shipped.replace(servers[0]![0], lines);
  for (const line of servers.slice(1)) config = config.replace(`${line[0]}\n`, '');
  if (!/listen 127\.0\.0\.1:\d+;/.test(config)) throw new Error('deploy/nginx.conf has no `listen 127.0.0.1:PORT;` line');
  return config.replace(/listen 127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${listenPort};`);
}

export type Balancer = { stop: () => Promise<void> };

export async function startNginx(instancePorts: number[], listenPort: number): Promise<Balancer> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx)');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  const configFile = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(configFile, nginxConfig(instancePorts, listenPort));
  const check = spawnSync(NGINX, ['-p', `${prefix}/`, '-e', 'stderr', '-c', configFile, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const nginx = spawn(NGINX, ['-p', `${prefix}/`, '-e', 'stderr', '-c', configFile, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return {
    stop: async () => {
      if (nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx.once('exit', resolve));
        nginx.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** `npm start` on a port, on the benchmark's database; TRUSTED_PROXIES as deploy/nginx.conf asks. */
export function startInstance(port: number, databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production', TRUSTED_PROXIES: '127.0.0.1' },
  });
}

export async function stopInstance(instance: ChildProcess): Promise<void> {
  if (instance.exitCode !== null || instance.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.once('exit', resolve));
  instance.kill('SIGTERM');
  await exited;
}
