import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { z } from "zod";
import { loadCatalog, loadCourseTitle, loadSpecFile, formatIssue, mergeCatalogs } from "../../src/catalog/load.js";
import { SpecSchema } from "../../src/catalog/schema.js";
import { grade } from "../../src/grade/grade.js";
import { record } from "../helpers/records.js";
import { parseFactExpr } from "../../src/catalog/facts.js";
import { EXERCISES, FIXTURES, ROOT } from "../helpers/cli.js";

describe("spec loading reports every problem at once, with field and line", () => {
  test("an invalid spec", () => {
    const { spec, issues } = loadSpecFile(join(FIXTURES, "specs", "invalid", "ejercicio1", "exercise.yaml"));
    expect(spec).toBeUndefined();
    const found = issues.map((i) => [i.line, i.path]);
    expect(found).toEqual([
      [3, "alias"],
      [7, "difficulty"],
      [11, "solution"],
      [15, "patterns.inicio.regex"],
      [19, "checks[0].match"],
      [22, "checks[1].type"],
      [26, "checks[2].expect"],
      [30, "checks[3].covers[0]"],
      [33, "variants[0].file"],
      [34, "variants[0].catches"],
    ]);
    for (const issue of issues) {
      expect(issue.message.es).not.toBe("");
      expect(issue.message.en).not.toBe("");
    }
    expect(formatIssue(issues[0]!, "en")).toMatch(/exercise\.yaml:3 \(field `alias`\): must be kebab-case/);
  });

  test("broken YAML names its line", () => {
    const { issues } = loadSpecFile(join(FIXTURES, "specs", "bad-yaml", "ejercicio1", "exercise.yaml"));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.line).toBe(2);
  });

  test("duplicates across exercises and folders without a spec", () => {
    const dup = loadCatalog(join(FIXTURES, "specs", "duplicate"));
    expect(dup.issues.map((i) => i.path)).toEqual(["id", "alias", "file"]);
    const none = loadCatalog(join(FIXTURES, "specs", "no-spec"));
    expect(none.issues[0]?.message.en).toContain("exercise.yaml is missing");
    const missing = loadCatalog(join(FIXTURES, "specs", "does-not-exist"));
    expect(missing.issues[0]?.message.en).toContain("cannot read the exercises folder");
  });

  test("the built-in catalogue is valid", () => {
    const { exercises, issues } = loadCatalog(EXERCISES);
    expect(issues).toEqual([]);
    expect(exercises.map((e) => e.spec.id).slice(0, 2)).toEqual(["ejercicio1", "ejercicio2"]);
    for (const { spec } of exercises) {
      expect(spec.variants.length).toBeGreaterThanOrEqual(5);
      expect(spec.hints.length).toBeGreaterThanOrEqual(3);
    }
  });

  test("schema/exercise.schema.json is up to date (npm run schema)", () => {
    const committed: unknown = JSON.parse(readFileSync(join(ROOT, "schema", "exercise.schema.json"), "utf8"));
    const current = { ...z.toJSONSchema(SpecSchema, { io: "input", unrepresentable: "any" }), title: "pytutor exercise spec" };
    expect(committed).toEqual(JSON.parse(JSON.stringify(current)));
  });
});

describe("fact expressions", () => {
  test.each([
    ["threads.started >= 3", { left: { fact: "threads.started", factor: 1, offset: 0 }, op: ">=", right: { factor: 0, offset: 3 } }],
    ["  gc.freed==2 ", { left: { fact: "gc.freed" }, op: "==", right: { offset: 2 } }],
    ["run.wallSeconds < 7.5", { left: { fact: "run.wallSeconds" }, op: "<", right: { offset: 7.5 } }],
    ["inspect.a > 10 * inspect.b", { left: { fact: "inspect.a" }, op: ">", right: { fact: "inspect.b", factor: 10, offset: 0 } }],
    ["threads.started == tasks.created - 1", { right: { fact: "tasks.created", factor: 1, offset: -1 } }],
    ["calls.sys.getrefcount >= 2", { left: { fact: "calls.sys.getrefcount" } }],
  ])("%s", (source, expected) => {
    expect(parseFactExpr(source, new Set(["inspect.a", "inspect.b", "calls.sys.getrefcount"]))).toMatchObject(expected);
  });

  test.each(["threads.started", "threads.started >= tres", "hilos.lanzados >= 3", "threads.started => 3", "3 <= threads.started", "inspect.nada == 1"])(
    "rejects %s",
    (source) => {
      expect(parseFactExpr(source)).toHaveProperty("error");
    },
  );
});

