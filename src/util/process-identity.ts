// Telling a live process from a new one that reused its pid: its start time.
import { readFileSync } from "node:fs";

// The process's start time in clock ticks since boot (Linux), to tell a live
// owner from a new process that reused its pid.
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

// A process named by its pid and start time is still that process.
export function alive(owner: { pid: number; started: string | null }): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: alive, but someone else's.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (owner.started === null || process.platform !== "linux") return true;
  return processStart(owner.pid) === owner.started;
}

// A process of this pid exists (its start time unknown or not checked).
export const pidAlive = (pid: number): boolean => alive({ pid, started: null });
