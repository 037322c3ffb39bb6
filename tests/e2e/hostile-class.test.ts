// A class with cheaters in it (fixtures/hostile-class), graded in one batch in
// grade's default mode (isolated) and with --no-sandbox. Honest students keep
// their grades, every forger fails with a "manipulación" note, no secret of
// the teacher's reaches a student's feedback and, isolated, nothing outside the
// test's folders changes and nothing is left running. What only isolation can
// stop (reading the answer, copying a classmate, stopping the grader, daemons,
// writing outside) runs in the default mode only.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXERCISES, FIXTURES, ROOT, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";
import type { BatchDocument, Submission } from "../../src/batch/types.js";

const python = (testPythons().at(-1) as { path: string }).path;
const ATTACKS = join(FIXTURES, "hostile-class");
const SECRET = `SECRETO-${process.pid}-x9`;

type Student = { student: string; file: string; from: string; defaultOnly?: boolean };

const honest: Student[] = [
  { student: "ana", file: "ejercicio2.py", from: join(EXERCISES, "ejercicio2", "solution.py") },
  { student: "bea", file: "ejercicio3.py", from: join(EXERCISES, "ejercicio3", "solution.py") },
  { student: "carla", file: "ejercicio4.py", from: join(EXERCISES, "ejercicio4", "solution.py") },
  { student: "dani", file: "ejercicio1.py", from: join(EXERCISES, "ejercicio1", "solution.py") },
  { student: "zoe", file: "ejercicio3.py", from: join(EXERCISES, "ejercicio3", "solution.py") },
];
const forgers: Student[] = [
  { student: "forja-fabrica", file: "ejercicio2.py", from: "forja-fabrica.py" },
  { student: "forja-contador", file: "ejercicio4.py", from: "forja-contador.py" },
  { student: "forja-registro", file: "ejercicio2.py", from: "forja-registro.py" },
];
const others: Student[] = [
  { student: "reescribe-companeros", file: "ejercicio3.py", from: "reescribe-companeros.py" },
  { student: "secretos", file: "ejercicio3.py", from: "secretos.py" },
  { student: "mil-hilos", file: "ejercicio3.py", from: "mil-hilos.py" },
  { student: "subproceso-millon", file: "ejercicio3.py", from: "subproceso-millon.py" },
  { student: "lee-solucion", file: "ejercicio3.py", from: "lee-solucion.py", defaultOnly: true },
  { student: "copia-vecino", file: "ejercicio3.py", from: "copia-vecino.py", defaultOnly: true },
  { student: "llena-tmp", file: "ejercicio3.py", from: "llena-tmp.py", defaultOnly: true },
  { student: "para-al-corrector", file: "ejercicio3.py", from: "para-al-corrector.py", defaultOnly: true },
  { student: "demonio", file: "ejercicio3.py", from: "demonio.py", defaultOnly: true },
  { student: "escribe-fuera", file: "ejercicio3.py", from: "escribe-fuera.py", defaultOnly: true },
];

// Names and hashes of what the attacks try to reach outside the test's folders.
function outside(): Map<string, string> {
  const seen = new Map<string, string>();
  const look = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        seen.set(path, existsSync(path) && !name.startsWith(".") ? "present" : "hidden");
      } catch {
        /* gone meanwhile */
      }
    }
  };
  for (const dir of ["/etc", "/var/tmp", "/dev/shm", ROOT, join(ROOT, "exercises", "ejercicio3")]) look(dir);
  const bashrc = join(homedir(), ".bashrc");
  seen.set(bashrc, existsSync(bashrc) ? createHash("sha256").update(readFileSync(bashrc)).digest("hex") : "absent");
  return seen;
}

function daemons(): string[] {
  const found: string[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, "utf8");
      if (cmd.includes("hackeado")) found.push(`${name}: ${cmd.slice(0, 80)}`);
    } catch {
      /* gone */
    }
  }
  return found;
}

async function gradeClass(isolated: boolean) {
  const base = mkdtempSync(join(tmpdir(), "pytutor-cheaters-"));
  const dir = join(base, "entregas");
  const students = [...honest, ...forgers, ...others.filter((s) => isolated || !s.defaultOnly)];
  for (const s of students) {
    mkdirSync(join(dir, s.student), { recursive: true });
    copyFileSync(s.from.startsWith("/") ? s.from : join(ATTACKS, s.from), join(dir, s.student, s.file));
  }
  // A submission in a hidden folder, and the teacher's secrets next to the class and in the environment.
  mkdirSync(join(dir, ".oculto"));
  copyFileSync(join(EXERCISES, "ejercicio3", "solution.py"), join(dir, ".oculto", "ejercicio3.py"));
  writeFileSync(join(base, ".env"), `TOKEN=${SECRET}\n`);
  const out = join(base, "notas");
  const before = outside();
  const run = await pytutor(["grade", dir, "--out", out, "--python", python, "--json", "--timeout", "15", ...(isolated ? [] : ["--no-sandbox"])], {
    env: { CI: "true", PYTUTOR_TEST_SECRETO: SECRET },
    timeoutMs: 600_000,
  });
  const doc = JSON.parse(run.stdout || "{}") as BatchDocument;
  return { run, doc, out, dir, before };
}

