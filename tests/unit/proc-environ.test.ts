// Finding a run's processes by the marker in their environment: on real
// processes through /proc, and with reads that hang or fail, where the scan
// must give them up in time and never hold Node's loop.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, test } from "vitest";
import { markedProcesses } from "../../src/platform/proc-environ.js";

const environ = (entries: string[]) => Buffer.from(`${entries.join("\0")}\0`);

describe("markedProcesses", () => {
  test.runIf(process.platform === "linux")("finds the real processes carrying the marker, and no other", async () => {
    const marker = `test-${process.pid}-${Date.now()}`;
    const sleeper = (env: NodeJS.ProcessEnv) => spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { env, stdio: "ignore" });
    const ours = [sleeper({ PATH: "/usr/bin:/bin", PYTUTOR_RUN: marker }), sleeper({ PYTUTOR_RUN: marker, HOME: "/" })];
    const others = [sleeper({ PYTUTOR_RUN: `${marker}x` }), sleeper({ NOT_PYTUTOR_RUN: marker }), sleeper({})];
    try {
      // Read after each has exec'd: before, a child still shows its parent's environment.
      await Promise.all([...ours, ...others].map((c) => once(c, "spawn")));
      const pids = [...ours, ...others].map((c) => c.pid as number);
      const scan = await markedProcesses([...pids, 999_999_999], "PYTUTOR_RUN", (value) => value === marker);
      expect(scan.marked).toEqual(ours.map((c) => c.pid as number).sort((a, b) => a - b));
      expect(scan.unread).toEqual([]);
    } finally {
      for (const c of [...ours, ...others]) c.kill("SIGKILL");
    }
  });

  test("a read that hangs is given up after its timeout, the rest are still read, and timers keep firing meanwhile", async () => {
    const never = new Promise<Buffer>(() => {});
    const read = (pid: number) => (pid === 2 || pid === 5 ? never : Promise.resolve(environ([`PYTUTOR_RUN=${pid % 2 === 0 ? "m" : "n"}`])));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = Date.now();
    const scan = await markedProcesses([1, 2, 3, 4, 5, 6], "PYTUTOR_RUN", (v) => v === "m", { read, readTimeoutMs: 200, concurrency: 2 });
    clearInterval(timer);
    expect(scan).toEqual({ marked: [4, 6], unread: [2, 5] });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(ticks).toBeGreaterThan(5);
  });

  test("past the deadline the pids not yet read are listed as unread", async () => {
    const slow = (pid: number) => new Promise<Buffer>((resolve) => setTimeout(() => resolve(environ([`PYTUTOR_RUN=${pid}`])), 60));
    const scan = await markedProcesses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "PYTUTOR_RUN", () => true, { read: slow, deadlineMs: 150, concurrency: 1 });
    expect(scan.marked.length).toBeGreaterThanOrEqual(1);
    expect(scan.marked.length).toBeLessThan(10);
    expect([...scan.marked, ...scan.unread].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test("a process gone or not ours to read is not marked; only a whole entry of that name counts", async () => {
    const read = (pid: number) => {
      if (pid === 1) return Promise.reject(Object.assign(new Error("gone"), { code: "ENOENT" }));
      if (pid === 2) return Promise.resolve(environ(["XPYTUTOR_RUN=m", "A=PYTUTOR_RUN=m"]));
      if (pid === 3) return Promise.resolve(Buffer.from("PYTUTOR_RUN=m"));
      return Promise.resolve(Buffer.alloc(0));
    };
    expect(await markedProcesses([1, 2, 3, 4], "PYTUTOR_RUN", (v) => v === "m", { read })).toEqual({ marked: [3], unread: [] });
  });
});
