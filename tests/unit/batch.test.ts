// The batch's pure parts: name matching, Moodle names, shards, and the
// CPU-sharing scheduler (with jobs that only wait, so it runs quickly).
import { describe, expect, test } from "vitest";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discover, matchKey, studentFromName } from "../../src/batch/discover.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { inShard } from "../../src/batch/grade-batch.js";
import { runScheduled } from "../../src/util/scheduler.js";
import { mergeDocuments } from "../../src/gradebook/merge.js";
import { buildDocument, studentRows } from "../../src/batch/document.js";
import type { Submission } from "../../src/batch/types.js";

describe("matching names", () => {
  test.each([
    ["Ejercicio 3.py", "ejercicio3"],
    ["ejercicio_3.PY", "ejercicio3"],
    ["GC-Ciclos.py", "gcciclos"],
    ["referéncias alias.py", "referenciasalias"],
  ])("%s → %s", (name, key) => {
    expect(matchKey(name)).toBe(key);
  });

  test("Moodle folders give the name and the participant number; other names stay", () => {
    expect(studentFromName("Ana Pérez_12345_assignsubmission_file_")).toEqual({ student: "Ana Pérez", studentId: "12345" });
    expect(studentFromName("ana-garcia.zip")).toEqual({ student: "ana-garcia" });
    expect(studentFromName("tarea1-octocat")).toEqual({ student: "tarea1-octocat" });
  });

  test("shards split students deterministically, each exactly once, and balanced", () => {
    const students = Array.from({ length: 11 }, (_, i) => `s${String(i).padStart(2, "0")}`);
    const parts = [1, 2, 3].map((index) => students.filter(inShard(students, { index, count: 3 })));
    expect(parts.flat().sort()).toEqual(students);
    expect(parts.map((p) => p.length)).toEqual([4, 4, 3]);
    // A file with no student (a stray top-level file) is reported by shard 1 only.
    expect([1, 2, 3].map((index) => inShard(students, { index, count: 3 })(undefined))).toEqual([true, false, false]);
  });
});

type Job = { group: string; ms: number; cpu: number; exclusive?: boolean };

async function schedule(jobs: Job[], slots: number, maxConcurrent: number) {
  let alive = 0;
  let most = 0;
  const overlapsWithExclusive: boolean[] = [];
  let exclusiveAlive = false;
  await runScheduled(
    jobs,
    { slots, maxConcurrent, group: (j) => j.group, exclusive: (j) => j.exclusive === true },
    async (job) => {
      alive++;
      most = Math.max(most, alive);
      overlapsWithExclusive.push(exclusiveAlive || (job.exclusive === true && alive > 1));
      if (job.exclusive) exclusiveAlive = true;
      await new Promise((r) => setTimeout(r, job.ms));
      if (job.exclusive) exclusiveAlive = false;
      alive--;
      return { cpuSeconds: (job.cpu * job.ms) / 1000, wallSeconds: job.ms / 1000 };
    },
  );
  return { most, overlapsWithExclusive };
}

