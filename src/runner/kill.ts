// Ends a run's whole process group (the runner starts each run as a group
// leader), and ends every live group when pytutor itself is interrupted, so no
// learner process outlives a Ctrl-C.
const live = new Set<number>();
let handlersInstalled = false;

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

function onSignal(signal: NodeJS.Signals): void {
  for (const pid of live) killGroup(pid);
  live.clear();
  process.exit(signal === "SIGINT" ? 130 : 143);
}

export function trackGroup(pid: number): void {
  live.add(pid);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    process.once("SIGHUP", onSignal);
  }
}

export function untrackGroup(pid: number): void {
  live.delete(pid);
}
