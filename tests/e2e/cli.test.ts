// The built CLI against bad input and odd programs, on a real CPython.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIN, checkJson, EXERCISES, FIXTURES, pytutor } from "../helpers/cli.js";
import { oldPython, testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const programs = join(FIXTURES, "programs");
const program = (name: string) => join(programs, name);

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(text).not.toContain("node:internal");
}

describe.concurrent("commands", () => {
  test("--help lists every command, in Spanish by default and English with --lang en", async () => {
    const es = await pytutor(["--help"]);
    expect(es.code).toBe(0);
    for (const command of ["check", "list", "show", "hint", "doctor", "schema"]) expect(es.stdout).toContain(command);
    expect(es.stdout).toContain("comprueba tu solución");
    const en = await pytutor(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("check your solution");
    expect(en.stdout).toContain("Usage: pytutor [options] [command]");
  });

  test("the help is wholly in Spanish, for every command, with commander's own words too", async () => {
    const commands = ["", "check", "verify", "grade", "merge", "list", "show", "hint", "init", "next", "watch", "solution", "reset", "doctor", "schema", "help"];
    const helps = await Promise.all(commands.map((command) => pytutor(command ? [command, "--help"] : ["--help"])));
    for (const [i, command] of commands.entries()) {
      const r = helps[i] as Awaited<ReturnType<typeof pytutor>>;
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/^Uso: pytutor/);
      for (const english of ["Usage", "Options:", "Arguments:", "Commands:", "display help", "[options]", "[command]", "<exercise>", "[exercise]", "<folder>", "choices:", "default:", "output the version"]) {
        expect(r.stdout, `pytutor ${command} --help`).not.toContain(english);
      }
    }
    const grade = await pytutor(["grade", "--help"]);
    expect(grade.stdout).toContain("Uso: pytutor grade [opciones] <carpeta>");
    expect(grade.stdout).toMatch(/--feedback <nivel>\s+cuánto ven los estudiantes de lo esperado \(valores:\s+"full", "summary", "hidden", por defecto:\s+"summary"\)/);
    const root = await pytutor(["--help"]);
    expect(root.stdout).toContain("-h, --help");
    expect(root.stdout).toContain("muestra esta ayuda");
    expect(root.stdout).toContain("help [orden]");
    // 80 columns: descriptions wrap beside the widest command term.
    expect(Math.max(...root.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  test("counts agree with their nouns: one exercise is «1 ejercicio», not «1 ejercicios»", async () => {
    const one = join(FIXTURES, "specs", "verify-broken");
    const [es, en, verify] = await Promise.all([
      pytutor(["list", "--only-exercises", one]),
      pytutor(["list", "--only-exercises", one, "--lang", "en"]),
      pytutor(["verify", "--only-exercises", one, "--python", python, "--only-files", "variants/pasa"]),
    ]);
    expect(es.stdout).toMatch(/^1 ejercicio de «verify-broken»:/);
    expect(en.stdout).toMatch(/^1 exercise of «verify-broken»:/);
    expect(verify.stdout).toMatch(/\n1 PROBLEMA \(0 inestables\) · /);
    for (const r of [es, en, verify]) expect(r.stdout).not.toMatch(/\((s|es)\)|\(S\)/);
  });

  test("no arguments prints help and exits 0", async () => {
    const r = await pytutor([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Uso: pytutor");
  });

  test("list shows both exercises; --json is one document", async () => {
    const r = await pytutor(["list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ejercicio1\s+gc-ciclos/);
    expect(r.stdout).toMatch(/ejercicio2\s+descargas-hilos/);
    const j = await pytutor(["list", "--json", "--lang", "en"]);
    const doc = JSON.parse(j.stdout) as Array<{ id: string; title: string }>;
    expect(doc.map((e) => e.id).slice(0, 2)).toEqual(["ejercicio1", "ejercicio2"]);
    expect(doc[0]?.title).toBe("Reference cycles and the garbage collector");
  });

  test("show renders the statement by id or alias, in either language", async () => {
    const es = await pytutor(["show", "gc-ciclos"]);
    expect(es.code).toBe(0);
    expect(es.stdout).toContain("gc.collect()");
    expect(es.stdout).toContain("memory_profiler");
    expect(es.stdout).not.toContain("```");
    const en = await pytutor(["show", "ejercicio2", "--lang", "en"]);
    expect(en.stdout).toMatch(/thread/i);
  });

  test("hint gives hints in order and refuses one that does not exist", async () => {
    const first = await pytutor(["hint", "ejercicio1"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Pista 1 de 3");
    expect(first.stdout).toContain("pytutor hint ejercicio1 2");
    const all = await pytutor(["hint", "ejercicio2", "--all", "--lang", "en"]);
    expect(all.stdout).toContain("Hint 3 of 3");
    const bad = await pytutor(["hint", "ejercicio1", "9"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("hay de la 1 a la 3");
  });

  test("a broken spec elsewhere does not stop checking a valid exercise", async () => {
    const dir = join(FIXTURES, "specs", "half-broken");
    const ok = await pytutor(["check", "ejercicio1", join(dir, "ejercicio1", "s.py"), "--only-exercises", dir, "--python", python]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/aviso: otros ejercicios tienen problemas en su spec .*ejercicio2/);
    const broken = await pytutor(["check", "ejercicio2", join(dir, "ejercicio1", "s.py"), "--only-exercises", dir, "--python", python]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("YAML inválido");
  });

  test("the validated-catalogue cache notices an edited spec", async () => {
    const { cpSync, readFileSync: read, writeFileSync: write } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "pytutor-cat-"));
    cpSync(join(FIXTURES, "specs", "verify-broken"), dir, { recursive: true });
    const cacheDir = mkdtempSync(join(tmpdir(), "pytutor-cache-"));
    const env = { PYTUTOR_CACHE_DIR: cacheDir };
    expect((await pytutor(["list", "--only-exercises", dir], { env })).code).toBe(0);
    expect((await pytutor(["list", "--only-exercises", dir], { env })).code).toBe(0);
    const spec = join(dir, "ejercicio1", "exercise.yaml");
    write(spec, read(spec, "utf8").replace("alias: roto", "alias: Roto"));
    const after = await pytutor(["list", "--only-exercises", dir], { env });
    expect(after.code).toBe(2);
    expect(after.stderr).toContain("kebab-case");
  });

  test("doctor shows the interpreter it chose and why", async () => {
    const r = await pytutor(["doctor", "--python", python]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/CPython 3\.\d+\.\d+/);
    expect(r.stdout).toContain("--python");
    expect(r.stdout).toMatch(/ejercicios válidos/);
  });

  test("schema prints a JSON Schema that describes checks", async () => {
    const r = await pytutor(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["id", "alias", "checks", "variants"]));
  });
});

// The reader of a pipe that leaves before pytutor has printed everything
// (`pytutor schema | head -1`): no EPIPE stack trace, and the command's own
// exit code (a failed check stays 1).
describe.concurrent("a pipe closed early by its reader", () => {
  const entregas = join(mkdtempSync(join(tmpdir(), "pytutor-epipe-")), "entregas");
  mkdirSync(join(entregas, "ana"), { recursive: true });
  copyFileSync(join(EXERCISES, "ejercicio7", "solution.py"), join(entregas, "ana", "ejercicio7.py"));
  const cases: Array<[string[], number]> = [
    [["--help"], 0],
    [["schema"], 0],
    [["show", "ejercicio1"], 0],
    [["hint", "ejercicio2", "--all"], 0],
    [["list", "--json"], 0],
    [["doctor", "--python", python], 0],
    [["check", "ejercicio1", join(EXERCISES, "ejercicio1", "starter.py"), "--python", python], 1],
    [["verify", "ejercicio7", "--python", python, "--only-files", "solution"], 0],
    [["grade", entregas, "--python", python, "--json"], 0],
    [["new", "cerrado-pronto", "--only-exercises", join(dirname(entregas), "propios")], 0],
    [["import", join(FIXTURES, "import", "tarea-suma", ".github", "classroom", "autograding.json"), "--out", join(dirname(entregas), "importados")], 0],
  ];
  for (const [args, code] of cases) {
    test(`pytutor ${args[0]} | (reader gone)`, async () => {
      // `exec 0<&-` closes the reader's end at once; pytutor writes later.
      const script = `"$0" "$@" | { exec 0<&-; sleep 0.05; }; echo "exit=\${PIPESTATUS[0]}" >&2`;
      const r = await new Promise<{ stderr: string }>((done) => {
        execFile("bash", ["-c", script, process.execPath, BIN, ...args], { env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8" }, (_e, _o, stderr) =>
          done({ stderr }),
        );
      });
      expect(r.stderr).toContain(`exit=${code}`);
      expect(r.stderr).not.toContain("EPIPE");
      expectNoStackTrace(r.stderr);
    });
  }
});

describe.concurrent("bad input: a clear message, exit 2, no stack trace", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["unknown exercise", ["check", "ejercicio99", program("noop.py")], /no existe el ejercicio «ejercicio99»/],
    ["missing file", ["check", "ejercicio1", "no-existe.py"], /no existe el archivo «no-existe.py»/],
    ["a directory", ["check", "ejercicio1", programs], /es una carpeta/],
    ["an empty file", ["check", "ejercicio1", program("empty.py")], /está vacío/],
    ["a blank file", ["check", "ejercicio1", program("blank.py")], /está vacío/],
    ["non-UTF-8 source", ["check", "ejercicio1", program("latin1-no-cookie.py")], /no está guardado en UTF-8/],
    ["an unknown option", ["check", "ejercicio1", "--frobnicate"], /opción desconocida/],
    ["an unknown command", ["frobnicate"], /orden desconocida/],
    ["a bad --timeout", ["check", "ejercicio1", program("noop.py"), "--timeout", "nunca"], /--timeout necesita un número/],
    ["a bad --lang", ["list", "--lang", "fr"], /la opción --lang no admite «fr»; puede ser: es, en/],
    ["an invalid spec", ["list", "--only-exercises", join(FIXTURES, "specs", "invalid")], /exercise\.yaml:19 \(campo `checks\[0\]\.match`\)/],
    ["broken YAML", ["list", "--only-exercises", join(FIXTURES, "specs", "bad-yaml")], /exercise\.yaml:2: YAML inválido/],
    ["duplicate ids", ["list", "--only-exercises", join(FIXTURES, "specs", "duplicate")], /«ejercicio1» ya lo usa/],
    ["a folder without a spec", ["list", "--only-exercises", join(FIXTURES, "specs", "no-spec")], /falta exercise\.yaml/],
    ["a catalogue folder with no exercise", ["list", "--only-exercises", mkdtempSync(join(tmpdir(), "pytutor-nocat-"))], /no hay ningún ejercicio en/],
    ["a missing interpreter", ["check", "ejercicio1", program("noop.py"), "--python", "/no/such/python3"], /no encuentro CPython 3\.8/],
  ];
  for (const [name, args, message] of cases) {
    test(name, async () => {
      const r = await pytutor(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expectNoStackTrace(r.stderr);
      expect(r.stdout).toBe("");
    });
  }

  test("no CPython on PATH at all", async () => {
    const r = await pytutor(["check", "ejercicio1", program("noop.py")], { env: { PATH: "/nonexistent", PYTUTOR_PYTHON: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no encuentro CPython 3.8 o más nuevo");
    expect(r.stderr).toContain("python3: no está en el PATH");
    expect(r.stderr).not.toContain("not on PATH");
    const en = await pytutor(["check", "ejercicio1", program("noop.py"), "--lang", "en"], { env: { PATH: "/nonexistent", PYTUTOR_PYTHON: "" } });
    expect(en.stderr).toContain("python3: not on PATH");
    expect(en.stderr).not.toContain("no está");
  });

  test("a --python that is not there, or not a program, says which, in one language", async () => {
    const gone = await pytutor(["check", "ejercicio1", program("noop.py"), "--python", "/no/such/python3"]);
    expect(gone.stderr).toContain("/no/such/python3: no existe");
    expect(gone.stderr).not.toMatch(/PATH|does not exist/);
    const folder = await pytutor(["check", "ejercicio1", program("noop.py"), "--python", programs, "--lang", "en"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${programs}: is a folder, not a program`);
    expect(folder.stderr).not.toContain("carpeta");
  });

  const old = oldPython();
  test.skipIf(!old)("an interpreter older than 3.8 (when one is installed)", async () => {
    const r = await pytutor(["check", "ejercicio1", program("noop.py"), "--python", old ?? "", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Python 3\.[0-7]\.\d+ .*needs CPython 3\.8 or newer/);
  });

  test("the English message with --lang en", async () => {
    const r = await pytutor(["check", "ejercicio1", program("empty.py"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is empty");
  });
});

describe.concurrent("programs that misbehave get a verdict that explains", () => {
  test("a syntax error fails with the error shown", async () => {
    const { result, doc } = await checkJson("ejercicio1", program("syntax-error.py"), python);
    expect(result.code).toBe(1);
    expect(doc.passed).toBe(false);
    expect(doc.notes.map((n) => n.kind)).toContain("crash");
    expect(doc.notes.find((n) => n.kind === "crash")?.message).toContain("SyntaxError");
  });

  test("a crash after the right output: output checks pass, the exit check fails, the traceback is shown", async () => {
    const r = await pytutor(["check", "ejercicio1", program("crash-after-output.py"), "--python", python]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ El programa termina sin errores");
    expect(r.stdout).toContain("✓ gc.collect() libera los dos objetos del ciclo");
    expect(r.stdout).toContain("RuntimeError: se rompió al final");
    expect(r.stdout).toContain(programs);
    expect(r.stdout).not.toContain("pytutor-run-");
  });

  test("a program that hangs is stopped, keeps its output, and shows where it was", async () => {
    const started = Date.now();
    const r = await pytutor(["check", "ejercicio1", program("hang.py"), "--python", python, "--timeout", "1.5"]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("empiezo");
    expect(r.stdout).toContain("no terminó en 1.5 s");
    expect(r.stdout).toMatch(/Dónde estaba cada hilo[\s\S]*hang\.py/);
  });

  test("Ctrl-C on pytutor ends the learner's program too", async () => {
    const { spawn, execFileSync } = await import("node:child_process");
    const { BIN } = await import("../helpers/cli.js");
    const name = `hang-${process.pid}-${Date.now()}.py`;
    const dir = mkdtempSync(join(tmpdir(), "pytutor-sigint-"));
    copyFileSync(program("hang.py"), join(dir, name));
    const child = spawn(process.execPath, [BIN, "check", "ejercicio1", join(dir, name), "--python", python, "--timeout", "60"], {
      stdio: "ignore",
      env: { ...process.env, NO_COLOR: "1" },
    });
    const running = () => {
      try {
        return execFileSync("pgrep", ["-f", `pytutor-run-.*${name}`], { encoding: "utf8" }).trim();
      } catch {
        return "";
      }
    };
    for (let i = 0; i < 50 && running() === ""; i++) await new Promise((r) => setTimeout(r, 100));
    expect(running()).not.toBe("");
    const code = await new Promise<number | null>((done) => {
      child.on("exit", (c) => done(c));
      child.kill("SIGINT");
    });
    expect(code).toBe(130);
    await new Promise((r) => setTimeout(r, 200));
    expect(running()).toBe("");
  });

  test("a program that floods stdout is stopped at the output limit", async () => {
    const started = Date.now();
    const { result, doc } = await checkJson("ejercicio1", program("flood.py"), python);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(1);
    expect(doc.run.outputCapped).toBe(true);
    expect(doc.notes.map((n) => n.kind)).toContain("output-capped");
  });

  test("a program waiting on input() is told that no input is given", async () => {
    const { result, doc } = await checkJson("ejercicio1", program("wants-input.py"), python, ["--lang", "en"]);
    expect(result.code).toBe(1);
    expect(doc.notes.find((n) => n.kind === "waiting-input")?.message).toContain("input()");
  });

  test("non-UTF-8 output and a missing final newline are shown, not fatal", async () => {
    const { doc } = await checkJson("ejercicio1", program("binary-output.py"), python);
    expect(doc.output.map((l) => l.text)).toContain("después");
    expect(doc.notes.map((n) => n.kind)).toContain("invalid-utf8");
    const nl = await pytutor(["check", "ejercicio1", program("no-final-newline.py"), "--python", python]);
    expect(nl.stdout).toContain("sin salto de línea final");
  });

  test("a source file with a coding cookie is accepted", async () => {
    const { doc } = await checkJson("ejercicio1", program("latin1-with-cookie.py"), python);
    expect(doc.output[0]?.text).toBe("café");
    expect(doc.run.cpuMs).toBeGreaterThan(0);
    expect(doc.run.wallMs).toBeGreaterThanOrEqual(doc.run.cpuMs ?? 0);
  });

  test("an exception in a thread is reported with the thread's name", async () => {
    const { doc } = await checkJson("ejercicio1", program("thread-crash.py"), python);
    expect(doc.notes.find((n) => n.kind === "crash")?.message).toMatch(/hilo Thread-1.*ValueError: fallo en el hilo/);
  });

  test("multiprocessing with the spawn start method finds __main__", async () => {
    const { doc } = await checkJson("ejercicio1", program("spawn-children.py"), python);
    expect(doc.output.map((l) => l.text)).toContain("[1, 4, 9]");
    expect(doc.run.exitCode).toBe(0);
  });

  test("print from many threads comes out one whole line per call", async () => {
    const { doc } = await checkJson("ejercicio2", program("print-storm.py"), python);
    expect(doc.output).toHaveLength(8 * 300);
    for (const line of doc.output) expect(line.text).toMatch(/^hilo \d línea \d+$/);
  });

  test("output two threads wrote into one line is known exactly: each writer's line is whole, the mixing is explained, no re-run", async () => {
    const { doc } = await checkJson("ejercicio2", program("merged-writes.py"), python);
    const starts = doc.output.filter((l) => l.text.startsWith("Iniciando"));
    expect(starts.map((l) => l.text).sort()).toEqual(["Iniciando descarga de Archivo 1", "Iniciando descarga de Archivo 2", "Iniciando descarga de Archivo 3"]);
    expect(new Set(starts.map((l) => l.writer?.thread)).size).toBe(3);
    expect(starts.filter((l) => l.mixed).length).toBeGreaterThanOrEqual(2);
    const note = doc.notes.find((n) => n.kind === "interleaved");
    expect(note?.message).toContain("otro hilo escribió en medio de estas líneas");
    expect(doc.run.attempts).toBe(1);
  });

  test("lines no writer mixed are never called mixed, even when their first characters repeat", async () => {
    // Under a Lock no thread can write inside another's line. (Without one,
    // as in print-storm.py, threads really can mix: that is the note's job.)
    const { doc } = await checkJson("ejercicio2", program("print-storm-locked.py"), python);
    expect(doc.output).toHaveLength(8 * 300);
    expect(doc.notes.map((n) => n.kind)).not.toContain("interleaved");
    expect(doc.output.some((l) => l.mixed)).toBe(false);
  });

  test("with no file, check looks for the exercise's file in the working directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-cwd-"));
    const none = await pytutor(["check", "ejercicio1", "--python", python], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no encuentro «ejercicio1.py»");
    copyFileSync(join(EXERCISES, "ejercicio1", "solution.py"), join(dir, "ejercicio1.py"));
    const found = await pytutor(["check", "ejercicio1", "--python", python], { cwd: dir });
    expect(found.code).toBe(0);
    expect(found.stdout).toContain("SUPERADO");
  });

  test("the learner's sibling modules are importable and their files are untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-sib-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "ayuda.py"), "MENSAJE = 'desde el módulo vecino'\n");
    writeFileSync(join(dir, "main.py"), "import ayuda\nprint(ayuda.MENSAJE)\nopen('ayuda.py', 'w').write('roto')\n");
    const { doc } = await checkJson("ejercicio1", join(dir, "main.py"), python);
    expect(doc.output[0]?.text).toBe("desde el módulo vecino");
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(join(dir, "ayuda.py"), "utf8")).toContain("desde el módulo vecino");
  });
});
