// Server process helpers for the benchmark: find the next-server process among a
// pid's descendants and poll its resident memory (VmRSS) from /proc.
import fs from 'node:fs';

function children(pid: number): number[] {
  const result: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) result.push(Number(entry));
    } catch { /* exited */ }
  }
  return result;
}

export function descendants(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = children(queue.shift()!);
    all.push(...next);
    queue.push(...next);
  }
  return all;
}

export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The next-server process started (indirectly) by pid: its title says next-server. */
export function findNextServer(pid: number): number | null {
  for (const candidate of descendants(pid)) {
    try {
      const cmdline = fs.readFileSync(`/proc/${candidate}/cmdline`, 'utf8');
      if (cmdline.includes('next-server')) return candidate;
    } catch { /* exited */ }
  }
  return null;
}

/** Polls RSS every 100 ms; peak() returns the highest value since the last reset. */
export function rssMonitor(pid: number) {
  let peak = rssMb(pid);
  const timer = setInterval(() => { peak = Math.max(peak, rssMb(pid)); }, 100);
  return {
    peak: () => Math.max(peak, rssMb(pid)),
    reset: () => { peak = rssMb(pid); },
    stop: () => clearInterval(timer),
  };
}

/** CPU time (user + system) a process has used so far, in ms: unlike wall time, it does not grow with other jobs' load. */
export function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of /proc/PID/stat (utime, stime), counted from the state field (3).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU time of the PostgreSQL server this process started (the embedded synthetic
 * database): its processes' user + system time, plus the time of its children that
 * already exited (parallel workers, closed connections), in ms. NaN when it is not our
 * child (SYNTHETIC_DATABASE_URL). Pages whose time is in SQL show it here, not above.
 */
export function postgresCpuMs(): number {
  let total = 0;
  let found = false;
  for (const pid of descendants(process.pid)) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime (fields 14–17): reaped children are counted in their parent's.
      total += ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
      found = true;
    } catch { /* exited */ }
  }
  return found ? total : Number.NaN;
}

// USER_HZ: 100 on every Linux architecture Node runs on.
const CLOCK_TICKS = 100;
