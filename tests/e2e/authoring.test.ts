// A teacher's own exercises: `pytutor new`, `--exercises` adding to the built-in
// catalogue and `--only-exercises` replacing it, one-language specs, the course
// title, and the worked examples of docs/autoria.md and docs/authoring.md run as written.
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { pytutor, ROOT, type CheckJson } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const env = { PYTUTOR_PYTHON: python };
const STACK = /\n\s+at .+:\d+:\d+\)?/;

type Step =
  | { kind: "run"; args: string[]; expected: string[] }
  | { kind: "write"; file: string; text: string }
  | { kind: "append"; file: string; text: string };

// The worked example of a doc: the fenced blocks between its two markers.
function exampleSteps(doc: string): Step[] {
  const text = readFileSync(join(ROOT, "docs", doc), "utf8");
  const start = text.indexOf("<!-- ejemplo-probado -->");
  const end = text.indexOf("<!-- fin-del-ejemplo -->");
  if (start < 0 || end < start) throw new Error(`${doc}: the worked example's markers are missing`);
  const steps: Step[] = [];
  for (const [, lang = "", info = "", body = ""] of text.slice(start, end).matchAll(/```(\w+)([^\n]*)\n([\s\S]*?)```/g)) {
    const target = /\b(file|append)=(\S+)/.exec(info);
    if (target) {
      steps.push({ kind: target[1] === "file" ? "write" : "append", file: target[2] ?? "", text: body });
      continue;
    }
    if (lang !== "console") throw new Error(`${doc}: a \`${lang}\` block in the example says neither file= nor append=`);
    for (const line of body.split("\n")) {
      if (line.startsWith("$ ")) {
        const [program, ...args] = line.slice(2).trim().split(/\s+/);
        if (program !== "pytutor") throw new Error(`${doc}: only pytutor commands in the example, not «${line}»`);
        steps.push({ kind: "run", args, expected: [] });
      } else if (line.trim() !== "") {
        const last = steps.at(-1);
        if (last?.kind !== "run") throw new Error(`${doc}: output before any command: «${line}»`);
        last.expected.push(line.trimEnd());
      }
    }
  }
  return steps;
}

