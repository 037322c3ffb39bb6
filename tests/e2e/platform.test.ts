// The built CLI on Linux with macOS's implementation of the platform
// (PYTUTOR_PLATFORM=darwin-sim, honoured only under the test runner): its `ps`
// sampler, no CPU accounting. What cannot be measured is skipped with a reason,
// and verify says a variant only CPU accounting catches cannot be decided here.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXERCISES, FIXTURES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = (testPythons().at(-1) as { path: string }).path;
const mac = { PYTUTOR_PLATFORM: "darwin-sim", VITEST: "true" };

type VerifyDoc = { passed: boolean; exercises: Array<{ results: Array<{ file: string; ok: boolean; unmeasurable?: boolean; notes?: string[]; problems: string[] }> }> };

describe.concurrent("platform without CPU accounting (macOS's, simulated)", () => {
  test("verify: a variant only CPU accounting catches cannot be decided on this system, and the spec is not at fault", async () => {
    const args = ["verify", "ejercicio14", "--only-files", "variants/un-solo-tramo", "--python", python];
    const [json, text] = await Promise.all([pytutor([...args, "--json", "--lang", "en"], { env: mac }), pytutor(args, { env: mac })]);
    expect(json.code, json.stdout + json.stderr).toBe(0);
    const row = (JSON.parse(json.stdout) as VerifyDoc).exercises[0]?.results[0];
    expect(row).toMatchObject({ file: "variants/un-solo-tramo.py", ok: true, unmeasurable: true, problems: [] });
    expect(row?.notes?.join()).toMatch(/^cannot be decided on this system: «varios-nucleos» was skipped \(cannot be measured on this system \(macOS: no CPU accounting\): cpu\.parallelSeconds >= 0\)$/u);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("no se puede decidir en este sistema: «varios-nucleos»");
    expect(text.stdout).toContain("(macOS: sin contabilidad de CPU)");
  });

  test("the same variant on Linux's platform is caught (the simulation is what changed it)", async () => {
    const r = await pytutor(["verify", "ejercicio14", "--only-files", "variants/un-solo-tramo", "--python", python, "--json"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const row = (JSON.parse(r.stdout) as VerifyDoc).exercises[0]?.results[0];
    expect(row?.ok).toBe(true);
    expect(row?.unmeasurable).toBeUndefined();
  });

  test("check: the parallelism check is skipped saying why, in Spanish and English", async () => {
    const solution = join(EXERCISES, "ejercicio14", "solution.py");
    for (const [lang, words] of [["es", "no se puede medir en este sistema (macOS: sin contabilidad de CPU)"], ["en", "cannot be measured on this system (macOS: no CPU accounting)"]] as const) {
      const r = await pytutor(["check", "ejercicio14", solution, "--python", python, "--json", "--lang", lang], { env: mac });
      const doc = JSON.parse(r.stdout) as { verdict: string; checks: Array<{ id: string; status: string; skip?: string; message: string; reason?: string }> };
      const check = doc.checks.find((c) => c.id === "varios-nucleos");
      expect(check?.status).toBe("skipped");
      expect(check?.skip).toBe("cannot-measure");
      expect(JSON.stringify(check)).toContain(words);
      expect(doc.verdict).toBe("pass");
      expect(r.code).toBe(0);
      // The run says what this system could not do, and why.
      const caps = (doc as unknown as { run: { capabilities?: Record<string, unknown> } }).run.capabilities;
      expect(caps).toMatchObject({ cpuAccounting: false, treeKill: true, missing: { cpuAccounting: lang === "es" ? "macOS: sin contabilidad de CPU" : "macOS: no CPU accounting" } });
    }
  });

  test("the ps sampler holds the process limit from outside", async () => {
    const r = await pytutor(["check", "ejercicio3", join(FIXTURES, "hostile", "fork_bomb.py"), "--python", python, "--limit", "processes=20", "--json"], { env: mac });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { run: { limit?: { limit: string; value: number } } };
    expect(doc.run.limit).toEqual({ limit: "processes", value: 20 });
  });

  test("without the test runner, PYTUTOR_PLATFORM is ignored: Linux's platform measures the CPU", async () => {
    const solution = join(EXERCISES, "ejercicio14", "solution.py");
    const r = await pytutor(["check", "ejercicio14", solution, "--python", python, "--json"], { env: { PYTUTOR_PLATFORM: "darwin-sim", VITEST: "" } });
    const doc = JSON.parse(r.stdout) as { checks: Array<{ id: string; status: string }> };
    expect(doc.checks.find((c) => c.id === "varios-nucleos")?.status).not.toBe("skipped");
    expect((doc as unknown as { run: { capabilities?: Record<string, unknown> } }).run.capabilities).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
  });
});
