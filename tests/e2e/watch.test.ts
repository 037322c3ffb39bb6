// `pytutor watch` through the built CLI: on a real pseudo-terminal (keys,
// saves by rename-over, a pass that moves on, q and Ctrl-C), and without one
// (plain lines, delete and re-create, a signal to stop), and outside a workspace.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIN, EXERCISES, pytutor } from "../helpers/cli.js";
import { KEY, pty, type PtySession } from "../helpers/pty.js";
import { testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const cacheDir = mkdtempSync(join(tmpdir(), "pytutor-watch-cache-"));
const env = { PYTUTOR_CACHE_DIR: cacheDir, NO_COLOR: "1" };

type StateDoc = { current: string | null; exercises: Record<string, { status: string; hintsUsed: number; attempts: number }> };
const readState = (root: string) => JSON.parse(readFileSync(join(root, ".pytutor", "state.json"), "utf8")) as StateDoc;
const starter = (id: string) => readFileSync(join(EXERCISES, id, "starter.py"), "utf8");
const solution = (id: string) => readFileSync(join(EXERCISES, id, "solution.py"), "utf8");

async function workspace(): Promise<string> {
  const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-watch-"));
  const init = await pytutor(["init"], { cwd: parent, env });
  expect(init.code, init.stderr).toBe(0);
  return join(parent, "pytutor-ejercicios");
}

// Saved as many editors do: a temporary file beside it, renamed over it.
function saveByRename(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(16).slice(2)}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

const verdicts = (text: string) => text.match(/^\d\d:\d\d:\d\d [✓✗?] (SUPERADO|NO SUPERADO|SIN DECIDIR) · \S+/gm) ?? [];

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(text).not.toContain("node:internal");
  expect(text).not.toContain("error interno");
}

// The CLI, then `stty -a` on the same terminal: shows whether it was left sane.
function watchOnTerminal(args: string[], cwd: string, cols = 100): PtySession {
  const script = `"$0" "${BIN}" "$@"; code=$?; echo "stty: $(stty -a | tr '\\n' ' ')"; exit $code`;
  return pty([], { cwd, env, cols, command: ["sh", "-c", script, process.execPath, "watch", ...args, "--python", python] });
}

function expectSaneTerminal(session: PtySession) {
  const stty = /stty: (.*)/.exec(session.text())?.[1] ?? "";
  expect(stty).toMatch(/(^|\s)icanon(\s|$)/);
  expect(stty).toMatch(/(^|\s)echo(\s|$)/);
  expect(stty).toMatch(/(^|\s)isig(\s|$)/);
}

describe.concurrent("watch on a terminal", () => {
  test("a save by rename-over gives one new verdict; h and l answer; the solution passes and it moves on to ejercicio4; q exits 0", async () => {
    const root = await workspace();
    const file = join(root, "ejercicio3.py");
    const s = watchOnTerminal(["ejercicio3"], root);
    try {
      await s.waitFor("Vigilando ejercicio3.py · ejercicio3 (referencias-alias)");
      await s.waitFor("Teclas: h pista · l progreso · r comprobar ya · q salir");
      // The untouched starter is not checked.
      await s.waitFor("ejercicio3.py es todavía la plantilla");
      expect(verdicts(s.text())).toHaveLength(0);

      let at = s.mark();
      saveByRename(file, `${starter("ejercicio3")}\nb = a\nprint("a is b:", a is b)\n`);
      let screen = await s.waitFor(/NO SUPERADO · ejercicio3 · \d+ de 13 puntos/, at);
      await s.waitFor(/Pista: .+/, at);
      // Exactly one check for one save, even after a while.
      await new Promise((done) => setTimeout(done, 700));
      screen = s.text(at);
      expect(verdicts(screen)).toHaveLength(1);
      expect(screen).toMatch(/ {2}✗ .+/);

      at = s.mark();
      await s.press("h");
      await s.waitFor("Pista 1 de 3: En Python una variable es una etiqueta", at);
      await s.waitFor("La siguiente, más concreta: pulsa h otra vez.", at);
      at = s.mark();
      await s.press("l");
      screen = await s.waitFor("Tu progreso en «Python Avanzado»:", at);
      await s.waitFor(/ejercicio3 .*1 intento,/, at);

      at = s.mark();
      saveByRename(file, solution("ejercicio3"));
      screen = await s.waitFor("Vigilando ejercicio4.py · ejercicio4 (conteo-referencias)", at);
      expect(screen).toMatch(/\d\d:\d\d:\d\d ✓ SUPERADO · ejercicio3 · 13 de 13 puntos \(100 %\)/);
      expect(screen).toContain("¡Bien! ejercicio3 superado y anotado. Progreso: 1 de 17 ejercicios superados.");
      expect(screen).toContain("Siguiente: ejercicio4 (conteo-referencias)");
      // Written after the «Vigilando» line, once the new file has been read: wait for it.
      await s.waitFor("ejercicio4.py es todavía la plantilla", at);
      // Now ejercicio4's file is the one watched; ejercicio3's is not.
      at = s.mark();
      saveByRename(file, "print('otra vez')\n");
      saveByRename(join(root, "ejercicio4.py"), "print('hola')\n");
      screen = await s.waitFor(/NO SUPERADO · ejercicio4/, at);
      await new Promise((done) => setTimeout(done, 500));
      expect(verdicts(s.text(at))).toEqual([expect.stringContaining("ejercicio4")]);

      at = s.mark();
      await s.press("q");
      expect(await s.exited).toBe(0);
      expect(s.text(at)).toContain("Dejo de vigilar.");
      expectSaneTerminal(s);
      expectNoStackTrace(s.text());
    } finally {
      s.keep("watch-terminal");
      s.kill();
    }
    const state = readState(root);
    expect(state.current).toBe("ejercicio4");
    expect(state.exercises.ejercicio3).toMatchObject({ status: "done", hintsUsed: 1, attempts: 2 });
    expect(state.exercises.ejercicio4).toMatchObject({ status: "pending", attempts: 1 });
  });

  test("Ctrl-C leaves with 130 and the terminal sane; with no exercise it watches the current one; 30 columns are enough", async () => {
    const root = await workspace();
    expect((await pytutor(["next"], { cwd: root, env })).code).toBe(0);
    expect((await pytutor(["next"], { cwd: root, env })).code).toBe(0);
    writeFileSync(join(root, "ejercicio2.py"), "print('empiezo')\n");
    const s = watchOnTerminal([], root, 30);
    try {
      await s.waitFor("Vigilando ejercicio2.py");
      // Not the starter: checked at once; its lines cut to 40 columns (the least it draws for).
      const screen = await s.waitFor(/Pista: .*\n/);
      expect(screen).toMatch(/NO SUPERADO · ejercicio2/);
      for (const line of screen.slice(screen.indexOf("NO SUPERADO")).split("\n").slice(0, 3)) expect(Array.from(line).length).toBeLessThanOrEqual(40);
      await s.press(KEY.ctrlC);
      expect(await s.exited).toBe(130);
      expect(s.text()).toContain("Interrumpido. ¡Hasta pronto!");
      expectSaneTerminal(s);
      expectNoStackTrace(s.text());
    } finally {
      s.kill();
    }
  });
});

