// The benchmark's writers call the app's server actions over HTTP exactly as the
// browser's forms do (the same encoding as tests/multi-instance.stress.ts): signing in
// through signInAction, recording an outcome through recordOutcomeAction. Nothing is
// written around the app, so each write pays the real path: session, permission,
// validation, the revision and its audit row, and the stored verdict it changes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type pg from 'pg';
import { hashPassword } from '@/lib/auth/password';

const actionIds = new Map<string, string>();

/** The id of a server action of the production build in .next, by its exported name (read once per name: a browser has it in its bundle). */
export function actionId(name: string): string {
  const known = actionIds.get(name);
  if (known) return known;
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`Server action ${name} is not in the build.`);
  actionIds.set(name, found[0]);
  return found[0];
}

export type ActionAnswer = { status: number; body: string; cookie: string | undefined; ms: number };

/**
 * A form action's body as `useActionState` sends it: the form's fields as `_1_<name>`, then
 * the arguments referring to them, encoded as multipart/form-data the way FormData is
 * (the HTML spec's escapes: a name's CR, LF and quote percent-encoded, a value's line breaks as CRLF).
 */
export function actionBody(fields: Record<string, string>, boundary: string): string {
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')}"\r\n\r\n${value.replace(/\r\n|\r|\n/g, '\r\n')}\r\n`;
  return `${Object.entries(fields).map(([key, value]) => part(`_1_${key}`, value)).join('')}${part('0', '[null,"$K1"]')}--${boundary}--\r\n`;
}

// One keep-alive agent, as fetch's (undici) pool: a connection per writer, reused.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * Posts a form action over HTTP: the request a browser's form sends (the action id, the
 * multipart body, its cookie, Origin, accepting gzip), through node:http rather than fetch.
 * The server sees the same request; the benchmark's own process, which shares the machine's
 * two cores with the server, spends less on each (fetch's web streams, FormData and
 * Request objects cost 5-7 ms of CPU a write at load 12; bench/results.md, session 10).
 */
export async function callAction(base: string, id: string, fields: Record<string, string>, options: { cookie?: string; page?: string } = {}): Promise<ActionAnswer> {
  const boundary = `----formdata-bench-${crypto.randomUUID()}`;
  const body = Buffer.from(actionBody(fields, boundary));
  const started = performance.now();
  return new Promise<ActionAnswer>((resolve, reject) => {
    const request = http.request(`${base}${options.page ?? '/'}`, {
      method: 'POST', agent, timeout: 120_000,
      headers: {
        origin: base, 'next-action': id, accept: 'text/x-component', 'accept-encoding': 'gzip, deflate',
        'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length, ...(options.cookie ? { cookie: options.cookie } : {}),
      },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const text = (encoding === 'gzip' ? zlib.gunzipSync(raw) : encoding === 'deflate' ? zlib.inflateSync(raw) : raw).toString('utf8');
          const session = (response.headers['set-cookie'] ?? []).find((line) => line.startsWith('session='));
          resolve({ status: response.statusCode ?? 0, body: text, cookie: session?.split(';')[0], ms: performance.now() - started });
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error('timed out after 120 s')));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * The synthetic data set has no account that can sign in (its one user is disabled), so
 * the benchmark keeps its own staff accounts in the synthetic database: one per district
 * written to, assigned that district only, as a district's staff would be (an admin's or
 * reviewer's record form reads the whole country's to-do list; see bench/results.md).
 * A fresh random password each run. Only ever called on the synthetic database (bench.ts
 * checks its marker). Returns each district's session cookie, signed in through signInAction.
 */
export async function signInDistrictStaff(base: string, pool: pg.Pool, districtIds: number[]): Promise<Map<number, string>> {
  const password = `bench-${crypto.randomUUID()}`;
  const hash = await hashPassword(password);
  const cookies = new Map<number, string>();
  for (const districtId of new Set(districtIds)) {
    const username = `synthetic-bench-staff-${districtId}`;
    const { rows } = await pool.query<{ id: number }>(`INSERT INTO app_user (username, display_name, password_hash, role, disabled, must_change_password, updated_at)
      VALUES ($1, '基准测试填报员 (synthetic bench)', $2, 'staff', false, false, now())
      ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'staff', disabled = false, must_change_password = false, updated_at = now()
      RETURNING id`, [username, hash]);
    await pool.query('INSERT INTO user_district (user_id, district_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [rows[0]!.id, districtId]);
    const answer = await callAction(base, actionId('signInAction'), { login: username, password, next: '' }, { page: '/sign-in' });
    if (!answer.cookie) throw new Error(`The benchmark's staff account could not sign in (HTTP ${answer.status}): ${answer.body.slice(0, 300)}`);
    cookies.set(districtId, answer.cookie);
  }
  return cookies;
}

export type WriteTarget = { targetId: number; districtId: number; indicatorId: number; year: number; revision: number };

/** Growth targets (their outcome is a percentage whatever the indicator) with the latest revision of each one's series. */
export async function growthTargets(pool: pg.Pool, where: string, params: unknown[], limit: number): Promise<WriteTarget[]> {
  const { rows } = await pool.query<{ id: number; district_id: number; indicator_id: number; year: number; revision: number }>(
    `SELECT t.id, t.district_id, t.indicator_id, t.year,
       COALESCE((SELECT max(o.revision) FROM outcome o WHERE o.district_id = t.district_id AND o.indicator_id = t.indicator_id AND o.year = t.year AND o.measure = t.measure), 0) AS revision
     FROM target t WHERE t.measure = 'growth' AND t.qualifier <> 'qualitative' AND ${where} ORDER BY t.id LIMIT ${Number(limit)}`, params);
  return rows.map((row) => ({ targetId: row.id, districtId: row.district_id, indicatorId: row.indicator_id, year: row.year, revision: Number(row.revision) }));
}

/**
 * Records the next revision of a growth target's outcome through recordOutcomeAction,
 * with a new source document quoting the figure. Accepted: the answer says ok and
 * `target.revision` moves on; otherwise the answer's start is returned as the reason.
 */
export async function recordOutcome(base: string, cookies: Map<number, string>, target: WriteTarget, tag: string): Promise<{ ok: boolean; ms: number; reason?: string }> {
  const value = (4 + Math.random() * 4).toFixed(2);
  const started = performance.now();
  const answer = await callAction(base, actionId('recordOutcomeAction'), {
    targetId: String(target.targetId), baseRevision: String(target.revision), value, unit: '%', vintage: 'final',
    documentId: 'new', newKind: 'other', newTitle: `基准测试 ${tag}（合成）`, newText: `基准测试（合成数据）：增长 ${value}%。`, quote: `增长 ${value}%`, note: '',
  }, { cookie: cookies.get(target.districtId), page: `/targets/${target.targetId}/outcomes/new` }).catch((error: Error) => ({ status: 0, body: `${error.message} ${String(error.cause ?? '')}`, cookie: undefined, ms: performance.now() - started }));
  if (answer.status === 200 && answer.body.includes('"ok":true')) {
    target.revision += 1;
    return { ok: true, ms: answer.ms };
  }
  return { ok: false, ms: answer.ms, reason: `HTTP ${answer.status} ${answer.body.slice(0, 200)}` };
}
