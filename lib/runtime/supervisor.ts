// Keeps the processes behind `npm start` alive: when one dies unexpectedly it is
// started again after a back-off that doubles while it keeps dying (so a process that
// cannot start does not spin) and resets once it has run for a while. Every exit and
// restart is logged. stop() ends the restarting first, then stops the processes in the
// reverse order they were added (the web server before its database). Knows nothing of
// Next.js or PostgreSQL; scripts/start.ts wires those in.

export type BackoffPolicy = {
  /** Delay before the first restart. */
  initialMs: number;
  maxMs: number;
  /** A process that ran this long before dying starts again from initialMs. */
  stableAfterMs: number;
};

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 250, maxMs: 30_000, stableAfterMs: 60_000 };

/** Delay before restart attempt `attempt` (0 = the first after a stable run). */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt, 30));
}

/** A started process: `exited` resolves (with how it ended) when it ends for any reason. */
export type Running = { pid: number | undefined; exited: Promise<string>; stop: () => Promise<void> };

type Entry = { name: string; running: Running; startedAt: number; attempt: number; restart: () => Promise<Running>; starting: Promise<unknown> | null };

export class Supervisor {
  private readonly entries: Entry[] = [];
  private stopping = false;
  private readonly wake = new Set<() => void>();

  constructor(
    private readonly log: (line: string) => void,
    private readonly policy: BackoffPolicy = DEFAULT_BACKOFF,
  ) {}

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Watches `running` and, whenever it dies before stop(), replaces it with `restart()`. */
  add(name: string, running: Running, restart: () => Promise<Running>): void {
    const entry: Entry = { name, running, startedAt: Date.now(), attempt: 0, restart, starting: null };
    this.entries.push(entry);
    this.log(`${name} running (pid ${running.pid ?? '?'}).`);
    void this.watch(entry);
  }

  /** The pid of a supervised process now (it changes on every restart). */
  pid(name: string): number | undefined {
    return this.entries.find((entry) => entry.name === name)?.running.pid;
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    for (const wake of this.wake) wake();
    for (const entry of [...this.entries].reverse()) {
      await entry.starting?.catch(() => undefined);
      await entry.running.stop();
    }
  }

  private async watch(entry: Entry): Promise<void> {
    for (;;) {
      const how = await entry.running.exited;
      if (this.stopping) return;
      if (Date.now() - entry.startedAt >= this.policy.stableAfterMs) entry.attempt = 0;
      for (;;) {
        const delay = backoffDelay(entry.attempt, this.policy);
        entry.attempt += 1;
        this.log(`${entry.name} stopped unexpectedly (${how}); restarting in ${delay} ms (attempt ${entry.attempt}).`);
        await this.sleep(delay);
        if (this.stopping) return;
        const starting = entry.restart();
        entry.starting = starting;
        try {
          entry.running = await starting;
          entry.startedAt = Date.now();
          this.log(`${entry.name} restarted (pid ${entry.running.pid ?? '?'}).`);
          break;
        } catch (error) {
          // Logged; the next attempt waits longer.
          this.log(`${entry.name} did not start: ${(error as Error | undefined)?.message ?? 'unknown error'}`);
        } finally {
          entry.starting = null;
        }
      }
      // stop() may have come while it was starting; stop() then awaited `starting` and stops it.
      if (this.stopping) return;
    }
  }

  /** A delay that stop() cuts short. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); this.wake.delete(done); resolve(); };
      const timer = setTimeout(done, ms);
      this.wake.add(done);
    });
  }
}
