// One grader per output folder: a second `grade` on the same --out while one
// runs would tear the journal and the reports. The lock is a file created with
// O_EXCL holding the owner's pid and its start time; a lock whose owner is gone
// (the pid is dead, or reused by another process) is stale and taken over.
//
// Written here rather than with a lockfile package: the staleness test needs
// the owner's start time from /proc (pids are reused), which none of them checks.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { alive, processStart } from "../util/process-identity.js";

export const LOCK_FILE = ".pytutor-lock";

type Owner = { pid: number; started: string | null; at: string };

export type OutLock = { release: () => void; previousDied: boolean };

export class LockHeldError extends Error {
  constructor(readonly owner: Owner) {
    super(`locked by pid ${owner.pid}`);
  }
}

// Takes the folder's lock, or throws LockHeldError naming the live owner.
export function lockOut(out: string): OutLock {
  const path = join(out, LOCK_FILE);
  const me: Owner = { pid: process.pid, started: processStart(process.pid), at: new Date().toISOString() };
  let previousDied = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx", 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let owner: Owner | undefined;
      try {
        owner = JSON.parse(readFileSync(path, "utf8")) as Owner;
      } catch {
        owner = undefined;
      }
      if (owner && typeof owner.pid === "number" && alive(owner)) throw new LockHeldError(owner);
      // Stale: its grader died without releasing it.
      previousDied = true;
      try {
        unlinkSync(path);
      } catch {
        /* another grader took it over first: try again */
      }
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    let released = false;
    return {
      previousDied,
      release: () => {
        if (released) return;
        released = true;
        try {
          const owner = JSON.parse(readFileSync(path, "utf8")) as Owner;
          if (owner.pid === me.pid && owner.started === me.started) unlinkSync(path);
        } catch {
          /* already gone */
        }
      },
    };
  }
  throw new Error(`cannot take the lock ${path}`);
}
