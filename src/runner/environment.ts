// The environment a learner's program runs with: only what a Python program
// needs, no variable of the user's or teacher's, plus the probe's settings.
import { delimiter, dirname } from "node:path";
import type { RunLimits, RunPlan } from "./run.js";

// PATH: the interpreter's folder and the system's, never the user's own (it
// names their home, their tools); Windows keeps its PATH, which it needs to run.
export function safePath(python: string): string {
  if (process.platform === "win32") return process.env.PATH ?? "";
  return [dirname(python), "/usr/local/bin", "/usr/bin", "/bin"].join(delimiter);
}

export function scrubbedEnv(home: string, probeDir: string, path: string): Record<string, string> {
  const env: Record<string, string> = {
    PATH: path,
    HOME: home,
    TMPDIR: home,
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    PYTHONIOENCODING: "utf-8",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONNOUSERSITE: "1",
    PYTHONPATH: probeDir,
  };
  if (process.env.SYSTEMROOT) env.SYSTEMROOT = process.env.SYSTEMROOT;
  return env;
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
    ...(plan.tracemalloc ? { PYTUTOR_TRACEMALLOC: "1" } : {}),
    ...(plan.inspect && Object.keys(plan.inspect).length ? { PYTUTOR_INSPECT: JSON.stringify(plan.inspect) } : {}),
    ...(plan.count?.length ? { PYTUTOR_COUNT: JSON.stringify(plan.count) } : {}),
  };
}
