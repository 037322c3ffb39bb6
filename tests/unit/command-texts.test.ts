// What doctor, reset, solution, new, import and merge say, from data
// (src/report/doctor.ts, src/report/authoring.ts, src/workspace/reset.ts,
// src/workspace/solution.ts, src/gradebook/merge.ts), without the CLI.
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { PytutorError } from "../../src/errors.js";
import { doctorReport, type DoctorFacts } from "../../src/report/doctor.js";
import { resetTexts } from "../../src/workspace/reset.js";
import { notPassedYet, solutionText, solutionTexts } from "../../src/workspace/solution.js";
import type { PythonInfo } from "../../src/python/find.js";
import { EXERCISES } from "../helpers/cli.js";

const c = new Chalk({ level: 0 });
const python = { version: "3.12.1", implementation: "cpython", freeThreaded: false, gilEnabled: true, requested: "python3", executable: "/usr/bin/python3.12" } as PythonInfo;
const facts: DoctorFacts = {
  node: "v20.0.0",
  source: "--python",
  python,
  tried: [{ ok: true, text: "python3: CPython 3.12.1" }],
  probe: { dir: "/p", exists: true },
  cache: "/c",
  platform: { name: "Linux", capabilities: { sandbox: true } as never },
  catalogue: { dir: "/e", sources: [{ dir: "/e", course: { es: "Curso", en: "Course" }, exercises: [1, 2] }], issues: [] },
};

describe("doctor", () => {
  test("all well: exit 0, the CPython and where it came from, one line per course", () => {
    const { text, code } = doctorReport(facts, "en", c);
    expect(code).toBe(0);
    expect(text.split("\n").slice(0, 4)).toEqual(["✓ Node.js v20.0.0", "✓ CPython 3.12.1 (cpython)", "    chosen from --python: python3", "    real executable: /usr/bin/python3.12"]);
    expect(text).not.toContain("tried, in order");
    expect(text).toContain("✓ probe: /p\n✓ cache: /c\n✓ system: Linux\n");
    expect(text.endsWith("✓ 2 valid exercises of «Course» in /e\n")).toBe(true);
  });

  test("no CPython, no probe, no cache, a broken spec: exit 2 and every attempt said", () => {
    const broken = { ...facts, python: undefined, tried: [{ ok: false, text: "python3: not found" }, { ok: false, text: "python: 2.7" }], probe: { dir: "/p", exists: false }, cache: undefined };
    const issue = { file: "/e/x/exercise.yaml", path: "title", message: { es: "falta", en: "missing" } };
    const { text, code } = doctorReport({ ...broken, catalogue: { ...facts.catalogue, issues: [issue as never] } }, "es", c);
    expect(code).toBe(2);
    expect(text).toContain("✗ ningún CPython 3.8+ utilizable, buscado en --python:\n      ✗ python3: not found\n      ✗ python: 2.7\n");
    expect(text).toContain("✗ sonda: /p");
    expect(text).toContain("caché: desactivada (PYTUTOR_NO_CACHE=1)");
    expect(text).toContain("✗ 1 problema en los ejercicios de /e:");
    const several = doctorReport({ ...facts, tried: [...broken.tried, { ok: true, text: "python3.12" }] }, "en", c).text;
    expect(several).toContain("    tried, in order:\n      ✗ python3: not found\n      ✗ python: 2.7\n      ✓ python3.12\n");
  });
});

describe("reset and solution", () => {
  test("reset's question and answers", () => {
    expect(resetTexts.question("ejercicio1", "ejercicio1.py").en).toBe("Go back to the template of ejercicio1? Your current ejercicio1.py will be kept in .pytutor/backups/.");
    expect(resetTexts.declined.es).toBe("De acuerdo: no he cambiado nada.\n");
    expect(resetTexts.replaced("e1", "/nowhere/e1.py", "/nowhere/b.py").es).toMatch(/^Volví a poner la plantilla de e1 en .*e1\.py\.\nTu versión anterior está en .*b\.py\.\n$/);
  });

  test("solution: refused before a pass with the next steps; the text starts with a Python comment", () => {
    const refused = notPassedYet("ejercicio2");
    expect(refused).toBeInstanceOf(PytutorError);
    expect(refused.kind).toBe("bad-input");
    expect(refused.text.en).toContain("`pytutor hint ejercicio2`");
    expect(refused.text.en).toContain("`pytutor solution ejercicio2 --force`");
    expect(solutionTexts.question("e").es).toBe("Aún no has superado e. ¿Ver la solución de referencia de todos modos?");
    const [exercise] = loadCatalog(EXERCISES).exercises;
    if (!exercise) throw new Error("no exercises");
    const text = solutionText(exercise, "en");
    expect(text.startsWith(`# Reference solution of ${exercise.spec.id} · ${exercise.spec.title.en}\n\n`)).toBe(true);
    expect(text.endsWith("\n")).toBe(true);
    expect(() => solutionText({ ...exercise, dir: "/nowhere" }, "es")).toThrow(/cannot read the solution of/);
  });
});

describe("what authors read", () => {
  test("new: the five files, aligned, and the next commands with the folder flag", async () => {
    const { createdText } = await import("../../src/report/authoring.js");
    const text = createdText({ id: "mi-ej", shownDir: "mis/mi-ej", folderFlag: "--exercises mis", statement: "enunciado.es.md", variant: "variants/sin-funcion.py" }, "en");
    const lines = text.split("\n");
    expect(lines[0]).toBe("Created exercise «mi-ej» in mis/mi-ej:");
    expect(lines[1]).toBe("  exercise.yaml            the spec: title, hints, checks, variants");
    expect(text).toContain("  pytutor check mi-ej mis/mi-ej/solution.py --exercises mis\n");
    expect(text.endsWith("(docs/authoring.md).\n")).toBe(true);
  });

  test("import: cases, points, what was not translated, and the solution to copy when none was given", async () => {
    const { importedText } = await import("../../src/report/authoring.js");
    const facts = {
      id: "imp",
      shownDir: "ej/imp",
      folderFlag: "--exercises ej",
      sourceName: { es: "check50 (.cs50.yaml)", en: "check50 (.cs50.yaml)" },
      cases: [{ id: "uno", title: { es: "Uno", en: "One" } }],
      points: 1,
      file: "hola.py",
      notes: ["«x»: not run"],
      noteFile: { es: "IMPORTADO.md", en: "IMPORTED.md" },
      solutionGiven: false,
    };
    const es = importedText(facts, "es");
    expect(es.split("\n")[0]).toBe("Importado «imp» de check50 (.cs50.yaml) en ej/imp: 1 caso, 1 punto, archivo del estudiante hola.py");
    expect(es).toContain("  ✓ uno  Uno\n\nNo traducido (1; también en ej/imp/IMPORTADO.md):\n  ! «x»: not run\n");
    expect(es).toContain("copia tu solución de referencia en ej/imp/solution.py");
    const en = importedText({ ...facts, notes: [], solutionGiven: true, points: 3 }, "en");
    expect(en).not.toContain("Not translated");
    expect(en).not.toContain("copy your reference solution");
    expect(en).toContain("3 points");
  });
});

test("merge's last line", async () => {
  const { mergedText } = await import("../../src/gradebook/merge.js");
  expect(mergedText(2, { submissions: 5, students: 4 }, "todo", "es")).toBe("2 partes unidas: 5 entregas de 4 estudiantes en todo/\n");
  expect(mergedText(3, { submissions: 1, students: 1 }, "all", "en")).toBe("3 shards merged: 1 submissions from 1 students in all/\n");
});
