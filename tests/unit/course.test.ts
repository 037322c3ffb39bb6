// The course file (curso.yaml): loading, its problems with lines, assignments
// and their weights, the catalogue it grades with; and the gradebook an
// assignment fixes, read back as a spreadsheet program would in each language.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CourseError, findCourseFile, loadCourse } from "../../src/course/load.js";
import { checkCourse, resolveAssignment } from "../../src/course/assignment.js";
import { mergeCatalogues } from "../../src/course/catalogue.js";
import { courseJsonSchema } from "../../src/course/schema.js";
import { buildDocument } from "../../src/batch/document.js";
import { gradebookCsv } from "../../src/report/batch/gradebook.js";
import { canvasCsv, moodleCsv } from "../../src/report/batch/lms.js";
import { htmlReport } from "../../src/report/batch/html.js";
import { mergeDocuments } from "../../src/gradebook/merge.js";
import type { Exercise } from "../../src/catalog/exercise.js";
import type { Spec } from "../../src/catalog/schema.js";
import type { BatchDocument, ExerciseInfo } from "../../src/batch/types.js";
import { ROOT } from "../helpers/cli.js";
import { parseCsv } from "../helpers/class.js";
import { batchDocument } from "../helpers/batch-doc.js";

function exercise(id: string, alias: string, order: number, dir = "/cat"): Exercise {
  return { spec: { id, alias, order, file: `${id}.py` } as Spec, dir: `${dir}/${id}`, specFile: `${dir}/${id}/exercise.yaml` };
}
const catalogue = [exercise("ejercicio1", "gc-ciclos", 1), exercise("ejercicio2", "decoradores", 2), exercise("ejercicio3", "referencias-alias", 3)];

