// `pytutor grade` on a generated class, with the real CLI and CPython: the
// gradebook cell by cell, every report, unmatched files, --resume after a kill,
// Ctrl-C, shards merged equal to one run, and the bad inputs.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { BIN, ROOT, pytutor, type CliResult } from "../helpers/cli.js";
import { makeClass, parseCsv, put, type Expected } from "../helpers/class.js";
import { testPythons } from "../helpers/pythons.js";
import type { BatchDocument } from "../../src/batch/types.js";

const python = (testPythons().at(-1) as { path: string }).path;
const base = ["--python", python, "--timeout", "4"];

function readDoc(out: string): BatchDocument {
  return JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as BatchDocument;
}

// A line is written when its newline is: read while the grader writes (or
// after it was killed mid-line), the last one may still be partial.
function journalLines(out: string): unknown[] {
  const lines = readFileSync(join(out, "journal.jsonl"), "utf8").split("\n");
  lines.pop();
  return lines.filter(Boolean).map((l) => JSON.parse(l) as unknown);
}

// The journal's graded submissions (not its header or its "running" markers).
function journaled(out: string): Array<{ key: string; gradedAt: string }> {
  return journalLines(out).filter((l): l is { key: string; gradedAt: string } => typeof l === "object" && l !== null && "key" in l);
}

// The verdicts of a document, without times: what must not depend on how it was run.
function verdicts(doc: BatchDocument) {
  return {
    students: doc.students,
    submissions: doc.submissions.map((s) => ({ key: s.key, status: s.status, score: s.score, checks: s.checks.map((c) => `${c.id}:${c.status}`) })),
    unmatched: doc.unmatched.map((u) => u.path).sort(),
    exercises: doc.exercises.map((e) => e.id),
  };
}

