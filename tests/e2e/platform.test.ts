// The built CLI on Linux with macOS's implementation of the platform
// (PYTUTOR_PLATFORM=darwin-sim, honoured only under the test runner): its
// stream sampler runs the stdlib helper (here on its /proc backend) beside the
// program, so the CPU facts are measured as on Linux. Forced to fail
// (PYTUTOR_TREE_SAMPLER=fail, also only under the test runner), `ps` keeps the
// limits, the parallelism check is skipped with the reason, and verify says a
// variant only CPU accounting catches cannot be decided here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { EXERCISES, FIXTURES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = (testPythons().at(-1) as { path: string }).path;
const mac = { PYTUTOR_PLATFORM: "darwin-sim", VITEST: "true" };
const macWithoutHelper = { ...mac, PYTUTOR_TREE_SAMPLER: "fail" };
// The helper's refusal, or, on a machine so starved that the refusal comes
// after the start-up watchdog (5 s), the watchdog's own words: the same path.
const WHY = String.raw`(?:OSError: sampling disabled on request|silent for \d+\.\d s)`;
const REASON = {
  es: new RegExp(String.raw`macOS: el muestreador de procesos no pudo medir la CPU \(${WHY}\)`, "u"),
  en: new RegExp(String.raw`macOS: the process sampler could not measure CPU \(${WHY}\)`, "u"),
};

type VerifyDoc = {
  passed: boolean;
  exercises: Array<{ results: Array<{ file: string; ok: boolean; unmeasurable?: boolean; notes?: string[]; problems: string[]; verdicts: Record<string, number> }> }>;
};
type CheckDoc = { verdict: string; checks: Array<{ id: string; status: string; skip?: string; message: string }>; run: { capabilities?: Record<string, unknown>; limit?: { limit: string; value: number } } };

describe.concurrent("macOS's platform (simulated): CPU accounting through the tree sampler helper", () => {
  test("check: the parallelism check of ejercicio14's solution is measured and passes", async () => {
    const solution = join(EXERCISES, "ejercicio14", "solution.py");
    const r = await pytutor(["check", "ejercicio14", solution, "--python", python, "--json", "--lang", "en"], { env: mac });
    const doc = JSON.parse(r.stdout) as CheckDoc;
    expect(doc.checks.find((c) => c.id === "varios-nucleos"), r.stdout).toMatchObject({ status: "pass" });
    expect(doc.verdict).toBe("pass");
    expect(r.code).toBe(0);
    expect(doc.run.capabilities).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
  });

  test("verify: the variants whose processes never compute at once are caught, not undecided", async () => {
    const r = await pytutor(["verify", "ejercicio14", "--only-files", "variants/un-solo-tramo,variants/procesos-en-serie", "--python", python, "--json", "--lang", "en"], { env: mac });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const rows = (JSON.parse(r.stdout) as VerifyDoc).exercises[0]?.results ?? [];
    expect(rows.map((row) => row.file).sort()).toEqual(["variants/procesos-en-serie.py", "variants/un-solo-tramo.py"]);
    for (const row of rows) {
      expect(row, JSON.stringify(row)).toMatchObject({ ok: true, problems: [], verdicts: { fail: 1, undecided: 0 } });
      expect(row.unmeasurable).toBeUndefined();
    }
  });

  test("the helper's samples hold the process limit from outside", async () => {
    const r = await pytutor(["check", "ejercicio3", join(FIXTURES, "hostile", "fork_bomb.py"), "--python", python, "--limit", "processes=20", "--json"], { env: mac });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as CheckDoc).run.limit).toEqual({ limit: "processes", value: 20 });
  });
});

// A program that finds its run's helper (the one watching its shell, its
// parent) and signals it: what a program run as the same user could do.
const SIGNALS_HELPER = (signal: string) => `import os, signal, time
time.sleep(1.5)
root = str(os.getppid()).encode()
for pid in os.listdir("/proc"):
    try:
        args = open("/proc/%s/cmdline" % pid, "rb").read().split(b"\\0")
    except OSError:
        continue
    if any(a.endswith(b"_pytutor_tree_sampler.py") for a in args) and root in args:
        os.kill(int(pid), signal.${signal})
        print("signalled")
time.sleep(3.5)
`;

