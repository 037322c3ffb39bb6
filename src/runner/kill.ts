// Ends a run's whole tree (the platform's way: its process group, taskkill),
// and ends every live run when pytutor itself is interrupted, so no learner
// process outlives a Ctrl-C. The exit itself is the CLI entry's (setInterruptExit).
import { currentPlatform } from "../platform/platform.js";

const live = new Set<number>();
let handlersInstalled = false;
const interruptHooks = new Set<() => void>();
let exitOnInterrupt: ((code: number) => void) | undefined;

// Runs (synchronously) when pytutor is interrupted, after every run is killed.
export function onInterrupt(hook: () => void): () => void {
  interruptHooks.add(hook);
  installHandlers();
  return () => interruptHooks.delete(hook);
}

// What ends pytutor after an interruption, with 130 (SIGINT) or 143: set once by
// the CLI entry. Unset, the signal is raised again once cleaned up.
export function setInterruptExit(exit: (code: number) => void): void {
  exitOnInterrupt = exit;
}

export function killGroup(pid: number): void {
  currentPlatform().killTree(pid);
}

// Ends every run in progress (a learner leaving `pytutor watch` mid-check).
export function killLiveGroups(): void {
  for (const pid of live) killGroup(pid);
  live.clear();
}

// The exit code of an interrupted pytutor.
export function interruptCode(signal: NodeJS.Signals): number {
  return signal === "SIGINT" ? 130 : 143;
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
  if (exitOnInterrupt) exitOnInterrupt(interruptCode(signal));
  // No entry chose an exit: the signal's default (its listener is gone) ends the process.
  else process.kill(process.pid, signal);
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