// A teacher's exercises: any safe id, one language or both, a course title, clashes between folders.
describe("a teacher's exercise", () => {
  const minimal = (id: string, text: (s: string) => unknown, statement: Record<string, string> = { es: "enunciado.es.md" }) => ({
    format: 1, id, alias: "propio", order: 1, title: text("Título"), concept: text("Concepto"), difficulty: "basica", file: "propio.py",
    statement, starter: "s.py", solution: "s.py", hints: [text("Pista")],
    checks: [{ id: "termina", type: "exit-code", title: text("Termina") }],
  });
  const es = (s: string) => ({ es: s });
  function folder(specs: Record<string, unknown>, files: Record<string, string> = {}): string {
    const root = mkdtempSync(join(tmpdir(), "pytutor-unit-teacher-"));
    for (const [name, spec] of Object.entries(specs)) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, "exercise.yaml"), stringify(spec));
      for (const f of ["s.py", "enunciado.es.md", "statement.en.md"]) writeFileSync(join(root, name, f), "x\n");
    }
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
    return root;
  }

  test("a Spanish-only spec is valid: English falls back to Spanish, and the loader records it", () => {
    const root = folder({ propio: minimal("propio", es) });
    const { spec, issues, untranslated } = loadSpecFile(join(root, "propio", "exercise.yaml"));
    expect(issues).toEqual([]);
    expect(spec?.title).toEqual({ es: "Título", en: "Título" });
    expect(spec?.statement).toEqual({ es: "enunciado.es.md", en: "enunciado.es.md" });
    expect(spec?.checks[0]?.title).toEqual({ es: "Termina", en: "Termina" });
    expect(untranslated).toEqual({ en: "whole" });
    expect(loadCatalog(root).exercises[0]?.untranslated).toEqual({ en: "whole" });
  });

  test("an English-only spec, and one missing a single translation", () => {
    const en = folder({ propio: minimal("propio", (s) => ({ en: s }), { en: "statement.en.md" }) });
    expect(loadSpecFile(join(en, "propio", "exercise.yaml")).untranslated).toEqual({ es: "whole" });
    const part = { ...minimal("propio", (s) => ({ es: s, en: s }), { es: "enunciado.es.md", en: "statement.en.md" }), hints: [{ es: "solo" }] };
    const loaded = loadSpecFile(join(folder({ propio: part }), "propio", "exercise.yaml"));
    expect(loaded.untranslated).toEqual({ en: "part" });
    const both = loadSpecFile(join(folder({ propio: minimal("propio", (s) => ({ es: s, en: s }), { es: "enunciado.es.md", en: "statement.en.md" }) }), "propio", "exercise.yaml"));
    expect(both.untranslated).toBeUndefined();
  });

  test("a text in no language is a problem in both languages", () => {
    const spec = { ...minimal("propio", es), concept: {} };
    const { issues } = loadSpecFile(join(folder({ propio: spec }), "propio", "exercise.yaml"));
    expect(issues.map((i) => [i.path, i.message.es, i.message.en])).toEqual([["concept", "escribe al menos un idioma: es o en", "write at least one language: es or en"]]);
  });

  test.each(["ejercicio1", "hilos-basicos", "tema2_ej3", "_privado", "9", "a".repeat(64)])("id %s is a safe name", (id) => {
    expect(loadSpecFile(join(folder({ x: minimal(id, es) }), "x", "exercise.yaml")).issues).toEqual([]);
  });

  test.each(["../fuera", "a/b", "-x", "Hilos", "con espacio", "", "a".repeat(65), "ñu"])("id %j is refused", (id) => {
    const { issues } = loadSpecFile(join(folder({ x: minimal(id, es) }), "x", "exercise.yaml"));
    expect(issues.map((i) => i.path)).toEqual(["id"]);
    expect(issues[0]?.message.es).toMatch(/debe ser un nombre seguro/);
  });

  test("an alias may repeat its own id", () => {
    const { issues } = loadCatalog(folder({ propio: minimal("propio", es) }));
    expect(issues).toEqual([]);
  });

  test("the course title: catalogo.yaml or catalog.yaml, one language or both, else the folder's name", () => {
    expect(loadCourseTitle(folder({}, { "catalogo.yaml": "title: Mi curso\n" })).title).toEqual({ es: "Mi curso", en: "Mi curso" });
    expect(loadCourseTitle(folder({}, { "catalog.yaml": "title: { en: My course }\n" })).title).toEqual({ es: "My course", en: "My course" });
    expect(loadCourseTitle(folder({}, { "catalogo.yaml": "title: { es: Curso, en: Course }\n" })).title).toEqual({ es: "Curso", en: "Course" });
    const plain = folder({});
    expect(loadCourseTitle(plain).title).toEqual({ es: basename(plain), en: basename(plain) });
    const bad = loadCourseTitle(folder({}, { "catalogo.yaml": "title: {}\n" }));
    expect(bad.issues.map((i) => [i.line, i.path, i.message.en])).toEqual([[1, "title", expect.stringContaining("")]]);
    const twice = loadCourseTitle(folder({}, { "catalogo.yaml": "title: a\n", "catalog.yaml": "title: b\n" }));
    expect(twice.issues[0]?.message.en).toMatch(/one too many/);
  });

  test("folders merged in order; a name in two folders is a clash naming both", () => {
    const a = loadCatalog(folder({ uno: minimal("uno", es) }));
    const b = loadCatalog(folder({ dos: { ...minimal("dos", es), alias: "otro", file: "otro.py" } }));
    const merged = mergeCatalogs([{ dir: "/a", exercises: a.exercises }, { dir: "/b", exercises: b.exercises }]);
    expect(merged.clashes).toEqual([]);
    expect(merged.exercises.map((e) => e.spec.id)).toEqual(["uno", "dos"]);
    const clash = mergeCatalogs([{ dir: "/a", exercises: a.exercises }, { dir: "/b", exercises: a.exercises }]);
    expect(clash.exercises.map((e) => e.spec.id)).toEqual(["uno"]);
    expect(clash.clashes.map((i) => i.path)).toEqual(["id", "alias", "file"]);
    expect(clash.clashes[0]?.message.en).toContain("«uno» is in two exercise folders: /a (uno) and /b (uno)");
  });
});

