// The translators of `pytutor import`: GitHub Classroom's autograding.json and
// workflow, check50's .cs50.yaml, and the `output` check they rely on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { fromAutogradingJson, fromWorkflow } from "../../src/import/classroom.js";
import { fromCheck50 } from "../../src/import/check50.js";
import { decodeEntities, pythonRun, splitCommand } from "../../src/import/common.js";
import { ImportError } from "../../src/import/model.js";
import { firstDifferingLine, normalizeOutput } from "../../src/grade/whole-output.js";
import { FIXTURES } from "../helpers/cli.js";

const fixture = (...parts: string[]) => readFileSync(join(FIXTURES, "import", ...parts), "utf8");

describe("GitHub Classroom's autograding.json", () => {
  const plan = fromAutogradingJson(JSON.parse(fixture("tarea-suma", ".github", "classroom", "autograding.json")));

  test("each Python test is a case with its input, arguments, minutes in seconds and points", () => {
    expect(plan.source).toBe("classroom");
    expect(plan.file).toBe("suma.py");
    expect(plan.cases.map((c) => c.id)).toEqual(["suma-de-2-3", "suma-con-negativos", "el-formato-la-suma-es-n", "doble-con-numpy-instalado"]);
    const [exact, missing, regex, doble] = plan.cases;
    expect(exact?.input).toBe("2\r\n3\r\n");
    expect(exact?.timeoutSeconds).toBe(60);
    expect(regex?.timeoutSeconds).toBe(30);
    expect(doble?.args).toEqual(["--doble"]);
    expect(exact?.checks[0]).toMatchObject({ type: "output", equals: "La suma es 5\r\n", normalize: "trim", exitCode: 0, points: 5 });
    // A missing comparison is Classroom's default, `included`; `points: null` is 0.
    expect(missing?.checks[0]).toMatchObject({ type: "output", contains: "suma es 6", points: 0 });
    expect(regex?.checks[0]).toMatchObject({ type: "output", regex: "^La suma es -?\\d+$", points: 3 });
  });

  test("names lose their HTML entities", () => {
    expect(plan.cases[0]?.name).toBe("Suma de 2 & 3");
    expect(plan.cases[2]?.title.es).toBe("El formato: 'La suma es N'");
    expect(decodeEntities("a &amp; b &#39;c&#39; &#x27;d&#x27; &lt;e&gt; &bogus;")).toBe("a & b 'c' 'd' <e> &bogus;");
  });

  test("a setup step, a non-Python run and a shell pipe are explained, never dropped", () => {
    const texts = plan.notes.map((n) => `${n.test}: ${n.text.en}`);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^Doble con numpy instalado: its setup step «sudo -H pip3 install numpy» is not run.*numpy installed/);
    expect(texts[1]).toMatch(/^Versión en JavaScript: the command «node suma.js» does not run a Python program/);
    expect(texts[2]).toMatch(/^Con tubería: .*uses the shell \(«\|»/);
  });

  test("what is not a list of tests is an ImportError; a bad field leaves its test out with a note", () => {
    expect(() => fromAutogradingJson({ tests: 3 })).toThrow(ImportError);
    expect(() => fromAutogradingJson([])).toThrow(ImportError);
    const odd = fromAutogradingJson({ tests: [{ name: "x", run: "python3 a.py", comparison: "fuzzy" }, { name: "y", run: "python3 a.py", timeout: "soon" }] });
    expect(odd.cases).toEqual([]);
    expect(odd.notes.map((n) => n.text.en)).toEqual([expect.stringContaining("«comparison»"), expect.stringContaining("«timeout»")]);
  });

  test("a timeout over pytutor's maximum is capped, with a note", () => {
    const long = fromAutogradingJson({ tests: [{ name: "largo", run: "python3 a.py", output: "x", timeout: 30 }] });
    expect(long.cases[0]?.timeoutSeconds).toBe(600);
    expect(long.notes[0]?.text.en).toMatch(/30 min limit becomes 10 min/);
    // No timeout at all: Classroom's default, 10 minutes.
    expect(fromAutogradingJson({ tests: [{ name: "n", run: "python3 a.py" }] }).cases[0]?.timeoutSeconds).toBe(600);
  });
});

