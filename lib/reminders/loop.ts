// The reminder loop: a pass (send-pass.ts) right after start and then every interval,
// until stop(), which waits for a pass in progress to end. Several instances may run
// it against one database; the reminder_sent key keeps each message single.
import type { PassResult, ReminderPassDeps } from './send-pass';
import { runReminderPass } from './send-pass';

export type ReminderLoop = { stop(): Promise<void> };

export type LoopOptions = Omit<ReminderPassDeps, 'now'> & { intervalMs: number; now?: () => Date; onPass?: (result: PassResult) => void };

export function startReminderLoop(options: LoopOptions): ReminderLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    timer = null;
    running = runReminderPass({ ...options, now: options.now?.() })
      .then((result) => options.onPass?.(result))
      // A pass that fails as a whole (database unreachable) is logged and tried again next time.
      .catch((error: unknown) => options.log?.(`reminder pass failed: ${(error as Error).message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