describe("whitespace: significant", () => {
  const T = { es: "x" };
  const withCheck = (check: Record<string, unknown>) =>
    SpecSchema.parse({
      format: 1, id: "propio", alias: "propio", order: 1, title: T, concept: T, difficulty: "basica", file: "p.py",
      statement: { es: "e.md" }, starter: "s.py", solution: "s.py", hints: [T], checks: [{ id: "c", title: T, ...check }],
    });
  const status = (check: Record<string, unknown>, lines: string[]) => grade(withCheck(check), record(lines)).checks[0]?.status;

  test.each<[string, Record<string, unknown>, string[], string, string]>([
    ["exact with inner spaces", { type: "line", match: { exact: "Ana     31" } }, ["Ana 31"], "pass", "fail"],
    ["exact, as written", { type: "line", match: { exact: "Ana     31" } }, ["Ana     31"], "pass", "pass"],
    ["trailing spaces", { type: "line", match: { exact: "fin" } }, ["fin  "], "pass", "fail"],
    ["four spaces of indentation", { type: "lines", ordered: true, match: [{ regex: "^def f" }, { regex: "^    return" }] }, ["def f():", "    return 1"], "fail", "pass"],
    ["two spaces are not four", { type: "lines", ordered: true, match: [{ regex: "^def f" }, { regex: "^    return" }] }, ["def f():", "  return 1"], "fail", "fail"],
    ["a tab is not a space", { type: "last", match: { exact: "a\tb" } }, ["a b"], "pass", "fail"],
    ["a CR at the end still does not count", { type: "line", match: { exact: "hola" } }, ["hola\r"], "pass", "pass"],
  ])("%s", (_, check, lines, normalized, significant) => {
    expect(status(check, lines)).toBe(normalized);
    expect(status({ ...check, whitespace: "significant" }, lines)).toBe(significant);
    expect(status({ ...check, whitespace: "normalized" }, lines)).toBe(normalized);
  });

  test("only on checks that read lines", () => {
    expect(() => withCheck({ type: "exit-code", whitespace: "significant" })).toThrow();
  });
});

describe("YAML errors in the reader's language", () => {
  test("each common mistake is explained in Spanish; English keeps the parser's words without the position", async () => {
    const { parseDocument } = await import("yaml");
    const { yamlErrorText } = await import("../../src/catalog/yaml-errors.js");
    const cases: Array<[string, RegExp, RegExp]> = [
      ["title: { es: Imprime «Total: N», en: x }\n", /texto con «: »/, /^[A-Z]/],
      ["a: b: c\n", /clave compacta/, /compact mappings$/],
      ["a:\n\t- x\n", /tabuladores/, /Tabs are not allowed as indentation$/],
      ["a: 1\na: 2\n", /clave repetida/, /Map keys must be unique$/],
    ];
    for (const [source, es, en] of cases) {
      const error = parseDocument(source, { uniqueKeys: true }).errors[0];
      expect(error, source).toBeDefined();
      const text = yamlErrorText(error as { code: string; message: string });
      expect(text.es, source).toMatch(es);
      expect(text.en, source).toMatch(en);
      expect(text.en).not.toMatch(/at line \d+/);
    }
  });
});
