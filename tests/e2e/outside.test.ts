// What the runner sees from outside the program (Linux /proc), on real
// CPython: the threads really inside time.sleep are counted, whichever call
// the interpreter makes for it (select before 3.11, clock_nanosleep after),
// isolated or not; a program that only spins shows none. This is the sensor
// that confirms the probe's account of overlapping waits (src/grade/outside.ts).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { findPython } from "../../src/python/find.js";
import { DEFAULT_LIMITS, runProgram } from "../../src/runner/run.js";
import { detectIsolation } from "../../src/runner/sandbox.js";
import { testPythons } from "../helpers/pythons.js";

const dir = mkdtempSync(join(tmpdir(), "pytutor-outside-"));
const sleepers = join(dir, "tres_hilos.py");
writeFileSync(
  sleepers,
  "import threading, time\nhilos = [threading.Thread(target=time.sleep, args=(1.5,)) for _ in range(3)]\nfor h in hilos: h.start()\nfor h in hilos: h.join()\nprint('fin')\n",
);
const spinner = join(dir, "gira.py");
writeFileSync(spinner, "import time\nt = time.perf_counter()\nwhile time.perf_counter() - t < 1.5: pass\nprint('fin')\n");

const isolation = detectIsolation();
const all = testPythons();
const ends = [...new Set([all[0], all.at(-1)])].filter((p) => p !== undefined);
const linux = process.platform === "linux";
// Where the kernel hides where threads wait (some containers), nothing is
// counted and nothing may be inferred: the figure must then be absent.
const shown = linux && readdirSync("/proc/self/task").some((tid) => !/^0?$/.test(readFileSync(`/proc/self/task/${tid}/wchan`, "latin1").trim()));

for (const { path, version } of ends) {
  describe(`threads seen sleeping from outside, Python ${version}`, () => {
    for (const isolated of [false, true]) {
      test.runIf(linux && (!isolated || isolation.mode === "sandbox"))(isolated ? "isolated" : "not isolated", async () => {
        const python = await findPython({ flag: path });
        const plan = (file: string) => ({
          file,
          python,
          timeoutSeconds: 30,
          outputLimit: 100_000,
          limits: DEFAULT_LIMITS,
          ...(isolated && isolation.mode === "sandbox" ? { sandbox: { isolation } } : {}),
        });
        const slept = await runProgram(plan(sleepers));
        expect(slept.exitCode).toBe(0);
        expect(slept.cpu?.maxSleepingThreads).toBe(shown ? 3 : undefined);
        const spun = await runProgram(plan(spinner));
        expect(spun.exitCode).toBe(0);
        expect(spun.cpu?.maxSleepingThreads).toBe(shown ? 0 : undefined);
      });
    }
  });
}
