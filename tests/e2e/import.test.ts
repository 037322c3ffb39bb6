// `pytutor import`: a course's GitHub Classroom and check50 graders as pytutor
// exercises, run with check, verify and grade on real CPython, keeping the
// original's semantics; what cannot be translated explained; bad files exit 2.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { FIXTURES, pytutor, type CheckJson } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const pythons = testPythons();
const python = pythons.at(-1)?.path ?? "python3";
const oldest = pythons[0]?.path ?? python;
const IMPORT = join(FIXTURES, "import");
const PROGRAMS = join(IMPORT, "programas");
const AUTOGRADING = join(IMPORT, "tarea-suma", ".github", "classroom", "autograding.json");
const WORKFLOW = join(IMPORT, "saludo-io", ".github", "workflows", "classroom.yml");
const CS50 = join(IMPORT, "hola-cs50", ".cs50.yaml");
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);

type Doc = CheckJson & { points: { earned: number; total: number }; cases: Array<{ id: string; verdict: string; input?: string; args: string[] }>; shownCase: string };

async function check(out: string, id: string, program: string, py = python): Promise<{ code: number; doc: Doc }> {
  const r = await pytutor(["check", id, join(PROGRAMS, program), "--exercises", out, "--python", py, "--json"]);
  noTrace(r.stderr);
  return { code: r.code, doc: JSON.parse(r.stdout) as Doc };
}

const statuses = (doc: Doc) => Object.fromEntries(doc.checks.map((c) => [c.id, c.status]));