describe("grading a class", () => {
  let cls: { dir: string; expected: Expected[]; unmatched: string[] };
  let out: string;
  let run: CliResult;

  beforeAll(async () => {
    cls = makeClass(python);
    out = join(mkdtempSync(join(tmpdir(), "pytutor-out-")), "notas");
    run = await pytutor(["grade", cls.dir, "--out", out, ...base, "--jobs", "2"], { env: { CI: "true" } });
  }, 180_000);

  test("exit 1 (some failed), a plain progress line per submission, and a summary", () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr.match(/^\[\d+\/\d+\] [✓✗!] /gmu)?.length).toBe(cls.expected.length);
    expect(run.stdout).toContain(`${cls.expected.length} entregas de`);
  });

  test("results.json: one entry per submission with its status and checks", () => {
    const doc = readDoc(out);
    const got = doc.submissions.map((s) => ({ student: s.student, exercise: s.exercise, status: s.status, file: s.file }));
    const want = cls.expected.map((e) => ({ student: e.student, exercise: e.exercise, status: e.status, file: e.file }));
    expect(got.sort((a, b) => a.file.localeCompare(b.file))).toEqual(want.sort((a, b) => a.file.localeCompare(b.file)));
    for (const s of doc.submissions) {
      expect(s.checks.length).toBeGreaterThan(0);
      expect(s.checks.every((c) => ["pass", "fail", "undecided", "skipped"].includes(c.status))).toBe(true);
      // A skipped check says why; a failed one never hides behind a skip.
      expect(s.checks.every((c) => c.status !== "skipped" || (c.skip !== undefined && c.reason !== undefined))).toBe(true);
      expect(s.passed).toBe(s.status === "pass");
    }
    expect(doc.submissions.find((s) => s.student === "Fede Gil")?.studentId).toBe("12345");
    const dani = doc.submissions.find((s) => s.student === "dani");
    expect(dani?.run?.timedOut).toBe(true);
    expect(dani?.output[0]?.text).toBe("Empiezo");
    // A timeout keeps the points of the checks that could still be decided.
    const carlos = doc.submissions.find((s) => s.student === "carlos");
    expect(carlos?.checks.find((c) => c.id === "termina-bien")?.status).toBe("fail");
  });

  test("every unmatched file is reported with its reason", () => {
    const doc = readDoc(out);
    expect(doc.unmatched.map((u) => u.path).sort()).toEqual(cls.unmatched);
    const reason = (path: string) => doc.unmatched.find((u) => u.path === path)?.reason.es ?? "";
    expect(reason("gus/tarea.py")).toContain("ningún ejercicio");
    expect(reason("hugo")).toContain("no hay ningún archivo .py");
    expect(reason("ines/ejercicio3.py")).toContain("2 archivos dicen ser ejercicio3");
    expect(reason("juan.zip")).toMatch(/zip/);
  });

  test("gradebook.csv, cell by cell (Spanish: `;` and a decimal comma)", () => {
    const doc = readDoc(out);
    const rows = parseCsv(readFileSync(join(out, "gradebook.csv"), "utf8"), ";");
    const header = rows[0] as string[];
    expect(header.slice(2)).toEqual(["ejercicio1", "ejercicio3", "Total"]);
    const byStudent = new Map(rows.slice(1).map((r) => [r[0], r]));
    const students = ["ana", "Bea Núñez", "carlos", "dani", "eva", "Fede Gil", "gus", "hugo", "ines", "José", "juan", `O'Neil "Zoë"`];
    expect([...byStudent.keys()].sort()).toEqual([...students].sort());
    const cell = (student: string, exercise: string) => byStudent.get(student)?.[header.indexOf(exercise)];
    const score = (student: string, exercise: string) => doc.submissions.find((s) => s.student === student && s.exercise === exercise)?.score;
    expect(cell("ana", "ejercicio1")).toBe("10,00");
    expect(cell("ana", "ejercicio3")).toBe("10,00");
    expect(cell("ana", "Total")).toBe("10,00");
    for (const who of ["eva", "Fede Gil", "José", `O'Neil "Zoë"`]) {
      expect(cell(who, "ejercicio3")).toBe("10,00");
      expect(cell(who, "ejercicio1")).toBe("");
      expect(cell(who, "Total")).toBe("5,00");
    }
    for (const who of ["Bea Núñez", "carlos", "dani"]) {
      const s = score(who, "ejercicio3") as number;
      expect(s).toBeLessThan(1);
      expect(cell(who, "ejercicio3")).toBe((s * 10).toFixed(2).replace(".", ","));
      expect(cell(who, "Total")).toBe((Math.round(s * 10 * 100 / 2) / 100).toFixed(2).replace(".", ","));
    }
    for (const who of ["gus", "hugo", "ines", "juan"]) {
      expect(cell(who, "ejercicio3")).toBe("");
      expect(cell(who, "Total")).toBe("0,00");
    }
    expect(byStudent.get("Fede Gil")?.[1]).toBe("12345");
  });

  test("every report and one feedback file per student who sent something", () => {
    for (const name of ["results.json", "gradebook.csv", "moodle.csv", "canvas.csv", "junit.xml", "report.html", "journal.jsonl"]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    const moodle = parseCsv(readFileSync(join(out, "moodle.csv"), "utf8"));
    for (const column of ["Identifier", "Full name", "Grade", "Maximum Grade", "Feedback comments"]) expect(moodle[0]).toContain(column);
    expect(moodle.find((r) => r[1] === "Fede Gil")?.[0]).toBe("Participant 12345");
    const canvas = parseCsv(readFileSync(join(out, "canvas.csv"), "utf8"));
    expect(canvas[1]?.[0]).toBe("Points Possible");
    const junit = readFileSync(join(out, "junit.xml"), "utf8");
    expect(junit).toContain("<testsuite");
    expect(junit).not.toContain(`"Zoë"`);
    const feedback = readdirSync(join(out, "feedback"));
    expect(feedback).toHaveLength(8);
    const bea = readFileSync(join(out, "feedback", feedback.find((f) => f.startsWith("Bea")) as string), "utf8");
    expect(bea).toContain("ejercicio3");
    // The header, then a "running" line before and the result after each run.
    expect(journaled(out)).toHaveLength(cls.expected.length);
    const running = journalLines(out).filter((l) => typeof l === "object" && l !== null && "running" in l);
    expect(running.length).toBe(cls.expected.filter((e) => e.status !== "error").length);
  });

  test("--json prints the same document; the output folder is then refused without --resume or --force", async () => {
    const again = await pytutor(["grade", cls.dir, "--out", out, ...base]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--resume");
    const resumed = await pytutor(["grade", cls.dir, "--out", out, ...base, "--resume", "--json"], { env: { CI: "true" } });
    expect(resumed.code).toBe(1);
    const doc = JSON.parse(resumed.stdout) as BatchDocument;
    expect(verdicts(doc)).toEqual(verdicts(readDoc(out)));
    // Nothing was regraded: every submission was in the journal with the same file.
    expect(resumed.stderr).toContain(`${cls.expected.length} de ${cls.expected.length} ya estaban corregidas`);
  });

  test("shards merged give the same gradebook as one run", async () => {
    const parts = mkdtempSync(join(tmpdir(), "pytutor-shards-"));
    const [one, two] = await Promise.all(
      ["1/2", "2/2"].map((shard, i) => pytutor(["grade", cls.dir, "--out", join(parts, `p${i}`), ...base, "--jobs", "1", "--shard", shard])),
    );
    expect(one?.code).toBe(1);
    expect(two?.code).toBe(1);
    const a = readDoc(join(parts, "p0"));
    const b = readDoc(join(parts, "p1"));
    expect(a.submissions.length + b.submissions.length).toBe(cls.expected.length);
    expect(a.submissions.some((s) => b.submissions.some((t) => t.student === s.student))).toBe(false);
    const merged = await pytutor(["merge", join(parts, "p0"), join(parts, "p1"), "--out", join(parts, "all")]);
    expect(merged.code, merged.stderr).toBe(1);
    expect(verdicts(readDoc(join(parts, "all")))).toEqual(verdicts(readDoc(out)));
    expect(readFileSync(join(parts, "all", "gradebook.csv"), "utf8")).toBe(readFileSync(join(out, "gradebook.csv"), "utf8"));
  }, 180_000);
});

