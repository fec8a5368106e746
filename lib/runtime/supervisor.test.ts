// The supervisor with real child processes: one killed with SIGKILL comes back with a
// new pid, one that keeps dying waits longer each time, and stop() ends everything
// without a restart.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { exited } from '@/lib/db/embedded-postgres';
import { backoffDelay, type BackoffPolicy, type Running, Supervisor } from './supervisor';

const FAST: BackoffPolicy = { initialMs: 50, maxMs: 400, stableAfterMs: 60_000 };

function sleeper(): Running {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const done = exited(child);
  return { pid: child.pid, exited: done, stop: async () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); await done; } };
}

function alive(pid: number | undefined): boolean {
  try {
    process.kill(pid!, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, withinMs = 5000): Promise<void> {
  const end = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let supervisor: Supervisor | undefined;
afterEach(async () => supervisor?.stop());

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the maximum', () => {
    expect([0, 1, 2, 3, 4, 10, 100].map((attempt) => backoffDelay(attempt, FAST))).toEqual([50, 100, 200, 400, 400, 400, 400]);
  });
});

describe('Supervisor', () => {
  it('restarts a process killed with SIGKILL and logs it', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor((line) => lines.push(line), FAST);
    supervisor.add('worker', sleeper(), async () => sleeper());
    const first = supervisor.pid('worker');
    process.kill(first!, 'SIGKILL');
    await until(() => supervisor!.pid('worker') !== first && alive(supervisor!.pid('worker')));
    expect(lines.join('\n')).toMatch(/worker stopped unexpectedly \(signal SIGKILL\); restarting in 50 ms/);
    expect(lines.join('\n')).toMatch(/worker restarted \(pid \d+\)/);
  });

  it('waits longer each time a process keeps failing to start, and keeps trying', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor((line) => lines.push(line), FAST);
    let attempts = 0;
    supervisor.add('flaky', sleeper(), async () => {
      attempts += 1;
      if (attempts < 4) throw new Error(`refused ${attempts}`);
      return sleeper();
    });
    process.kill(supervisor.pid('flaky')!, 'SIGKILL');
    await until(() => lines.some((line) => line.startsWith('flaky restarted')));
    const delays = lines.flatMap((line) => /restarting in (\d+) ms/.exec(line)?.[1] ?? []).map(Number);
    expect(delays).toEqual([50, 100, 200, 400]);
    expect(lines.filter((line) => line.includes('did not start'))).toHaveLength(3);
  });

  it('stop() stops every process, last added first, and restarts nothing', async () => {
    const order: string[] = [];
    supervisor = new Supervisor(() => {}, FAST);
    const named = (name: string): Running => {
      const running = sleeper();
      return { ...running, stop: async () => { order.push(name); await running.stop(); } };
    };
    supervisor.add('database', named('database'), async () => named('database'));
    supervisor.add('web', named('web'), async () => named('web'));
    const pids = [supervisor.pid('database'), supervisor.pid('web')];
    await supervisor.stop();
    expect(order).toEqual(['web', 'database']);
    expect(pids.map(alive)).toEqual([false, false]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([supervisor.pid('database'), supervisor.pid('web')]).toEqual(pids);
  });
});