function courseFile(text: string, name = "curso.yaml"): string {
  const dir = mkdtempSync(join(tmpdir(), "pytutor-course-"));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

function problems(text: string): string[] {
  try {
    const course = loadCourse(courseFile(text));
    checkCourse(course, catalogue);
  } catch (error) {
    if (!(error instanceof CourseError)) throw error;
    return error.details.map((d) => d.es.replace(/^.*curso\.yaml/, "curso.yaml"));
  }
  return [];
}

describe("loading a course file", () => {
  test("Spanish spellings, weights by id, alias or number, both forms of an assignment", () => {
    const course = loadCourse(
      courseFile(
        ["titulo: Python Avanzado · grupo B", "pesos:", "  referencias-alias: 2", "tareas:", "  tarea1: [ejercicio1, 3]", "  tarea2:", "    ejercicios: [ejercicio2, ejercicio3]", "    pesos: { ejercicio2: 0.5 }", ""].join("\n"),
      ),
    );
    expect(course.title).toBe("Python Avanzado · grupo B");
    const [t1, t2] = checkCourse(course, catalogue);
    expect(t1?.exercises.map((e) => [e.exercise.spec.id, e.weight])).toEqual([["ejercicio1", 1], ["ejercicio3", 2]]);
    expect(t2?.exercises.map((e) => [e.exercise.spec.id, e.weight])).toEqual([["ejercicio2", 0.5], ["ejercicio3", 2]]);
  });

  test("English spellings and the teacher's folder, relative to the file", () => {
    const file = courseFile("title: Advanced Python\nexercises: mine\nassignments:\n  hw1: { exercises: [ejercicio2], weights: { ejercicio2: 3 } }\n", "course.yaml");
    mkdirSync(join(file, "..", "mine"));
    const course = loadCourse(file);
    expect(course.exercisesDir).toBe(join(file, "..", "mine"));
    expect(resolveAssignment("HW1", course, catalogue).exercises.map((e) => e.weight)).toEqual([3]);
  });

  test("every problem at once, with its line and field", () => {
    expect(
      problems(["title: X", "titulo: Y", "weights:", "  ejercicio3: -1", "assignments:", "  a: []", '  "c,d": [ejercicio1]', "  e: { exercises: [ejercicio1], otra: 1 }", "  f: { weights: { ejercicio1: 2 } }", ""].join("\n")),
    ).toEqual([
      "curso.yaml:2 (campo `titulo`): usa title o titulo, no los dos",
      "curso.yaml:4 (campo `weights.ejercicio3`): un peso no puede ser negativo",
      "curso.yaml:6 (campo `assignments.a`): una tarea necesita al menos un ejercicio",
      "curso.yaml:7 (campo `assignments.c,d`): el nombre de una tarea no puede llevar comas",
      "curso.yaml:8 (campo `assignments.e.otra`): campo desconocido: otra",
      "curso.yaml:9 (campo `assignments.f`): la tarea no dice sus ejercicios (ejercicios: […])",
    ]);
  });

  test("exercises that do not exist, duplicates, weights outside the assignment, all weights 0", () => {
    expect(
      problems(["titulo: X", "pesos: { ejercicio77: 2 }", "tareas:", "  b: { ejercicios: [ejercicio1, nada], pesos: { ejercicio2: 2 } }", "  c: [ejercicio1, gc-ciclos]", "  d: { ejercicios: [ejercicio2], pesos: { ejercicio2: 0 } }", ""].join("\n")),
    ).toEqual([
      "curso.yaml:2 (campo `pesos.ejercicio77`): no existe el ejercicio «ejercicio77» (`pytutor list` da los que hay)",
      "curso.yaml:4 (campo `tareas.b.ejercicios[1]`): no existe el ejercicio «nada» (`pytutor list` da los que hay)",
      "curso.yaml:4 (campo `tareas.b.pesos.ejercicio2`): ejercicio2 tiene peso pero no está en la tarea «b»",
      "curso.yaml:5 (campo `tareas.c[1]`): ejercicio1 está dos veces en la tarea «c»",
      "curso.yaml:6 (campo `tareas.d`): todos los ejercicios de la tarea «d» pesan 0: no habría nota",
    ]);
  });

  test.each([
    ["", "el archivo debe ser un mapa YAML"],
    ["- a\n", "el archivo debe ser un mapa YAML"],
    ["titulo: [x\n", "YAML inválido"],
    ["tareas: { a: [ejercicio1] }\n", "falta el título del curso"],
    ["titulo: X\nejercicios: no-existe\n", "no existe la carpeta de ejercicios"],
    ["titulo: X\ntareas: [ejercicio1]\n", "curso.yaml:2 (campo `tareas`)"],
  ])("%j: a clear problem", (text, message) => {
    expect(problems(text).join("\n")).toContain(message);
  });

  test("a file that is missing or is a folder", () => {
    expect(() => loadCourse("/no/such/curso.yaml")).toThrow(CourseError);
    expect(() => loadCourse(tmpdir())).toThrow(CourseError);
    try {
      loadCourse(tmpdir());
    } catch (error) {
      expect((error as CourseError).details[0]?.en).toContain("is a folder, not a YAML file");
    }
  });

  test("schema/course.schema.json is up to date (npm run schema)", () => {
    const committed: unknown = JSON.parse(readFileSync(join(ROOT, "schema", "course.schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(courseJsonSchema())));
  });
});

describe("--assignment", () => {
  const course = loadCourse(courseFile("titulo: X\npesos: { ejercicio3: 2 }\ntareas:\n  tarea1: [ejercicio1, ejercicio3]\n"));

  test("a name from the course file, or ids (weighing what the course says)", () => {
    expect(resolveAssignment("tarea1", course, catalogue)).toMatchObject({ name: "tarea1", fromCourse: true });
    const ids = resolveAssignment(" 3 , gc-ciclos ", course, catalogue);
    expect(ids.name).toBe("ejercicio3,ejercicio1");
    expect(ids.exercises.map((e) => [e.exercise.spec.id, e.weight])).toEqual([["ejercicio3", 2], ["ejercicio1", 1]]);
    expect(resolveAssignment("ejercicio2", undefined, catalogue).exercises.map((e) => e.weight)).toEqual([1]);
  });

  test.each([
    ["tarea9", "no hay ninguna tarea ni ejercicio «tarea9». Las tareas de"],
    ["ejercicio1,ejercicio99,x", "no existen los ejercicios «ejercicio99», «x» de --assignment"],
    ["ejercicio1,,ejercicio2", "ejercicios separados por comas"],
    ["ejercicio1,1", "ejercicio1 está dos veces en --assignment"],
  ])("%j is refused", (value, message) => {
    expect(() => resolveAssignment(value, course, catalogue)).toThrow(CourseError);
    try {
      resolveAssignment(value, course, catalogue);
    } catch (error) {
      expect((error as CourseError).text.es).toContain(message);
    }
  });

  test("without a course file, a name is not an assignment", () => {
    expect(() => resolveAssignment("tarea1", undefined, catalogue)).toThrow(/Without a course file/);
  });
});

describe("where the course file is found", () => {
  test("beside the graded folder, else in the working folder; never inside; two at once is refused", () => {
    const top = mkdtempSync(join(tmpdir(), "pytutor-find-"));
    mkdirSync(join(top, "entregas"));
    writeFileSync(join(top, "entregas", "curso.yaml"), "titulo: de un estudiante\n");
    const elsewhere = mkdtempSync(join(tmpdir(), "pytutor-cwd-"));
    expect(findCourseFile(join(top, "entregas"), elsewhere)).toBeUndefined();
    writeFileSync(join(elsewhere, "course.yaml"), "title: X\n");
    expect(findCourseFile(join(top, "entregas"), elsewhere)).toBe("course.yaml");
    writeFileSync(join(top, "curso.yaml"), "titulo: X\n");
    expect(findCourseFile(join(top, "entregas"), elsewhere)).toBe(join(top, "curso.yaml"));
    expect(findCourseFile(join(top, "entregas"), top)).toBe("curso.yaml");
    writeFileSync(join(top, "course.yaml"), "title: X\n");
    expect(() => findCourseFile(join(top, "entregas"), elsewhere)).toThrow(/two course files/);
  });
});

describe("the catalogue of a course", () => {
  test("the same spec file counts once; two exercises with one name are refused", () => {
    const mine = exercise("ejercicio40", "mio", 40, "/mine");
    expect(mergeCatalogues([catalogue, [...catalogue, mine]]).map((e) => e.spec.id)).toEqual(["ejercicio1", "ejercicio2", "ejercicio3", "ejercicio40"]);
    expect(() => mergeCatalogues([catalogue, [exercise("ejercicio1", "otro", 1, "/mine")]])).toThrow(CourseError);
    try {
      mergeCatalogues([catalogue, [exercise("ejercicio9", "gc-ciclos", 9, "/mine")]]);
      expect.unreachable();
    } catch (error) {
      expect((error as CourseError).details[0]?.es).toBe("«gc-ciclos» (alias) está en /cat/ejercicio1/exercise.yaml y en /mine/ejercicio9/exercise.yaml");
    }
  });
});

// A document graded with an assignment: ejercicio2 weighs 3; the formula-named
// student never sent it.
function withAssignment(): BatchDocument {
  const base = batchDocument();
  const exercises: ExerciseInfo[] = base.exercises.map((e) => ({ ...e, weight: e.id === "ejercicio2" ? 3 : 1 }));
  return buildDocument(
    { source: base.source, generatedAt: base.generatedAt, python: base.python, lang: "es", feedback: "summary", isolation: base.isolation, course: "Python Avanzado · grupo B", assignment: "tarea1", exercises, students: base.students.map((s) => s.student) },
    base.submissions,
    base.unmatched,
  );
}

describe("the gradebook an assignment fixes", () => {
  const doc = withAssignment();
  const expected = (row: BatchDocument["students"][number]) => {
    const sum = (row.scores.ejercicio1 ?? 0) * 1 + (row.scores.ejercicio2 ?? 0) * 3;
    return Math.round((sum / 4) * 10 * 100) / 100;
  };

  test("totals are the weighted mean; a missing exercise is 0", () => {
    for (const row of doc.students) expect(row.total).toBe(expected(row));
    expect(doc.students.find((s) => s.student === "=1+1")?.total).toBe(2.5);
  });

  test.each([
    ["es", ";", ","],
    ["en", ",", "."],
  ] as const)("read back in %s: separator %j, decimal mark %j, every number right", (lang, separator, mark) => {
    const text = gradebookCsv(doc, lang);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text, separator);
    expect(rows[0]).toEqual([lang === "es" ? "Estudiante" : "Student", lang === "es" ? "ID de estudiante" : "Student ID", "ejercicio1", "ejercicio2", "Total"]);
    expect(rows.slice(1).map((r) => r.length)).toEqual(doc.students.map(() => 5));
    const number = (cell: string) => {
      expect(cell).toMatch(new RegExp(`^\\d+\\${mark}\\d\\d$`));
      return Number(cell.replace(mark, "."));
    };
    for (const row of doc.students) {
      const cells = rows.find((r) => r[0] === (row.student.startsWith("=") ? `'${row.student}` : row.student)) as string[];
      expect(number(cells[2] as string)).toBeCloseTo((row.scores.ejercicio1 ?? 0) * 10, 2);
      expect(number(cells[3] as string)).toBeCloseTo((row.scores.ejercicio2 ?? 0) * 10, 2);
      expect(number(cells[4] as string)).toBe(row.total);
    }
  });

  test("Canvas gets 0 for what was not sent, Moodle says so", () => {
    expect(canvasCsv(doc, "es").split("\r\n")[2]).toBe("'=1+1,,,,,10.00,0.00");
    expect(parseCsv(moodleCsv(doc, "es"))[1]?.[5]).toBe("ejercicio1 10.00; ejercicio2 0.00 (sin entregar)");
    expect(parseCsv(moodleCsv(doc, "en"))[1]?.[5]).toBe("ejercicio1 10.00; ejercicio2 0.00 (not submitted)");
  });

  test("Moodle comments name checks by their titles in --lang, never by their ids", () => {
    const tricky = { ...doc, submissions: doc.submissions.map((s) => ({ ...s, checks: s.checks.map((c) => ({ ...c, id: `id-${c.id}-xyz` })) })) };
    for (const lang of ["es", "en"] as const) {
      const text = moodleCsv(tricky, lang);
      expect(text).not.toContain("-xyz");
      expect(text).toContain(lang === "es" ? "falló: Imprime los números en orden" : "failed: Prints the numbers in order");
    }
  });

  test("the HTML report names the course and the assignment", () => {
    const html = htmlReport(doc, "es");
    expect(html).toContain('<h1>Informe de calificaciones · <span data-testid="course">Python Avanzado · grupo B</span></h1>');
    expect(html).toContain("Tarea: <strong>tarea1</strong> (ejercicio1 ×1, ejercicio2 ×3; lo no entregado cuenta 0)");
  });

  test("merging shards keeps the assignment, its weights and the course", () => {
    const merged = mergeDocuments([doc, doc]) as BatchDocument;
    expect(merged.assignment).toBe("tarea1");
    expect(merged.course).toBe("Python Avanzado · grupo B");
    expect(merged.students.map((s) => s.total)).toEqual(doc.students.map((s) => s.total));
    expect(mergeDocuments([doc, { ...doc, assignment: "tarea2" }])).toMatchObject({ es: expect.stringContaining("tareas distintas") });
  });
});