describe("the scheduler shares the CPU, not a number of places", () => {
  test("programs that mostly wait overlap far beyond the cores once their weight is learned", async () => {
    const jobs = Array.from({ length: 30 }, () => ({ group: "duerme", ms: 900, cpu: 0.02 }));
    const { most } = await schedule(jobs, 2, 32);
    expect(most).toBeGreaterThan(6);
    expect(most).toBeLessThanOrEqual(32);
  });

  test("a live measure lets waiting programs overlap before any of them has finished", async () => {
    let alive = 0;
    let most = 0;
    const jobs = Array.from({ length: 24 }, (_, i) => i);
    await runScheduled(jobs, { slots: 2, maxConcurrent: 32, group: () => "duerme", exclusive: () => false }, async (_job, measure) => {
      alive++;
      most = Math.max(most, alive);
      await new Promise((r) => setTimeout(r, 200));
      measure(0.01);
      await new Promise((r) => setTimeout(r, 1000));
      alive--;
      return { cpuSeconds: null, wallSeconds: 1.2 };
    });
    // Without the measure, nothing would be learned for 1.2 s: two at a time.
    expect(most).toBeGreaterThan(10);
  });

  test("CPU-bound programs never exceed the cores", async () => {
    const jobs = Array.from({ length: 8 }, () => ({ group: "calcula", ms: 350, cpu: 1 }));
    const { most } = await schedule(jobs, 2, 32);
    expect(most).toBe(2);
  });

  test("an exclusive program runs with nothing else", async () => {
    const jobs: Job[] = [
      ...Array.from({ length: 4 }, () => ({ group: "a", ms: 80, cpu: 0.05 })),
      { group: "b", ms: 120, cpu: 1, exclusive: true },
      ...Array.from({ length: 4 }, () => ({ group: "a", ms: 80, cpu: 0.05 })),
    ];
    const { overlapsWithExclusive } = await schedule(jobs, 2, 32);
    expect(overlapsWithExclusive.every((o) => !o)).toBe(true);
  });
});

function submission(student: string, exercise: string, score: number): Submission {
  return {
    key: `${student}/${exercise}`, student, exercise, file: `${student}/${exercise}.py`, sha256: `${student}${exercise}`,
    status: score === 1 ? "pass" : "fail", passed: score === 1, score, points: { earned: score * 4, total: 4 },
    checks: [], notes: [], output: [], outputTruncated: false, stderr: "", gradedAt: "2026-11-24T00:00:00.000Z",
  };
}

describe("documents", () => {
  const exercises = [1, 2].map((n) => ({ id: `ejercicio${n}`, alias: `e${n}`, title: { es: "t", en: "t" }, file: `ejercicio${n}.py`, points: 4 }));
  const isolation = { mode: "sandbox" as const, text: { es: "aislados", en: "isolated" } };
  const params = { source: "entregas", generatedAt: "x", python: { executable: "p", version: "3.12.1" }, lang: "es" as const, feedback: "summary" as const, isolation, exercises };

  test("totals are the mean over the batch's exercises on 0–10; one not sent counts 0", () => {
    const doc = buildDocument({ ...params, students: ["ana", "bea", "carla"] }, [submission("ana", "ejercicio1", 1), submission("ana", "ejercicio2", 0.5), submission("bea", "ejercicio2", 1)], []);
    expect(doc.students.map((r) => [r.student, r.total])).toEqual([["ana", 7.5], ["bea", 5], ["carla", 0]]);
    expect(doc.summary).toMatchObject({ submissions: 3, passed: 2, failed: 1, students: 3 });
  });

  test("merge joins shards; the same submission graded differently in two shards is refused", () => {
    const a = buildDocument({ ...params, students: ["ana"], shard: { index: 1, count: 2 } }, [submission("ana", "ejercicio1", 1)], []);
    const b = buildDocument({ ...params, students: ["bea"], shard: { index: 2, count: 2 } }, [submission("bea", "ejercicio1", 0.5)], []);
    const merged = mergeDocuments([a, b]);
    expect("tool" in merged && merged.students.map((r) => r.student)).toEqual(["ana", "bea"]);
    const clash = buildDocument({ ...params, students: ["ana"] }, [{ ...submission("ana", "ejercicio1", 1), sha256: "otro" }], []);
    expect("es" in mergeDocuments([a, clash])).toBe(true);
  });

  test("a document's isolation is its weakest run's, and a merge keeps the weakest shard's", () => {
    const open = { ...submission("bea", "ejercicio1", 1), run: { isolation: "off" as const, exitCode: 0, signal: null, timedOut: false, outputCapped: false, wallMs: 1, cpuMs: 1, attempts: 1, probe: "ok" as const } };
    const mixed = buildDocument({ ...params, students: ["ana", "bea"] }, [submission("ana", "ejercicio1", 1), open], []);
    expect(mixed.isolation.mode).toBe("off");
    const a = buildDocument({ ...params, students: ["ana"], shard: { index: 1, count: 2 } }, [submission("ana", "ejercicio1", 1)], []);
    const b = buildDocument({ ...params, isolation: { mode: "none", text: { es: "x", en: "x" } }, students: ["bea"], shard: { index: 2, count: 2 } }, [submission("bea", "ejercicio1", 1)], []);
    const merged = mergeDocuments([a, b]);
    expect("tool" in merged && merged.isolation.mode).toBe("none");
  });
});

