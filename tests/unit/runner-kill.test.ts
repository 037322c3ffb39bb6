// Interrupting pytutor ends every live run, runs the hooks, and leaves the exit
// to the CLI entry: kill.ts itself never exits.
import { spawn } from "node:child_process";
import { expect, test } from "vitest";
import { interruptCode, onInterrupt, setInterruptExit, trackGroup } from "../../src/runner/kill.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("SIGTERM kills the live runs' groups, runs the hooks, then calls the entry's exit with 143", async () => {
  const child = spawn("sleep", ["30"], { detached: true, stdio: "ignore" });
  const pid = child.pid as number;
  const gone = new Promise((done) => child.once("exit", done));
  trackGroup(pid);
  const order: string[] = [];
  onInterrupt(() => order.push("hook"));
  onInterrupt(() => {
    throw new Error("a failing hook does not stop the others or the exit");
  });
  setInterruptExit((code) => order.push(`exit ${code}`));
  process.emit("SIGTERM", "SIGTERM");
  await gone;
  expect(alive(pid)).toBe(false);
  expect(order).toEqual(["hook", "exit 143"]);
  expect([interruptCode("SIGINT"), interruptCode("SIGTERM"), interruptCode("SIGHUP")]).toEqual([130, 143, 143]);
});