const by = (doc: BatchDocument, student: string): Submission | undefined => doc.submissions.find((s) => s.student === student);

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

function commonExpectations(doc: BatchDocument, out: string) {
  for (const s of honest) {
    const got = by(doc, s.student);
    // The checks that did not pass are named, so a failure here says which and why.
    const open = (got?.checks ?? []).filter((c) => c.status === "fail" || c.status === "undecided").map((c) => `${c.id}=${c.status} (${c.actual?.en ?? c.reason?.en ?? ""})`);
    expect(`${s.student}: ${got?.status} ${got?.points.earned}/${got?.points.total} ${open.join("; ")}`).toBe(`${s.student}: pass ${got?.points.total}/${got?.points.total} `);
  }
  for (const s of forgers) {
    const got = by(doc, s.student);
    expect(got?.status, s.student).toBe("fail");
    expect(got?.run?.tampered?.length ?? 0, s.student).toBeGreaterThan(0);
    expect(got?.notes.map((n) => n.kind), s.student).toContain("tampered");
  }
  expect(by(doc, "reescribe-companeros")?.status).toBe("fail");
  expect(by(doc, "mil-hilos")?.run?.limit).toBe("processes");
  const flood = by(doc, "subproceso-millon");
  expect(flood?.status).toBe("fail");
  expect(flood?.notes.map((n) => n.kind)).toContain("output-capped");
  expect(doc.unmatched.find((u) => u.path === ".oculto")?.reason.es).toContain("oculta");
  // No secret in anything a student or an LMS gets.
  const studentFacing = [...filesUnder(join(out, "feedback")), join(out, "moodle.csv"), join(out, "canvas.csv"), join(out, "gradebook.csv")];
  for (const file of studentFacing) expect(readFileSync(file, "utf8").includes(SECRET), file).toBe(false);
  const feedback = readFileSync(join(out, "feedback", "secretos.md"), "utf8");
  expect(feedback).toContain("RuntimeError");
}

describe("a class with cheaters", () => {
  test("isolated (the default): honest grades right, every cheat fails, nothing reached, nothing left", async () => {
    const { run, doc, out, before } = await gradeClass(true);
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(doc.isolation.mode).toBe("sandbox");
    commonExpectations(doc, out);
    for (const student of ["lee-solucion", "copia-vecino", "llena-tmp", "para-al-corrector", "demonio", "escribe-fuera"]) {
      expect(by(doc, student)?.status, student).toBe("fail");
    }
    // Nothing to read: not the grader's environment, not the .env next to the class.
    const secretos = by(doc, "secretos");
    expect(secretos?.output.map((l) => l.text)).toContain("encontrado: 0");
    expect(JSON.stringify(doc).includes(SECRET)).toBe(false);
    // Bounded scratch space: at most 64 MB in each of /tmp, /dev/shm and its folder.
    const written = by(doc, "llena-tmp")?.output[0]?.text ?? "";
    expect(written).toMatch(/'\/tmp': \d+/);
    for (const n of [...written.matchAll(/: (\d+)/g)].map((m) => Number(m[1]))) expect(n).toBeLessThanOrEqual(64);
    // The grader was never stopped: every student was graded.
    expect(doc.submissions).toHaveLength(honest.length + forgers.length + others.length);
    // The daemon died with its sandbox; the reports are the grader's.
    await new Promise((r) => setTimeout(r, 6000));
    expect(daemons()).toEqual([]);
    expect(readFileSync(join(out, "gradebook.csv"), "utf8")).not.toContain("hackeado");
    const after = outside();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    expect(changed).toEqual([]);
  }, 600_000);

  test("with --no-sandbox: honest grades right, every forger fails, no secret in feedback, and the reports say it was not isolated", async () => {
    const { run, doc, out } = await gradeClass(false);
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(run.stderr).toContain("sin aislar (--no-sandbox)");
    expect(doc.isolation.mode).toBe("off");
    expect(doc.submissions.every((s) => s.run?.isolation === undefined || s.run.isolation === "off")).toBe(true);
    commonExpectations(doc, out);
  }, 600_000);
});