describe("a Classroom workflow with autograding-io-grader", () => {
  const plan = fromWorkflow(parse(fixture("saludo-io", ".github", "workflows", "classroom.yml")));

  test("each io-grader step is a case; contains is Classroom's included", () => {
    expect(plan.source).toBe("workflow");
    expect(plan.file).toBe("saludo.py");
    expect(plan.cases.map((c) => [c.id, c.input, c.args, c.timeoutSeconds])).toEqual([
      ["saludo-exacto", "Ana", [], 60],
      ["saludo-en-mayusculas", "Luis", ["--grita"], 60],
    ]);
    expect(plan.cases[0]?.checks[0]).toMatchObject({ equals: "Hola, Ana\nBienvenida al curso\n", points: 4 });
    expect(plan.cases[1]?.checks[0]).toMatchObject({ contains: "HOLA, LUIS", points: 2 });
  });

  test("setup-python, a pytest grader and a setup command are explained", () => {
    const texts = plan.notes.map((n) => n.text.en);
    expect(texts.some((t) => /sets up Python 3\.12/.test(t))).toBe(true);
    expect(texts.some((t) => /autograding-python-grader@v1, which pytutor cannot translate/.test(t))).toBe(true);
    expect(texts.some((t) => /pip install colorama/.test(t))).toBe(true);
  });

  test("a workflow without graders is an ImportError", () => {
    expect(() => fromWorkflow({ jobs: { a: { steps: [{ uses: "actions/checkout@v4" }] } } })).toThrow(ImportError);
  });
});

describe("check50's .cs50.yaml", () => {
  const plan = fromCheck50(parse(fixture("hola-cs50", ".cs50.yaml")));

  test("several runs in one check are several cases; lists are joined with newlines", () => {
    expect(plan.source).toBe("check50");
    expect(plan.file).toBe("hola.py");
    expect(plan.cases.map((c) => c.id)).toEqual(["saluda-1", "saluda-2", "sin-nombres", "grita"]);
    const [one, two, none, shout] = plan.cases;
    expect(one?.input).toBe("Ana\n");
    expect(two?.input).toBe("Luis\nEva\n");
    expect(two?.checks[0]).toMatchObject({ type: "output", contains: "Hola, Luis\nHola, Eva", normalize: "newlines" });
    // A YAML null `stdout:` expects nothing; the exit code is a check of its own.
    expect(none?.input).toBeUndefined();
    expect(none?.checks).toEqual([expect.objectContaining({ contains: "Nadie a quien saludar" }), expect.objectContaining({ type: "exit-code", expect: 1 })]);
    // Two stdout records: each after the previous one.
    expect(shout?.args).toEqual(["--grita"]);
    expect(shout?.checks[0]).toMatchObject({ contains: ["HOLA, ANA", "ADIÓS"] });
  });

  test("a run that is not Python is explained", () => {
    expect(plan.notes.map((n) => [n.test, n.text.en])).toEqual([["compila", expect.stringContaining("«gcc -o hola hola.c» does not run a Python program")]]);
  });

  test("a record before any run, and a file without checks", () => {
    const odd = fromCheck50({ check50: { checks: { a: [{ stdout: "x" }, { run: "python3 a.py" }, { stdout: "y" }] } } });
    expect(odd.cases).toHaveLength(1);
    expect(odd.notes[0]?.text.en).toMatch(/before any «run»/);
    expect(() => fromCheck50({ check50: true })).toThrow(ImportError);
  });
});

describe("commands", () => {
  test("split like a shell, and refused when they need one", () => {
    expect(splitCommand(`python3 "mi programa.py" 'a b' c\\ d`)).toEqual({ words: ["python3", "mi programa.py", "a b", "c d"] });
    expect(splitCommand("python3 a.py > out.txt")).toEqual({ shell: ">" });
    expect(splitCommand("cd src && python3 a.py")).toEqual({ shell: "&&" });
    expect(splitCommand("python3 a.py $HOME")).toEqual({ shell: "$" });
  });

  test("a Python program: its file and arguments", () => {
    expect(pythonRun("python -u src/main.py 1 2")).toEqual({ file: "main.py", path: "src/main.py", args: ["1", "2"] });
    expect(pythonRun("python3 -m pytest")).toMatchObject({ text: { en: expect.stringContaining("runs a module with -m") } });
    expect(pythonRun("make test")).toMatchObject({ text: { en: expect.stringContaining("does not run a Python program (make)") } });
  });
});

describe("the output check's normalisation and differences", () => {
  test("trim: CRLF to LF and both ends, as Classroom; newlines: CRLF only", () => {
    expect(normalizeOutput("\r\n  Hola\r\nAdiós  \r\n", "trim")).toBe("Hola\nAdiós");
    expect(normalizeOutput("Hola\r\n", "newlines")).toBe("Hola\n");
  });

  test("the first differing line, and a side that has none", () => {
    expect(firstDifferingLine("a\nb\nc", "a\nx\nc")).toEqual({ line: 2, got: "b", want: "x" });
    expect(firstDifferingLine("a", "a\nb")).toEqual({ line: 2, want: "b" });
    expect(firstDifferingLine("a\nb", "a")).toEqual({ line: 2, got: "b" });
    expect(firstDifferingLine("a", "a")).toBeUndefined();
  });
});