describe("importing GitHub Classroom's autograding.json", () => {
  let out = "";
  beforeAll(async () => {
    out = join(mkdtempSync(join(tmpdir(), "pytutor-import-")), "mis-ejercicios");
    const r = await pytutor(["import", AUTOGRADING, "--out", out, "--solution", join(PROGRAMS, "suma.py")]);
    expect(r.code, r.stderr).toBe(0);
    // Named after the repository; every untranslatable test said, in Spanish by default.
    expect(r.stdout).toMatch(/^Importado «tarea-suma» de GitHub Classroom \(autograding\.json\) en .*: 4 casos, 10 puntos, archivo del estudiante suma\.py/);
    expect(r.stdout).toContain("No traducido (3;");
    expect(r.stdout).toContain("«Versión en JavaScript»: la orden «node suma.js» no ejecuta un programa de Python");
    expect(r.stdout).toContain("«Con tubería»: la orden «printf '1\\n1\\n' | python3 suma.py» usa el shell");
    expect(r.stdout).toContain("debe tener ya instalado numpy");
  });

  test("the exercise folder: spec, statements, starter, solution and IMPORTADO.md with the notes", () => {
    const dir = join(out, "tarea-suma");
    for (const f of ["exercise.yaml", "enunciado.es.md", "statement.en.md", "starter.py", "solution.py", "IMPORTADO.md"]) expect(existsSync(join(dir, f)), f).toBe(true);
    const note = readFileSync(join(dir, "IMPORTADO.md"), "utf8");
    expect(note).toContain("## Lo que no se tradujo");
    expect(note).toContain("«Versión en JavaScript»");
    expect(note).toContain("«Doble con numpy instalado»: su paso de preparación «sudo -H pip3 install numpy» no se ejecuta");
  });

  test("a correct program passes every case, on the newest and the oldest CPython", async () => {
    for (const py of new Set([python, oldest])) {
      const { code, doc } = await check(out, "tarea-suma", "suma.py", py);
      expect(code).toBe(0);
      expect(doc.verdict).toBe("pass");
      expect(doc.points).toEqual({ earned: 10, total: 10 });
      expect(doc.cases.map((c) => [c.id, c.verdict])).toEqual([
        ["suma-de-2-3", "pass"],
        ["suma-con-negativos", "pass"],
        ["el-formato-la-suma-es-n", "pass"],
        ["doble-con-numpy-instalado", "pass"],
      ]);
      expect(doc.cases[0]?.input).toBe("2\r\n3\r\n");
      expect(doc.cases[3]?.args).toEqual(["--doble"]);
    }
  });

  test("a wrong program fails with the original's points and says what happened", async () => {
    const { code, doc } = await check(out, "tarea-suma", "suma_sin_doble.py");
    expect(code).toBe(1);
    expect(statuses(doc)).toEqual({
      "suma-de-2-3/output": "pass",
      "suma-con-negativos/output": "pass",
      "el-formato-la-suma-es-n/output": "pass",
      "doble-con-numpy-instalado/output": "fail",
    });
    expect(doc.points).toEqual({ earned: 8, total: 10 });
    expect(doc.shownCase).toBe("doble-con-numpy-instalado");
    const failed = doc.checks.find((c) => c.status === "fail") as CheckJson["checks"][number] & { expected: string; actual: string };
    expect(failed.actual).toBe("la línea 1 es «La suma es 3», y se esperaba «La suma es 6»");
    const bad = await check(out, "tarea-suma", "suma_mal.py");
    expect(bad.doc.points.earned).toBe(0);
    expect(bad.doc.checks.find((c) => c.id === "suma-con-negativos/output")?.message).toContain("«suma es 6» no aparece en ninguna línea; la salida fue «Suma: 6»");
  });

  test("a program that crashes after the right output fails, as Classroom's failing command does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-import-crash-"));
    const file = join(dir, "suma.py");
    writeFileSync(file, `${readFileSync(join(PROGRAMS, "suma.py"), "utf8")}raise SystemExit(3)\n`);
    const r = await pytutor(["check", "tarea-suma", file, "--exercises", out, "--python", python, "--json"]);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.verdict).toBe("fail");
    expect(doc.checks[0]?.message).toContain("terminó con código 3");
  });

  test("verify: the solution passes, the starter does not, a variant fails on the check it names", async () => {
    const dir = join(out, "tarea-suma");
    mkdirSync(join(dir, "variants"));
    copyFileSync(join(PROGRAMS, "suma_sin_doble.py"), join(dir, "variants", "sin-doble.py"));
    appendFileSync(join(dir, "exercise.yaml"), "variants:\n  - file: variants/sin-doble.py\n    catches: doble-con-numpy-instalado/output\n    why: { es: Ignora --doble. }\n");
    const r = await pytutor(["verify", "tarea-suma", "--exercises", out, "--python", python]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/TODO CORRECTO/);
  });

  test("grade: a class folder graded with the imported exercise", async () => {
    const top = mkdtempSync(join(tmpdir(), "pytutor-import-class-"));
    for (const [student, program] of [["ana", "suma.py"], ["luis", "suma_sin_doble.py"], ["eva", "suma_mal.py"]] as const) {
      mkdirSync(join(top, "entregas", student), { recursive: true });
      copyFileSync(join(PROGRAMS, program), join(top, "entregas", student, "suma.py"));
    }
    const r = await pytutor(["grade", join(top, "entregas"), "--only-exercises", out, "--out", join(top, "notas"), "--python", python, "--timeout", "10"]);
    noTrace(r.stderr);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(readFileSync(join(top, "notas", "results.json"), "utf8")) as {
      submissions: Array<{ student: string; status: string; points: { earned: number; total: number }; checks: Array<{ id: string; status: string }> }>;
    };
    const by = Object.fromEntries(doc.submissions.map((s) => [s.student, s]));
    expect(by.ana?.status).toBe("pass");
    expect(by.ana?.points).toEqual({ earned: 10, total: 10 });
    expect(by.luis?.points).toEqual({ earned: 8, total: 10 });
    expect(by.luis?.checks.find((c) => c.status === "fail")?.id).toBe("doble-con-numpy-instalado/output");
    expect(by.eva?.points.earned).toBe(0);
  });

  test("an existing exercise folder is never overwritten", async () => {
    const r = await pytutor(["import", AUTOGRADING, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pytutor: ya existe .*tarea-suma; no escribo encima/);
    noTrace(r.stderr);
  });
});

