// A course file and --assignment through the real CLI on real CPython: the
// gradebook's columns are the assignment's whoever sent what, totals are
// weighted, a teacher's exercise sits beside the built-in ones, the gradebook
// reads back right in Spanish and English, and every bad input is exit 2.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { EXERCISES, pytutor } from "../helpers/cli.js";
import { parseCsv, put } from "../helpers/class.js";
import { testPythons } from "../helpers/pythons.js";
import type { BatchDocument } from "../../src/batch/types.js";

const python = (testPythons().at(-1) as { path: string }).path;
const base = ["--python", python, "--timeout", "4"];
const solution = (id: string) => readFileSync(join(EXERCISES, id, "solution.py"), "utf8");

// top/curso.yaml, top/mios/ejercicio40 (a copy of ejercicio1 under another
// name), top/entregas/<student>/…
function makeCourse(): string {
  const top = mkdtempSync(join(tmpdir(), "pytutor-course-e2e-"));
  cpSync(join(EXERCISES, "ejercicio1"), join(top, "mios", "ejercicio40"), { recursive: true });
  const spec = join(top, "mios", "ejercicio40", "exercise.yaml");
  writeFileSync(
    spec,
    readFileSync(spec, "utf8")
      .replace(/^# yaml-language-server.*\n/m, "")
      .replace(/^id: .*$/m, "id: ejercicio40")
      .replace(/^alias: .*$/m, "alias: mi-gc")
      .replace(/^order: .*$/m, "order: 40")
      .replace(/^file: .*$/m, "file: ejercicio40.py"),
  );
  writeFileSync(
    join(top, "curso.yaml"),
    ["titulo: Python Avanzado · 2º DAW", "ejercicios: mios", "pesos:", "  ejercicio3: 2", "tareas:", "  tarea1: [ejercicio1, ejercicio3]", "  final:", "    ejercicios: [ejercicio3, mi-gc]", "    pesos: { ejercicio40: 3 }", ""].join("\n"),
  );
  const dir = join(top, "entregas");
  put(dir, "ana/ejercicio1.py", solution("ejercicio1"));
  put(dir, "ana/ejercicio3.py", solution("ejercicio3"));
  put(dir, "bea/ejercicio3.py", solution("ejercicio3"));
  put(dir, "bea/ejercicio40.py", solution("ejercicio1"));
  // Only an exercise outside tarea1: never a column of its own.
  put(dir, "carlos/ejercicio2.py", solution("ejercicio2"));
  copyFileSync(join(EXERCISES, "ejercicio3", "variants", "solo-texto.py"), put(dir, "dani/ejercicio3.py", ""));
  return top;
}

const readDoc = (out: string) => JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as BatchDocument;
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/at .*\.js:\d+|node:internal/);

