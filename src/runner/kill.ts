// Ends a run's whole process group (the runner starts each run as a group leader).
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
