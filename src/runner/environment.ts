// The environment a learner's program runs with: only what a Python program
// needs, no variable of the user's or teacher's (the platform's part), plus
// the probe's settings.
import type { Platform } from "../platform/platform.js";
import type { RunLimits, RunPlan } from "./plan.js";
import { SANDBOX_PATH, SANDBOX_PRIVATE, SANDBOX_PROBE, SANDBOX_WORK } from "./sandbox.js";

// The probe's own dump comes this much before pytutor's timeout (its clock
// starts after the spawn), so the file is there when pytutor reads it.
const DUMP_AHEAD_SECONDS = 0.2;

export type RunPaths = { work: string; probeDir: string; stacksFile: string };

// The whole environment of one run, as the program sees its paths (a
// sandbox's fixed ones, or the host's).
export function runEnv(platform: Platform, plan: RunPlan, limits: RunLimits, host: RunPaths, marker: string, ownUid: boolean): Record<string, string> {
  const sandboxed = plan.sandbox !== undefined;
  const seen: RunPaths = sandboxed ? { work: SANDBOX_WORK, probeDir: SANDBOX_PROBE, stacksFile: `${SANDBOX_PRIVATE}/stacks.txt` } : host;
  const path = sandboxed ? SANDBOX_PATH : platform.safePath(plan.python.executable);
  // Where no signal can ask for stacks, the probe dumps them on its own timer, just before pytutor's.
  const dumpAfterSeconds = platform.name === "win32" ? Math.max(0.1, plan.timeoutSeconds - DUMP_AHEAD_SECONDS) : undefined;
  return {
    ...platform.env({ home: seen.work, probeDir: seen.probeDir, path, ...(dumpAfterSeconds !== undefined ? { dumpAfterSeconds } : {}) }),
    ...probeEnv(plan, limits, seen.work, seen.stacksFile, marker, ownUid),
  };
}

// What the probe reads at start-up (it removes each variable as it reads it).
// `ownUid`: the run has a uid of its own, so RLIMIT_NPROC bounds exactly its
// processes and threads (for a shared uid it would count the user's others).
export function probeEnv(plan: RunPlan, limits: RunLimits, work: string, stacksFile: string, marker: string, ownUid: boolean): Record<string, string> {
  return {
    // Inherited by every descendant: how escaped processes are found at the end.
    PYTUTOR_RUN: marker,
    PYTUTOR_LIMITS: JSON.stringify({
      cpuSeconds: limits.cpuSeconds,
      addressSpaceMb: Math.max(limits.memoryMb * 4, 2048),
      fileSizeMb: limits.fileSizeMb,
      openFiles: limits.openFiles,
      ...(ownUid ? { threads: limits.processes } : {}),
    }),
    PYTUTOR_REPORT_FD: "3",
    // The token travels through a pipe (fd 4), never the environment, which
    // the program could read back from /proc/self/environ.
    PYTUTOR_TOKEN_FD: "4",
    PYTUTOR_LEARNER_DIR: work,
    PYTUTOR_STACKS_FILE: stacksFile,
    PYTUTOR_OUTPUT_LIMIT: String(plan.outputLimit),
    // Who the program must not end (os.kill of it, of its group, of -1):
    // outside a sandbox, whose pid namespace already hides pytutor.
    ...(plan.sandbox ? {} : { PYTUTOR_GRADER_PID: String(process.pid) }),
    ...(plan.tracemalloc ? { PYTUTOR_TRACEMALLOC: "1" } : {}),
    ...(plan.inspect && Object.keys(plan.inspect).length ? { PYTUTOR_INSPECT: JSON.stringify(plan.inspect) } : {}),
    ...(plan.count?.length ? { PYTUTOR_COUNT: JSON.stringify(plan.count) } : {}),
  };
}