describe("grade --assignment with a course file", () => {
  let top = "";
  beforeAll(() => {
    top = makeCourse();
  });

  test("curso.yaml beside the folder: the assignment's columns, 0 for what was not sent, weighted totals, in Spanish", async () => {
    const out = join(top, "t1");
    const r = await pytutor(["grade", "entregas", "--assignment", "tarea1", "--out", out, ...base], { cwd: top });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain("pytutor: uso el archivo del curso curso.yaml («Python Avanzado · 2º DAW»).");
    expect(r.stderr).not.toContain("sin --assignment");
    expect(r.stdout).toContain("Curso: Python Avanzado · 2º DAW.");
    expect(r.stdout).toContain("Tarea «tarea1»: ejercicio1 ×1, ejercicio3 ×2; el total es la media ponderada y lo no entregado cuenta 0.");
    expect(r.stdout).toContain("carlos/ejercicio2.py: es de ejercicio2, que no está en la tarea «tarea1» (ejercicio1, ejercicio3)");
    const text = readFileSync(join(out, "gradebook.csv"), "utf8");
    expect(text.startsWith("\uFEFFEstudiante;ID de estudiante;ejercicio1;ejercicio3;Total\r\n")).toBe(true);
    const rows = parseCsv(text, ";");
    const doc = readDoc(out);
    const dani = (doc.submissions.find((s) => s.student === "dani")?.score ?? 1) * 10;
    expect(dani).toBeLessThan(10);
    const comma = (n: number) => n.toFixed(2).replace(".", ",");
    expect(rows.slice(1)).toEqual([
      ["ana", "", "10,00", "10,00", "10,00"],
      ["bea", "", "0,00", "10,00", "6,67"],
      ["carlos", "", "0,00", "0,00", "0,00"],
      ["dani", "", "0,00", comma(dani), comma(Math.round(((dani * 2) / 3) * 100) / 100)],
    ]);
    expect(doc.course).toBe("Python Avanzado · 2º DAW");
    expect(doc.assignment).toBe("tarea1");
    expect(doc.exercises.map((e) => [e.id, e.weight])).toEqual([["ejercicio1", 1], ["ejercicio3", 2]]);
    expect(doc.submissions.some((s) => s.exercise === "ejercicio2" || s.exercise === "ejercicio40")).toBe(false);
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain('<span data-testid="course">Python Avanzado · 2º DAW</span>');
    const canvas = parseCsv(readFileSync(join(out, "canvas.csv"), "utf8"));
    expect(canvas.find((row) => row[0] === "carlos")?.slice(5)).toEqual(["0.00", "0.00"]);
  });

  test("a teacher's exercise beside a built-in one, in English: `,` and a decimal point", async () => {
    const out = join(top, "final");
    const r = await pytutor(["grade", join(top, "entregas"), "--course", join(top, "curso.yaml"), "--assignment", "final", "--out", out, "--lang", "en", ...base]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("Assignment «final»: ejercicio3 ×2, ejercicio40 ×3; the total is the weighted mean and what was not sent counts 0.");
    const rows = parseCsv(readFileSync(join(out, "gradebook.csv"), "utf8"));
    expect(rows[0]).toEqual(["Student", "Student ID", "ejercicio3", "ejercicio40", "Total"]);
    const byStudent = new Map(rows.slice(1).map((row) => [row[0], row.slice(2).map(Number)]));
    expect(byStudent.get("ana")).toEqual([10, 0, 4]);
    expect(byStudent.get("bea")).toEqual([10, 10, 10]);
    expect(byStudent.get("carlos")).toEqual([0, 0, 0]);
  });

  test("ids without a course file; without --assignment, today's columns and a note", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "pytutor-nocourse-"));
    cpSync(join(top, "entregas"), join(elsewhere, "entregas"), { recursive: true });
    const ids = await pytutor(["grade", "entregas", "--assignment", "gc-ciclos,3", "--out", "ids", ...base], { cwd: elsewhere });
    expect(ids.stderr).not.toContain("archivo del curso");
    expect(parseCsv(readFileSync(join(elsewhere, "ids", "gradebook.csv"), "utf8"), ";")[0]).toEqual(["Estudiante", "ID de estudiante", "ejercicio1", "ejercicio3", "Total"]);
    const plain = await pytutor(["grade", "entregas", "--out", "plain", ...base], { cwd: elsewhere });
    expect(plain.stderr).toContain("pytutor: nota: sin --assignment, las columnas son los ejercicios que alguien entregó (ejercicio1, ejercicio2, ejercicio3)");
    expect(parseCsv(readFileSync(join(elsewhere, "plain", "gradebook.csv"), "utf8"), ";")[0]).toEqual(["Estudiante", "ID de estudiante", "ejercicio1", "ejercicio2", "ejercicio3", "Total"]);
    expect(readDoc(join(elsewhere, "plain")).assignment).toBeUndefined();
  });

  test.each([
    [["--assignment", "tarea9"], "no hay ninguna tarea ni ejercicio «tarea9». Las tareas de curso.yaml: tarea1, final."],
    [["--assignment", "ejercicio1,ejercicio99"], "no existe el ejercicio «ejercicio99» de --assignment"],
    [["--assignment", "ejercicio1,"], "--assignment necesita el nombre de una tarea o ejercicios separados por comas"],
    [["--course", "no-existe.yaml"], "no-existe.yaml: no existe"],
    [["--assignment", "tarea1", "--exercise", "ejercicio2"], "--exercise ejercicio2 no está en la tarea «tarea1»"],
  ])("%j: a clear message, exit 2, nothing graded", async (args, message) => {
    const r = await pytutor(["grade", "entregas", "--out", "never", ...args, ...base], { cwd: top });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    noTrace(r.stderr);
  });

  test("a broken course file: every problem with its line, in English too", async () => {
    const bad = join(top, "malo.yaml");
    writeFileSync(bad, "title: X\nweights: { ejercicio77: 2 }\nassignments:\n  a: [ejercicio1, nada]\n  b: { exercises: [ejercicio1], extra: 1 }\n");
    const schemaError = await pytutor(["grade", "entregas", "--course", bad, ...base, "--lang", "en"], { cwd: top });
    expect(schemaError.code).toBe(2);
    expect(schemaError.stderr).toContain(`${bad}:5 (field \`assignments.b.extra\`): unknown field: extra`);
    writeFileSync(bad, "title: X\nweights: { ejercicio77: 2 }\nassignments:\n  a: [ejercicio1, nada]\n");
    const r = await pytutor(["grade", "entregas", "--course", bad, ...base], { cwd: top });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2 (campo \`weights.ejercicio77\`): no existe el ejercicio «ejercicio77»`);
    expect(r.stderr).toContain(`${bad}:4 (campo \`assignments.a[1]\`): no existe el ejercicio «nada»`);
    noTrace(r.stderr);
  });

  test("`pytutor schema --course` prints the committed schema", async () => {
    const r = await pytutor(["schema", "--course"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(EXERCISES, "..", "schema", "course.schema.json"), "utf8")));
  });
});
