// Which processes carry a marker in their environment, read from Linux's
// /proc/<pid>/environ without ever holding Node's event loop.
//
// Reading another process's environment takes that process's memory-map
// lock. A process that is forking holds it, and on a machine drowning in a
// fork bomb (thousands of runnable processes on two cores) the holder waits
// seconds for its turn: read synchronously, pid after pid, those waits added
// up to minutes with the grader's loop blocked, so no run's timeout, sampler
// or kill could fire meanwhile (seen in a loaded CI run: every run beside a
// fork bomb ended 2-4 minutes late, and the bomb itself was never stopped at
// its process limit). Here each read runs on libuv's thread pool, a few at a
// time; a read that does not answer in time is given up (its pid is listed as
// unread), and the whole scan has a deadline.
import { readFile } from "node:fs";
import { promisify } from "node:util";

export type EnvironScan = { marked: number[]; unread: number[] };

export type EnvironScanOptions = {
  // How long one read may take before its process is given up.
  readTimeoutMs?: number;
  // How long the whole scan may take: the pids not read by then are unread.
  deadlineMs?: number;
  // Reads at once (libuv's pool has four threads by default).
  concurrency?: number;
  // Replaceable in tests: a read that never answers, one that fails.
  read?: (pid: number) => Promise<Buffer>;
};

const READ_TIMEOUT_MS = 1_000;
const DEADLINE_MS = 5_000;
const CONCURRENCY = 3;

// fs.readFile's callback form: node:fs/promises would load on every check's
// start-up path (~3 ms), through the Linux sampler that imports this file.
const readFileAsync = promisify(readFile);
const readEnviron = (pid: number) => readFileAsync(`/proc/${pid}/environ`);

// The processes whose environment has `name` with a value `accept` takes.
export async function markedProcesses(pids: number[], name: string, accept: (value: string) => boolean, options: EnvironScanOptions = {}): Promise<EnvironScan> {
  const prefix = `${name}=`;
  const carries = (environ: Buffer) => {
    for (const entry of environ.toString("latin1").split("\0")) if (entry.startsWith(prefix) && accept(entry.slice(prefix.length))) return true;
    return false;
  };
  const read = options.read ?? readEnviron;
  const readTimeout = options.readTimeoutMs ?? READ_TIMEOUT_MS;
  const deadline = Date.now() + (options.deadlineMs ?? DEADLINE_MS);
  const marked: number[] = [];
  const unread: number[] = [];
  const queue = [...pids];
  const worker = async () => {
    for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
      const left = deadline - Date.now();
      if (left <= 0) {
        unread.push(pid, ...queue.splice(0));
        return;
      }
      const outcome = await withTimeout(read(pid), Math.min(readTimeout, left));
      if (outcome === "timeout") unread.push(pid);
      else if (outcome !== "failed" && carries(outcome)) marked.push(pid);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? CONCURRENCY) }, worker));
  return { marked: marked.sort((a, b) => a - b), unread: unread.sort((a, b) => a - b) };
}

// A process that is gone, or not ours to read, fails: it is simply not marked.
async function withTimeout(read: Promise<Buffer>, ms: number): Promise<Buffer | "timeout" | "failed"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([read.catch(() => "failed" as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
