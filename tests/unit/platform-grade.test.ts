// What a platform cannot measure is skipped with the reason, never failed nor undecided.
import { describe, expect, test } from "vitest";
import { grade } from "../../src/grade/grade.js";
import { SpecSchema, type Spec } from "../../src/catalog/schema.js";
import { cannotDecide } from "../../src/verify/verify.js";
import { record } from "../helpers/records.js";

const T = { es: "x", en: "x" };
const macos = { limitsEnforced: true, treeKill: true, cpuAccounting: false, stackDump: true, why: { cpuAccounting: { es: "macOS: sin contabilidad de CPU", en: "macOS: no CPU accounting" } } };
const linux = { limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true };
const cpu = { parallelSeconds: 0.01, maxBusyProcesses: 1, processesSeen: 2, totalSeconds: 1, maxProcesses: 2, maxThreads: 2, maxRssBytes: 1 };

function spec(checks: unknown[]): Spec {
  return SpecSchema.parse({
    format: 1, id: "ejercicio1", alias: "prueba", order: 1, title: T, concept: T, difficulty: "basica",
    file: "ejercicio1.py", statement: { es: "a.md", en: "b.md" }, starter: "s.py", solution: "s.py",
    hints: [T], checks: checks.map((c, i) => ({ id: `c${i}`, title: T, points: 1, ...(c as object) })),
  });
}

const guarded = { type: "fact", when: "cpu.parallelSeconds >= 0", expect: "cpu.parallelSeconds > 0.1 * run.cpuSeconds" };
const bare = { type: "fact", expect: "cpu.parallelSeconds > 0.1 * run.cpuSeconds" };
const free = { type: "fact", expect: "run.freeCpus >= 1" };
const other = { type: "fact", expect: "threads.started >= 1" };

describe("checks on CPU facts where the run had no CPU accounting", () => {
  test("a guarded check says why it cannot be measured, in both languages", () => {
    const c = grade(spec([guarded]), record(["hola"], { capabilities: macos })).checks[0];
    expect(c?.status).toBe("skipped");
    expect(c?.skip).toBe("cannot-measure");
    expect(c?.reason?.es).toBe("no se puede medir en este sistema (macOS: sin contabilidad de CPU): cpu.parallelSeconds >= 0");
    expect(c?.reason?.en).toBe("cannot be measured on this system (macOS: no CPU accounting): cpu.parallelSeconds >= 0");
  });

  test.each([
    ["cpu.parallelSeconds", bare],
    ["run.freeCpus", free],
  ])("an unguarded check on %s is skipped, not undecided, and the verdict stays pass", (_fact, check) => {
    const r = grade(spec([check]), record(["hola"], { capabilities: macos }));
    expect(r.checks[0]?.status).toBe("skipped");
    expect(r.checks[0]?.reason?.es).toBe("no se puede medir en este sistema (macOS: sin contabilidad de CPU)");
    expect(r.verdict).toBe("pass");
  });

  test("where the run had CPU accounting, or on records without capabilities, nothing changes", () => {
    const busy = { type: "fact", expect: "cpu.parallelSeconds > 0.5" };
    expect(grade(spec([busy]), record(["hola"], { capabilities: linux, cpu })).checks[0]?.status).toBe("fail");
    expect(grade(spec([busy]), record(["hola"], { capabilities: linux, cpu: { ...cpu, parallelSeconds: 0.6 } })).checks[0]?.status).toBe("pass");
    // Accounting claimed but the fact missing: undecided, as before.
    expect(grade(spec([bare]), record(["hola"], { capabilities: linux })).checks[0]?.status).toBe("undecided");
    expect(grade(spec([bare]), record(["hola"])).checks[0]?.status).toBe("undecided");
    expect(grade(spec([guarded]), record(["hola"])).checks[0]?.reason?.en).toBe("does not apply here: cpu.parallelSeconds >= 0 cannot be measured on this system");
  });

  test("checks on other facts are not excused by a missing CPU accounting", () => {
    expect(grade(spec([other]), record(["hola"], { capabilities: macos })).checks[0]?.status).toBe("fail");
  });

  test("verify's note for a variant it cannot decide", () => {
    expect(cannotDecide("varios-nucleos", { es: "macOS: sin contabilidad de CPU", en: "macOS: no CPU accounting" })).toEqual({
      es: "no se puede decidir en este sistema: «varios-nucleos» se omitió (macOS: sin contabilidad de CPU)",
      en: "cannot be decided on this system: «varios-nucleos» was skipped (macOS: no CPU accounting)",
    });
    expect(cannotDecide("x", undefined).en).toBe("cannot be decided on this system: «x» cannot be measured here");
  });
});
