// What a dead grader leaves behind: scratch folders with students' code in the
// temporary folder, and (without a sandbox) learner processes that outlived it.
// Every scratch folder and every run's marker names its grader (pid and start
// time), so the next grader can tell a dead one's leftovers from a live one's.
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { markedProcesses } from "../platform/proc-environ.js";
import { alive, processStart } from "../util/process-identity.js";
import { removeTree } from "./run.js";

const OWNER = `${process.pid}.${processStart(process.pid) ?? "0"}`;

// The prefix of this grader's scratch folders: `pytutor-run-<pid>.<start>-`.
export function scratchPrefix(kind: "run" | "batch"): string {
  return `pytutor-${kind}-${OWNER}-`;
}

// A run's marker, inherited by every process of the run: `<pid>.<start>.<random>`.
export function runMarker(random: string): string {
  return `${OWNER}.${random}`;
}

function ownerOf(text: string): { pid: number; started: string } | undefined {
  const match = /^(\d+)\.(\d+)/u.exec(text);
  return match ? { pid: Number(match[1]), started: match[2] ?? "" } : undefined;
}

const deadOwner = (text: string) => {
  const owner = ownerOf(text);
  return owner !== undefined && owner.pid !== process.pid && !alive(owner);
};

// Removes dead graders' scratch folders and kills their runs' processes.
// Returns what it cleaned, for a note.
export async function sweepDeadGraders(): Promise<{ folders: number; processes: number }> {
  let folders = 0;
  let processes = 0;
  const dir = tmpdir();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    /* no temporary folder to sweep */
  }
  for (const name of names) {
    const match = /^pytutor-(?:run|batch)-(.+)$/u.exec(name);
    if (!match || !deadOwner(match[1] ?? "")) continue;
    await removeTree(join(dir, name));
    folders++;
  }
  if (process.platform !== "linux") return { folders, processes };
  let pids: number[] = [];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/u.test(name)).map(Number);
  } catch {
    return { folders, processes };
  }
  // Every process of the machine is read, off Node's loop and within a
  // deadline (proc-environ.ts); a dead grader's marker is its own, so only
  // the markers of dead owners are looked for, each read once.
  const owners = new Map<string, boolean>();
  const { marked } = await markedProcesses(pids, "PYTUTOR_RUN", (value) => {
    const owner = /^\d+\.\d+/u.exec(value)?.[0];
    if (owner === undefined) return false;
    if (!owners.has(owner)) owners.set(owner, deadOwner(owner));
    return owners.get(owner) === true;
  });
  for (const pid of marked) {
    try {
      process.kill(pid, "SIGKILL");
      processes++;
    } catch {
      /* gone */
    }
  }
  return { folders, processes };
}