// An expected line, with its numbers (times, versions, counts of parallel runs) free.
function lineRegex(line: string): RegExp {
  const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\d+(?:\\\.\d+)*/g, "[\\d.]+")}$`, "m");
}

describe.concurrent("the docs' worked examples run as written", () => {
  for (const doc of ["autoria.md", "authoring.md"]) {
    test(doc, async () => {
      const cwd = mkdtempSync(join(tmpdir(), "pytutor-doc-"));
      const steps = exampleSteps(doc);
      expect(steps.filter((s) => s.kind === "run").map((s) => (s as { args: string[] }).args[0])).toEqual(["new", "verify", "check", "show", "list"]);
      for (const step of steps) {
        if (step.kind === "write") {
          mkdirSync(dirname(join(cwd, step.file)), { recursive: true });
          writeFileSync(join(cwd, step.file), step.text);
        } else if (step.kind === "append") {
          expect(existsSync(join(cwd, step.file)), step.file).toBe(true);
          appendFileSync(join(cwd, step.file), step.text);
        } else {
          const r = await pytutor(step.args, { cwd, env });
          const shown = `$ pytutor ${step.args.join(" ")}\n${r.stdout}${r.stderr}`;
          expect(r.code, shown).toBe(0);
          for (const line of step.expected) expect(`${r.stderr}${r.stdout}`, `${doc}: «${line}» not in:\n${shown}`).toMatch(lineRegex(line));
        }
      }
    });
  }
});

describe.concurrent("a teacher's exercise is a first-class exercise", () => {
  test("a Spanish-only exercise made with `pytutor new` is verified, checked in English and listed under its folder's name", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "pytutor-new-"));
    const made = await pytutor(["new", "tema2_hilos"], { cwd, env });
    expect(made.code, made.stderr).toBe(0);
    const dir = join(cwd, "ejercicios", "tema2_hilos");
    for (const file of ["exercise.yaml", "enunciado.es.md", "starter.py", "solution.py", "variants/sin-funcion.py"]) expect(existsSync(join(dir, file)), file).toBe(true);
    const spec = readFileSync(join(dir, "exercise.yaml"), "utf8");
    expect(spec).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/exercise\.schema\.json\n/);
    expect(spec).not.toMatch(/^\s+en:/m);
    const verify = await pytutor(["verify", "tema2_hilos", "--exercises", "ejercicios"], { cwd, env });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain("TODO CORRECTO · 3 comprobaciones");
    const en = await pytutor(["check", "tema2_hilos", join(dir, "starter.py"), "--exercises", "ejercicios", "--lang", "en", "--json"], { cwd, env });
    expect(en.code).toBe(1);
    const doc = JSON.parse(en.stdout) as CheckJson;
    expect(doc.checks.map((c) => [c.id, c.status])).toEqual([["termina", "pass"], ["cinco-lineas", "fail"], ["usa-funcion", "fail"]]);
    expect(en.stderr.match(/this exercise is only in Spanish/g)).toHaveLength(1);
    const list = await pytutor(["list", "--exercises", "ejercicios", "--lang", "en"], { cwd, env });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^17 exercises of «Python Avanzado»:/);
    expect(list.stdout).toContain("\n1 exercise of «ejercicios»:\n");
    expect(list.stdout).toMatch(/tema2_hilos\s+tema2-hilos\s+Cuadrados con una función · basic · tema2_hilos\.py · only in Spanish/);
    const only = await pytutor(["list", "--only-exercises", "ejercicios", "--json"], { cwd, env });
    expect((JSON.parse(only.stdout) as Array<{ id: string; course: string }>).map((e) => [e.id, e.course])).toEqual([["tema2_hilos", "ejercicios"]]);
  });

  test("--exercises adds to the built-in exercises; --only-exercises leaves them out; a catalogo.yaml names the course", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "pytutor-add-"));
    expect((await pytutor(["new", "uno", "--exercises", "curso"], { cwd, env })).code).toBe(0);
    expect((await pytutor(["new", "dos", "--exercises", "curso", "--lang", "en"], { cwd, env })).code).toBe(0);
    writeFileSync(join(cwd, "curso", "catalogo.yaml"), "title:\n  es: Programación 2\n");
    const both = await pytutor(["list", "--exercises", "curso", "--json"], { cwd, env });
    const ids = (JSON.parse(both.stdout) as Array<{ id: string }>).map((e) => e.id);
    expect(ids).toHaveLength(19);
    expect(ids.slice(0, 1)).toEqual(["ejercicio1"]);
    expect(ids.slice(-2)).toEqual(["uno", "dos"]);
    const builtin = await pytutor(["check", "ejercicio1", join(ROOT, "exercises", "ejercicio1", "solution.py"), "--exercises", "curso", "--json"], { cwd, env });
    expect(builtin.code, builtin.stderr).toBe(0);
    const only = await pytutor(["list", "--only-exercises", "curso"], { cwd, env });
    expect(only.stdout).toMatch(/^2 ejercicios de «Programación 2»:/);
    expect(only.stdout).toMatch(/dos\s+dos\s+Squares with a function · básica · dos\.py · solo en inglés/);
    const orders = readFileSync(join(cwd, "curso", "dos", "exercise.yaml"), "utf8").match(/^order: (\d+)$/m)?.[1];
    expect(orders).toBe("2");
    const badTitle = mkdtempSync(join(tmpdir(), "pytutor-badcat-"));
    expect((await pytutor(["new", "tres", "--exercises", badTitle], { cwd, env })).code).toBe(0);
    writeFileSync(join(badTitle, "catalog.yaml"), "titulo: x\n");
    const bad = await pytutor(["list", "--exercises", badTitle], { cwd, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/catalog\.yaml:1 \(campo `titulo`\): campo desconocido: titulo/);
  });

  test("an id found in two folders is exit 2 naming both", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "pytutor-clash-"));
    const mine = join(cwd, "mios");
    expect((await pytutor(["new", "gc", "--only-exercises", mine], { cwd, env })).code).toBe(0);
    // Its alias clashes with nothing, its id with nothing: rename it to a built-in id.
    const file = join(mine, "gc", "exercise.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("id: gc", "id: ejercicio3"));
    const r = await pytutor(["list", "--exercises", mine], { cwd, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`«ejercicio3» está en dos carpetas de ejercicios: ${join(ROOT, "exercises")} (ejercicio3) y ${mine} (ejercicio3)`);
    expect(r.stderr).not.toMatch(STACK);
    expect((await pytutor(["list", "--only-exercises", mine], { cwd, env })).code).toBe(0);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ["a path as the id", ["new", "../fuera"], /«\.\.\/fuera» no es un nombre de ejercicio: no puede llevar rutas/],
    ["a nested path", ["new", "a/b"], /no puede llevar rutas/],
    ["capitals", ["new", "Hilos"], /«Hilos» debe ser un nombre seguro: minúsculas, cifras, «-» y «_»/],
    ["a leading dash", ["new", "--", "-x"], /«-x» debe ser un nombre seguro/],
    ["too long", ["new", "a".repeat(65)], /de 1 a 64 caracteres/],
    ["a built-in exercise's id", ["new", "ejercicio2", "--exercises", "x"], /el nombre ya lo usa otro ejercicio \(«ejercicio2» → .*ejercicio2\/exercise\.yaml\)/],
    ["a built-in exercise's alias", ["new", "gc-ciclos", "--exercises", "x"], /«gc-ciclos» →/],
  ];
  for (const [name, args, message] of bad) {
    test(`new refuses ${name} (exit 2)`, async () => {
      const cwd = mkdtempSync(join(tmpdir(), "pytutor-newbad-"));
      const r = await pytutor(args, { cwd, env });
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(STACK);
      expect(existsSync(join(cwd, "ejercicios")) || existsSync(join(cwd, "x"))).toBe(false);
    });
  }

  test("new never writes over an existing folder", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "pytutor-over-"));
    expect((await pytutor(["new", "propio"], { cwd, env })).code).toBe(0);
    const file = join(cwd, "ejercicios", "propio", "solution.py");
    writeFileSync(file, "print('mío')\n");
    const again = await pytutor(["new", "propio", "--lang", "en"], { cwd, env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; it is not overwritten/);
    expect(readFileSync(file, "utf8")).toBe("print('mío')\n");
  });
});