function startGrade(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", LANG: "es_ES.UTF-8", CI: "true" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on("close", (code, signal) => resolve({ code: code ?? (signal === "SIGKILL" ? 137 : -1), stdout, stderr })));
  return { child, done };
}

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Eight quick submissions and four that sleep 3 s: a kill lands in the middle.
function slowClass(): string {
  const dir = mkdtempSync(join(tmpdir(), "pytutor-slow-"));
  const solution = readFileSync(join(ROOT, "exercises", "ejercicio3", "solution.py"), "utf8");
  for (let i = 0; i < 8; i++) put(dir, `rapido${i}/ejercicio3.py`, solution);
  for (let i = 0; i < 4; i++) put(dir, `lento${i}/ejercicio3.py`, `import time\ntime.sleep(3)\n${solution}`);
  return dir;
}

describe("nothing is lost", () => {
  test("killed outright, --resume grades only what was not journaled, and ends like one run", async () => {
    const dir = slowClass();
    const out = join(mkdtempSync(join(tmpdir(), "pytutor-out-")), "notas");
    const args = ["grade", dir, "--out", out, ...base, "--timeout", "10", "--jobs", "1"];
    const first = startGrade(args);
    await waitFor(() => existsSync(join(out, "journal.jsonl")) && journaled(out).length >= 3, 60_000);
    first.child.kill("SIGKILL");
    await first.done;
    const before = journaled(out);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.length).toBeLessThan(12);
    const resumed = await pytutor([...args, "--resume"], { env: { CI: "true" } });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`${before.length} de 12 ya estaban corregidas`);
    const doc = readDoc(out);
    expect(doc.submissions).toHaveLength(12);
    for (const old of before) expect(doc.submissions.find((s) => s.key === old.key)?.gradedAt).toBe(old.gradedAt);
    const fresh = join(mkdtempSync(join(tmpdir(), "pytutor-out-")), "notas");
    await pytutor(["grade", dir, "--out", fresh, ...base, "--timeout", "10"]);
    expect(verdicts(readDoc(fresh))).toEqual(verdicts(doc));
  }, 180_000);

  test("Ctrl-C kills the running programs, exits 130 and leaves a journal whose every line reads", async () => {
    const dir = slowClass();
    const out = join(mkdtempSync(join(tmpdir(), "pytutor-out-")), "notas");
    const run = startGrade(["grade", dir, "--out", out, ...base, "--timeout", "10"]);
    await waitFor(() => existsSync(join(out, "journal.jsonl")) && journaled(out).length >= 1, 60_000);
    run.child.kill("SIGINT");
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain("--resume");
    expect(() => journalLines(out)).not.toThrow();
    // The sleeping programs were killed with the grader: none is left.
    await new Promise((r) => setTimeout(r, 300));
    const ps = readdirSync("/proc").filter((p) => /^\d+$/.test(p)).map((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, "utf8");
      } catch {
        return "";
      }
    });
    expect(ps.filter((c) => c.includes("pytutor-run-") && c.includes(dir.split("/").pop() as string))).toEqual([]);
    // Isolated runs see their file as /work/ejercicio3.py.
    expect(ps.some((c) => c.includes("ejercicio3.py") && (c.includes("pytutor-run-") || c.includes("/work/")))).toBe(false);
    // The journal says the batch was stopped on purpose: what was in flight is not quarantined later.
    expect(journalLines(out).some((l) => typeof l === "object" && l !== null && "interrupted" in l)).toBe(true);
  }, 120_000);

  test("a second grade on the same output folder is refused while the first runs", async () => {
    // The first grade is still running when the second starts however starved
    // the machine: one submission sleeps a minute (the first is killed below).
    const dir = slowClass();
    put(dir, "zzz-lento/ejercicio3.py", "import time\ntime.sleep(60)\n");
    const out = join(mkdtempSync(join(tmpdir(), "pytutor-out-")), "notas");
    const first = startGrade(["grade", dir, "--out", out, ...base, "--timeout", "90", "--jobs", "1"]);
    await waitFor(() => existsSync(join(out, ".pytutor-lock")) && existsSync(join(out, "journal.jsonl")), 60_000);
    const second = await pytutor(["grade", dir, "--out", out, ...base, "--resume"], { env: { CI: "true" } });
    expect(second.code, second.stderr).toBe(2);
    expect(second.stderr).toMatch(/otra corrección \(pid \d+/);
    first.child.kill("SIGKILL");
    await first.done;
    // Its owner is dead: the lock is stale and the next grade takes it over.
    rmSync(join(dir, "zzz-lento"), { recursive: true, force: true });
    const third = await pytutor(["grade", dir, "--out", out, ...base, "--timeout", "10", "--resume"], { env: { CI: "true" } });
    expect(third.code, third.stderr).toBe(0);
    expect(existsSync(join(out, ".pytutor-lock"))).toBe(false);
  }, 180_000);

  test("--resume quarantines a submission that was running both times the grader died, and grades the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-quar-"));
    const solution = readFileSync(join(ROOT, "exercises", "ejercicio3", "solution.py"), "utf8");
    put(dir, "ana/ejercicio3.py", solution);
    put(dir, "asesino/ejercicio3.py", `import time\ntime.sleep(60)\n`);
    const out = join(mkdtempSync(join(tmpdir(), "pytutor-out-")), "notas");
    const args = ["grade", dir, "--out", out, ...base, "--timeout", "90", "--jobs", "1"];
    for (let death = 0; death < 2; death++) {
      const run = startGrade(death === 0 ? args : [...args, "--resume"]);
      await waitFor(() => existsSync(join(out, "journal.jsonl")) && journalLines(out).filter((l) => JSON.stringify(l).includes('"running":"asesino/ejercicio3"')).length > death, 60_000);
      run.child.kill("SIGKILL");
      await run.done;
    }
    const last = await pytutor([...args, "--resume", "--json"], { env: { CI: "true" } });
    const doc = JSON.parse(last.stdout) as BatchDocument;
    expect(doc.submissions.find((s) => s.student === "ana")?.status).toBe("pass");
    const quarantined = doc.submissions.find((s) => s.student === "asesino");
    expect(quarantined?.status).toBe("error");
    expect(quarantined?.error?.es).toContain("en cuarentena");
  }, 240_000);

  test("what a dead grader left (scratch folders, processes) is cleaned by the next one", async () => {
    const dead = "999999.1";
    const scratch = mkdtempSync(join(tmpdir(), `pytutor-run-${dead}-`));
    writeFileSync(join(scratch, "ejercicio3.py"), "código de un estudiante\n");
    const orphan = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { env: { ...process.env, PYTUTOR_RUN: `${dead}.abc` }, stdio: "ignore" });
    const dir = mkdtempSync(join(tmpdir(), "pytutor-sweep-"));
    put(dir, "ana/ejercicio3.py", readFileSync(join(ROOT, "exercises", "ejercicio3", "solution.py"), "utf8"));
    const r = await pytutor(["grade", dir, "--out", join(dir, "..", `${dir.split("/").pop()}-notas`), ...base], { env: { CI: "true" } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/limpio lo que dejó una corrección anterior que murió: (1 carpeta temporal|\d+ carpetas temporales), (1 proceso|[1-9]\d* procesos)\./);
    expect(existsSync(scratch)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(orphan.exitCode !== null || orphan.signalCode !== null).toBe(true);
  }, 120_000);
});