describe.concurrent("macOS's platform (simulated) when the program stops or kills the helper: ps holds the limits, and the run says why it has no CPU accounting", () => {
  const dir = mkdtempSync(join(tmpdir(), "pytutor-mac-helper-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test.each([
    // (A helper stopped before its first line, on a starved machine, had not started.)
    ["SIGSTOP", /^macOS: the process sampler could not measure CPU \((silent for \d+\.\d s|it had not started when the run ended)\)$/u],
    ["SIGKILL", /^macOS: the process sampler could not measure CPU \(exit SIGKILL\)$/u],
  ])("%s", async (signal, reason) => {
    const file = join(dir, `${signal}.py`);
    writeFileSync(file, SIGNALS_HELPER(signal));
    const r = await pytutor(["check", "ejercicio1", file, "--python", python, "--json", "--lang", "en"], { env: mac });
    const doc = JSON.parse(r.stdout) as CheckDoc & { run: { stdout?: string } };
    expect(r.stdout).toContain("signalled");
    expect(doc.run.capabilities).toMatchObject({ cpuAccounting: false, limitsEnforced: true });
    expect((doc.run.capabilities?.missing as { cpuAccounting?: string }).cpuAccounting).toMatch(reason);
  });
});

describe.concurrent("macOS's platform (simulated) when the helper cannot run: ps, and no CPU accounting", () => {
  test("verify: a variant only CPU accounting catches cannot be decided on this system, and the spec is not at fault", async () => {
    const args = ["verify", "ejercicio14", "--only-files", "variants/un-solo-tramo", "--python", python];
    const [json, text] = await Promise.all([pytutor([...args, "--json", "--lang", "en"], { env: macWithoutHelper }), pytutor(args, { env: macWithoutHelper })]);
    expect(json.code, json.stdout + json.stderr).toBe(0);
    const row = (JSON.parse(json.stdout) as VerifyDoc).exercises[0]?.results[0];
    expect(row).toMatchObject({ file: "variants/un-solo-tramo.py", ok: true, unmeasurable: true, problems: [] });
    expect(row?.notes?.join()).toMatch(new RegExp(String.raw`^cannot be decided on this system: «varios-nucleos» was skipped \(cannot be measured on this system \(${REASON.en.source}\): cpu\.parallelSeconds >= 0\)$`, "u"));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("no se puede decidir en este sistema: «varios-nucleos»");
    expect(text.stdout).toMatch(REASON.es);
  });

  test("check: the parallelism check is skipped saying why, in Spanish and English", async () => {
    const solution = join(EXERCISES, "ejercicio14", "solution.py");
    for (const lang of ["es", "en"] as const) {
      const words = new RegExp(String.raw`${lang === "es" ? "no se puede medir en este sistema" : "cannot be measured on this system"} \(${REASON[lang].source}\)`, "u");
      const r = await pytutor(["check", "ejercicio14", solution, "--python", python, "--json", "--lang", lang], { env: macWithoutHelper });
      const doc = JSON.parse(r.stdout) as CheckDoc;
      const check = doc.checks.find((c) => c.id === "varios-nucleos");
      expect(check?.status).toBe("skipped");
      expect(check?.skip).toBe("cannot-measure");
      expect(check?.message).toMatch(words);
      expect(doc.verdict).toBe("pass");
      expect(r.code).toBe(0);
      // The run says what this system could not do, and why.
      expect(doc.run.capabilities).toMatchObject({ cpuAccounting: false, limitsEnforced: true, treeKill: true });
      expect((doc.run.capabilities?.missing as Record<string, string> | undefined)?.cpuAccounting).toMatch(new RegExp(`^${REASON[lang].source}$`, "u"));
    }
  });

  test("the ps sampler then holds the process limit from outside", async () => {
    const r = await pytutor(["check", "ejercicio3", join(FIXTURES, "hostile", "fork_bomb.py"), "--python", python, "--limit", "processes=20", "--json"], { env: macWithoutHelper });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as CheckDoc).run.limit).toEqual({ limit: "processes", value: 20 });
  });
});

describe.concurrent("Linux's platform", () => {
  test("the variant on Linux's platform is caught too", async () => {
    const r = await pytutor(["verify", "ejercicio14", "--only-files", "variants/un-solo-tramo", "--python", python, "--json"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const row = (JSON.parse(r.stdout) as VerifyDoc).exercises[0]?.results[0];
    expect(row?.ok).toBe(true);
    expect(row?.unmeasurable).toBeUndefined();
  });

  test("without the test runner, PYTUTOR_PLATFORM and PYTUTOR_TREE_SAMPLER are ignored: Linux's platform measures the CPU", async () => {
    const solution = join(EXERCISES, "ejercicio14", "solution.py");
    const r = await pytutor(["check", "ejercicio14", solution, "--python", python, "--json"], { env: { PYTUTOR_PLATFORM: "darwin-sim", PYTUTOR_TREE_SAMPLER: "fail", VITEST: "" } });
    const doc = JSON.parse(r.stdout) as CheckDoc;
    expect(doc.checks.find((c) => c.id === "varios-nucleos")?.status).not.toBe("skipped");
    expect(doc.run.capabilities).toEqual({ limitsEnforced: true, treeKill: true, cpuAccounting: true, stackDump: true });
  });
});