describe("a student's total", () => {
  const sub = (exercise: string, earned: number, total: number) =>
    ({ student: "bea", exercise, score: Math.round((earned / total) * 1000) / 1000, points: { earned, total } }) as unknown as Submission;
  const info = (id: string, weight?: number) => ({ id, alias: id, title: { es: id, en: id }, file: `${id}.py`, points: 3, ...(weight ? { weight } : {}) });
  test("is rounded once, from the exact fractions: 2 of 3 and 1 of 1 make 8.33, not 8.34", () => {
    const [row] = studentRows(["bea"], [info("a"), info("b")], [sub("a", 2, 3), sub("b", 1, 1)]);
    expect(row?.total).toBe(8.33);
    expect(row?.scores).toEqual({ a: 0.667, b: 1 });
  });
  test("weights count: (3 × 2/3 + 1 × 1/2) / 4 of 10 is 6.25", () => {
    const [row] = studentRows(["bea"], [info("a", 3), info("b")], [sub("a", 2, 3), sub("b", 1, 2)]);
    expect(row?.total).toBe(6.25);
  });
});

// The output folder inside the graded one is never graded as a student,
// whichever path reaches either: compared by identity, not by text.
describe("discover skips the output folder by identity", () => {
  function classWithOut(): { root: string; graded: string; out: string } {
    const root = mkdtempSync(join(tmpdir(), "pytutor-skip-"));
    const graded = join(root, "entregas");
    mkdirSync(join(graded, "ana"), { recursive: true });
    writeFileSync(join(graded, "ana", "ejercicio1.py"), "print('hola')\n");
    const out = join(graded, "informes");
    mkdirSync(join(out, "feedback"), { recursive: true });
    // What a previous batch left there looks like a student's work.
    writeFileSync(join(out, "ejercicio1.py"), "print('no soy un estudiante')\n");
    return { root, graded, out };
  }
  const exercises = loadCatalog(join(import.meta.dirname, "..", "..", "exercises")).exercises;
  const students = (folder: string, skip: string) =>
    discover(folder, { exercises, map: new Map(), staging: mkdtempSync(join(tmpdir(), "pytutor-staging-")), skip }).candidates.map((c) => c.student);

  test("the graded folder reached through a symlink, --out by its real path", () => {
    const { root, graded, out } = classWithOut();
    const link = join(root, "enlace");
    symlinkSync(graded, link);
    expect(students(link, realpathSync(out))).toEqual(["ana"]);
    expect(students(graded, realpathSync(out))).toEqual(["ana"]);
  });

  test("--out given through a symlink, and a symlink to it inside the graded folder", () => {
    const { root, graded, out } = classWithOut();
    const outLink = join(root, "salida");
    symlinkSync(out, outLink);
    expect(students(graded, outLink)).toEqual(["ana"]);
    symlinkSync(out, join(graded, "informes-enlace"));
    const found = discover(graded, { exercises, map: new Map(), staging: mkdtempSync(join(tmpdir(), "pytutor-staging-")), skip: out });
    expect(found.candidates.map((c) => c.student)).toEqual(["ana"]);
    expect(found.unmatched.map((u) => u.path)).not.toContain("informes-enlace");
    // Without a skip, the folder is (wrongly) a student: the check above can fail.
    expect(students(graded, join(root, "no-existe"))).toContain("informes");
  });
});