describe("importing a Classroom workflow", () => {
  test("io-grader steps become cases; a pytest step is explained; check and verify work", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pytutor-import-wf-")), "ej");
    const r = await pytutor(["import", WORKFLOW, "--out", out, "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Imported «saludo-io» from GitHub Classroom \(workflow with autograding-io-grader\) into .*: 2 cases, 6 points/);
    expect(r.stdout).toContain("«Pruebas unitarias»: the step uses classroom-resources/autograding-python-grader@v1, which pytutor cannot translate");
    expect(existsSync(join(out, "saludo-io", "IMPORTED.md"))).toBe(true);
    expect((await check(out, "saludo-io", "saludo.py")).doc.verdict).toBe("pass");
    const wrong = await check(out, "saludo-io", "saludo_mal.py");
    expect(statuses(wrong.doc)).toEqual({ "saludo-exacto/output": "fail", "saludo-en-mayusculas/output": "fail" });
    expect(wrong.doc.checks[0]?.message).toContain("la salida se acaba antes: falta la línea 2, «Bienvenida al curso»");
    // Without the teacher's solution verify fails, and says so.
    const v = await pytutor(["verify", "saludo-io", "--exercises", out, "--python", python]);
    expect(v.code).toBe(1);
    copyFileSync(join(PROGRAMS, "saludo.py"), join(out, "saludo-io", "solution.py"));
    const again = await pytutor(["verify", "saludo-io", "--exercises", out, "--python", python]);
    expect(again.code, again.stdout).toBe(0);
  });
});

describe("importing check50's .cs50.yaml", () => {
  test("several runs in one check, list stdin, null stdout and exit codes keep check50's meaning", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pytutor-import-cs50-")), "ej");
    const r = await pytutor(["import", CS50, "--out", out, "--id", "hola", "--solution", join(PROGRAMS, "hola.py")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("«compila»: la orden «gcc -o hola hola.c» no ejecuta un programa de Python (gcc)");
    const good = await check(out, "hola", "hola.py", oldest);
    expect(good.code).toBe(0);
    expect(good.doc.cases.map((c) => c.id)).toEqual(["saluda-1", "saluda-2", "sin-nombres", "grita"]);
    expect(good.doc.cases[1]?.input).toBe("Luis\nEva\n");
    const bad = await check(out, "hola", "hola_mal.py");
    expect(statuses(bad.doc)).toEqual({
      "saluda-1/output": "fail",
      "saluda-1/exit-code": "pass",
      "saluda-2/output": "fail",
      "saluda-2/exit-code": "pass",
      "sin-nombres/output": "fail",
      "sin-nombres/exit-code": "fail",
      "grita/output": "fail",
    });
    const v = await pytutor(["verify", "hola", "--exercises", out, "--python", python]);
    expect(v.code, v.stdout).toBe(0);
  });
});

describe("what cannot be imported exits 2 with a clear message", () => {
  const out = () => join(mkdtempSync(join(tmpdir(), "pytutor-import-bad-")), "ej");

  test("a .cs50.yaml that does not parse names the parser's line", async () => {
    const r = await pytutor(["import", join(IMPORT, "roto-cs50", ".cs50.yaml"), "--out", out()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pytutor: \.cs50\.yaml no es YAML válido \(línea [67]\): /);
    noTrace(r.stderr);
  });

  test("malformed JSON, in English too", async () => {
    const r = await pytutor(["import", join(IMPORT, "json-roto", ".github", "classroom", "autograding.json"), "--out", out(), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pytutor: autograding\.json is not valid JSON \(line \d+\)/);
    noTrace(r.stderr);
  });

  test("nothing translatable: every reason listed", async () => {
    const target = out();
    const r = await pytutor(["import", join(IMPORT, "solo-node", ".github", "classroom", "autograding.json"), "--out", target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nada de");
    expect(r.stderr).toContain("«Compila»: la orden «npm test» no ejecuta un programa de Python (npm)");
    expect(r.stderr).toContain("«Make»: la orden «make check» no ejecuta un programa de Python (make)");
    expect(existsSync(target)).toBe(false);
  });

  test("an unreadable file, and a file of another kind", async () => {
    const missing = await pytutor(["import", join(IMPORT, "no-existe.json"), "--out", out()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^pytutor: no puedo leer .*no-existe\.json/);
    const other = await pytutor(["import", join(IMPORT, "programas", "suma.py"), "--out", out()]);
    expect(other.code).toBe(2);
    noTrace(missing.stderr + other.stderr);
  });
});