describe("bad input", () => {
  test("an empty folder, a missing one, a file instead of a folder: exit 2 and a reason", async () => {
    const empty = mkdtempSync(join(tmpdir(), "pytutor-empty-"));
    const a = await pytutor(["grade", empty, "--python", python]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("vacía");
    const b = await pytutor(["grade", join(empty, "no-existe"), "--python", python]);
    expect(b.code).toBe(2);
    const file = put(empty, "x.txt", "x");
    const c = await pytutor(["grade", file, "--python", python]);
    expect(c.code).toBe(2);
    for (const r of [a, b, c]) expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test("a catalogue with no exercise: exit 2 before anything is graded", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-nocat-"));
    put(dir, "entregas/ana/ejercicio3.py", "print(1)\n");
    mkdirSync(join(dir, "catalogo"));
    const r = await pytutor(["grade", join(dir, "entregas"), "--exercises", join(dir, "catalogo"), "--python", python, "--out", join(dir, "o")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no hay ningún ejercicio en");
    expect(existsSync(join(dir, "o"))).toBe(false);
  });

  test("only unmatched files: exit 2 with each file and why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-none-"));
    put(dir, "ana/notas.txt", "x");
    put(dir, "bea/tarea.py", "print(1)\n");
    const r = await pytutor(["grade", dir, "--python", python, "--out", join(dir, "..", `${dir.split("/").pop()}-o`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bea/tarea.py");
    expect(r.stderr).toContain("ana");
  });

  test("an output folder that cannot be written: exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-ro-"));
    put(dir, "entregas/ana/ejercicio3.py", "print(1)\n");
    let out = join(dir, "solo-lectura");
    mkdirSync(out);
    chmodSync(out, 0o555);
    // root ignores permission bits; /proc refuses even root.
    if (process.getuid?.() === 0) out = "/proc/self/fdinfo";
    const r = await pytutor(["grade", join(dir, "entregas"), "--python", python, "--out", out, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no puedo escribir/);
  });

  test("a 500 MB submission is an error without being read; a lone .py needs --exercise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-big-"));
    const big = put(dir, "entregas/ana/ejercicio3.py", "");
    truncateSync(big, 500 * 1024 * 1024);
    writeFileSync(join(dir, "entregas", "bea.py"), readFileSync(join(ROOT, "exercises", "ejercicio3", "solution.py")));
    const started = Date.now();
    const r = await pytutor(["grade", join(dir, "entregas"), "--python", python, "--out", join(dir, "o"), "--json"]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as BatchDocument;
    expect(doc.submissions[0]?.status).toBe("error");
    expect(doc.submissions[0]?.error?.es).toContain("500.0 MB");
    expect(doc.unmatched.map((u) => u.path)).toEqual(["bea.py"]);
    const lone = await pytutor(["grade", join(dir, "entregas"), "--python", python, "--out", join(dir, "o2"), "--exercise", "ejercicio3", "--json"]);
    const loneDoc = JSON.parse(lone.stdout) as BatchDocument;
    expect(loneDoc.submissions.find((s) => s.student === "bea")?.status).toBe("pass");
  });

  test("bad flags: --shard, --jobs, --feedback, --map, --exercise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-flags-"));
    put(dir, "ana/ejercicio3.py", "print(1)\n");
    for (const flags of [["--shard", "3/2"], ["--shard", "x"], ["--jobs", "0"], ["--feedback", "todo"], ["--map", "x.py=ejercicio99"], ["--exercise", "nada"]]) {
      const r = await pytutor(["grade", dir, "--python", python, ...flags]);
      expect(r.code, flags.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });
});
