// Ends a run's whole process group (the runner starts each run as a group
// leader), and ends every live group when pytutor itself is interrupted, so no
// learner process outlives a Ctrl-C.
const live = new Set<number>();
let handlersInstalled = false;
const interruptHooks = new Set<() => void>();

// Runs (synchronously) when pytutor is interrupted, after every group is killed.
export function onInterrupt(hook: () => void): () => void {
  interruptHooks.add(hook);
  installHandlers();
  return () => interruptHooks.delete(hook);
}

export function killGroup(pid: number, signal: NodeJS.Signals = "SIGKILL"): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* the group is already gone */
  }
  try {
    process.kill(pid, signal);
  } catch {
    /* the leader is already gone */
  }
}

// Ends every run in progress (a learner leaving `pytutor watch` mid-check).
export function killLiveGroups(): void {
  for (const pid of live) killGroup(pid);
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killLiveGroups();
  for (const hook of interruptHooks) {
    try {
      hook();
    } catch {
      /* the exit must happen */
    }
  }
  process.exit(signal === "SIGINT" ? 130 : 143);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("SIGHUP", onSignal);
}

export function trackGroup(pid: number): void {
  live.add(pid);
  installHandlers();
}

export function untrackGroup(pid: number): void {
  live.delete(pid);
}