describe.concurrent("watch without a terminal", () => {
  test("plain lines, no escapes; a delete and re-create is noticed; SIGINT ends it with 130", async () => {
    const root = await workspace();
    const file = join(root, "ejercicio1.py");
    const child = spawn(process.execPath, [BIN, "watch", "--python", python], {
      cwd: root,
      env: { ...process.env, ...env, NO_COLOR: "", LANG: "es_ES.UTF-8" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    const exited = new Promise<number | null>((done) => child.on("exit", (code, signal) => done(code ?? (signal ? -1 : null))));
    const until = async (re: RegExp, from: number) => {
      const deadline = Date.now() + 30_000;
      while (!re.test(out.slice(from))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(re)}:\n${out}\n${err}`);
        await new Promise((done) => setTimeout(done, 20));
      }
    };
    try {
      await until(/Para salir, Ctrl-C\./, 0);
      expect(out).toContain("Vigilando ejercicio1.py · ejercicio1 (gc-ciclos)");
      let at = out.length;
      // Written in place this time.
      writeFileSync(file, "import gc\nprint(gc.get_count())\n");
      await until(/NO SUPERADO · ejercicio1/, at);
      at = out.length;
      rmSync(file);
      await until(/ejercicio1\.py ya no está; lo compruebo en cuanto vuelva a aparecer/, at);
      at = out.length;
      writeFileSync(file, "print('de vuelta')\n");
      await until(/NO SUPERADO · ejercicio1/, at);
      // An empty save is explained, not checked.
      at = out.length;
      writeFileSync(file, "");
      await until(/está vacío/, at);
      child.kill("SIGINT");
      expect(await exited).toBe(130);
      expect(out).toContain("Interrumpido. ¡Hasta pronto!");
      expect(out + err).not.toMatch(/\u001b\[/);
      expect(err).toBe("");
      expectNoStackTrace(out);
    } finally {
      child.kill("SIGKILL");
    }
    expect(readState(root).exercises.ejercicio1).toMatchObject({ status: "pending", attempts: 2 });
  });

  test("outside a workspace: exit 2 with a message", async () => {
    const outside = mkdtempSync(join(tmpdir(), "pytutor-e2e-watch-out-"));
    const r = await pytutor(["watch"], { cwd: outside, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("`pytutor watch` necesita un espacio de trabajo");
    expectNoStackTrace(r.stderr);
    const en = await pytutor(["watch", "ejercicio1", "--lang", "en"], { cwd: outside, env });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("`pytutor watch` needs a workspace");
  });

  test("an unknown exercise: exit 2 before watching", async () => {
    const root = await workspace();
    const r = await pytutor(["watch", "ejercicio99"], { cwd: root, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no existe el ejercicio «ejercicio99»");
  });

  test("an exercise passed before stays watched when it passes again", async () => {
    const root = await workspace();
    copyFileSync(join(EXERCISES, "ejercicio3", "solution.py"), join(root, "ejercicio3.py"));
    expect((await pytutor(["check", "ejercicio3", "--python", python], { cwd: root, env })).code).toBe(0);
    const child = spawn(process.execPath, [BIN, "watch", "ejercicio3", "--python", python], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!out.includes("Ya lo tenías superado") && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
      expect(out).toMatch(/✓ SUPERADO · ejercicio3/);
      expect(out).toContain("Ya lo tenías superado; sigo vigilando ejercicio3.py.");
      expect(out).not.toContain("Siguiente:");
      child.kill("SIGTERM");
      expect(await exited).toBe(143);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
