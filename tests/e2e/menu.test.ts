// `pytutor` alone: the interactive menu, driven on a real pseudo-terminal
// (tests/helpers/pty-drive.py) as a learner would, through the built CLI; and
// the help it prints instead without a terminal or on CI.
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIN, EXERCISES, pytutor } from "../helpers/cli.js";
import { KEY, pty, type PtySession } from "../helpers/pty.js";
import { testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const cacheDir = mkdtempSync(join(tmpdir(), "pytutor-menu-cache-"));
const env = { PYTUTOR_CACHE_DIR: cacheDir, NO_COLOR: "1" };

type StateDoc = { current: string | null; exercises: Record<string, { status: string; hintsUsed: number; attempts: number }> };
const readState = (root: string) => JSON.parse(readFileSync(join(root, ".pytutor", "state.json"), "utf8")) as StateDoc;

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(text).not.toContain("node:internal");
  expect(text).not.toContain("ExitPromptError");
  expect(text).not.toContain("error interno");
}

// The CLI, then `stty -a` on the same terminal: shows whether it was left sane.
function withStty(args: string[], cwd: string, extra: { cols?: number; env?: NodeJS.ProcessEnv } = {}): PtySession {
  const script = `"$0" "${BIN}" "$@"; code=$?; echo "stty: $(stty -a | tr '\\n' ' ')"; exit $code`;
  return pty([], { cwd, env: { ...env, ...extra.env }, ...(extra.cols ? { cols: extra.cols } : {}), command: ["sh", "-c", script, process.execPath, ...args] });
}

function expectSaneTerminal(session: PtySession) {
  const stty = /stty: (.*)/.exec(session.text())?.[1] ?? "";
  expect(stty).toMatch(/(^|\s)icanon(\s|$)/);
  expect(stty).toMatch(/(^|\s)echo(\s|$)/);
  expect(stty).toMatch(/(^|\s)isig(\s|$)/);
  // The cursor is shown again after the last time it was hidden.
  const hidden = session.raw.lastIndexOf("\u001b[?25l");
  expect(session.raw.indexOf("\u001b[?25h", hidden)).toBeGreaterThan(hidden);
}

// A menu item is active when the pointer is on it.
const active = (text: string) => new RegExp(`❯ [^\\n]*${text}`);

describe.concurrent("the menu on a terminal", () => {
  test("a learner's journey: create the workspace, open ejercicio3, read, check, hint, pass, see the solution, next, quit", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-menu-"));
    const root = join(parent, "pytutor-ejercicios");
    const s = withStty(["--python", python], parent);
    try {
      // Outside a workspace: create one, in the default folder.
      await s.waitFor("No estás en un espacio de trabajo");
      await s.waitFor(active("Crear mi espacio de trabajo"));
      let at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("¿En qué carpeta lo creo? (pytutor-ejercicios)", at);
      at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("Espacio de trabajo creado en", at);
      // The workspace's menu: the bar, each exercise with its status, the actions.
      await s.waitFor("Elige un ejercicio o una acción:", at);
      let screen = await s.waitFor("Salir", at);
      expect(screen).toMatch(/░{24} 0\/17 · 0 %/);
      expect(screen).toMatch(/▶ ejercicio1 +Ciclos de referencias/);
      expect(screen).toMatch(/· ejercicio3 +Referencias, alias y copias/);
      expect(screen).toContain("Siguiente ejercicio (pytutor next)");
      expect(screen).toContain("Vigilar ejercicio1.py mientras lo editas (pytutor watch)");
      expect(existsSync(join(root, ".pytutor", "state.json"))).toBe(true);

      // Choose ejercicio3 (its number), then read its statement.
      at = s.mark();
      await s.press("3");
      await s.waitFor(active("ejercicio3"), at);
      at = s.mark();
      await s.press(KEY.enter);
      screen = await s.waitFor(active("Leer el enunciado"), at);
      expect(screen).toContain("ejercicio3 · Referencias, alias y copias · básica · sin intentos todavía");
      expect(screen).toContain("- Solución de referencia (supéralo primero: se enseña cuando tu solución pasa)");
      at = s.mark();
      await s.press(KEY.enter);
      screen = await s.waitFor(active("Comprobar mi solución \\(ejercicio3.py\\)"), at);
      expect(screen).toContain("Ejercicio 3: referencias, alias y copias");
      expect(screen).toContain("Lo que tiene que hacer tu programa");

      // Check the starter: it fails, and the attempt is recorded.
      at = s.mark();
      await s.press(KEY.enter);
      screen = await s.waitFor("Intento 1 de ejercicio3, anotado en tu espacio de trabajo", at);
      expect(screen).toContain("NO SUPERADO");
      screen = await s.waitFor(active("Comprobar mi solución"), at);
      expect(screen).toContain("1 intento, el último con");
      expect(screen).toContain("- Solución de referencia (supéralo primero");

      // The next hint (by its first letter).
      at = s.mark();
      await s.press("p");
      await s.waitFor(active("Pista \\(la siguiente: 1 de 3\\)"), at);
      at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("Pista 1 de 3: En Python una variable es una etiqueta", at);
      await s.waitFor(active("Pista \\(la siguiente: 2 de 3\\)"), at);

      // The learner writes the solution; checking again passes.
      copyFileSync(join(EXERCISES, "ejercicio3", "solution.py"), join(root, "ejercicio3.py"));
      at = s.mark();
      await s.press("c");
      await s.waitFor(active("Comprobar"), at);
      at = s.mark();
      await s.press(KEY.enter);
      screen = await s.waitFor("Ya puedes ver la solución de referencia en este menú.", at);
      // The check as on any terminal: the output live under its clock, then the short report.
      expect(screen).toContain("ejecutando ejercicio3.py…");
      expect(screen).toMatch(/(^|\n)✓ SUPERADO · 13 de 13 puntos/);
      expect(screen).toContain("Progreso: 1 de 17 ejercicios superados.");
      // The solution is now offered (and the pointer is on it).
      screen = await s.waitFor(active("Solución de referencia"), at);
      expect(screen).toContain("· básica · superado");
      expect(screen).not.toContain("supéralo primero");
      at = s.mark();
      await s.press(KEY.enter);
      screen = await s.waitFor(active("Volver"), at);
      expect(screen).toContain("# Solución de referencia de ejercicio3 · Referencias, alias y copias");
      expect(screen).toContain("profunda = copy.deepcopy(matriz)");

      // Back, then the next exercise, then quit.
      at = s.mark();
      await s.press(KEY.enter);
      screen = await s.waitFor(active("ejercicio3"), at);
      expect(screen).toMatch(/█░{23} 1\/17 · 6 %/);
      expect(screen).toMatch(/✓ ejercicio3/);
      at = s.mark();
      await s.press("s", "i");
      await s.waitFor(active("Siguiente ejercicio"), at);
      at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("Siguiente: ejercicio1 (gc-ciclos)", at);
      await s.waitFor(active("ejercicio1"), at);
      at = s.mark();
      await s.press("s", "a");
      await s.waitFor(active("Salir"), at);
      at = s.mark();
      await s.press(KEY.enter);
      expect(await s.exited).toBe(0);
      screen = s.text(at);
      expect(screen).toContain("Tu espacio de trabajo está en pytutor-ejercicios: entra con `cd pytutor-ejercicios`.");
      expect(screen).toContain("¡Hasta pronto!");
      expectSaneTerminal(s);
      expectNoStackTrace(s.text());
    } finally {
      s.keep("menu-journey");
      s.kill();
    }
    const state = readState(root);
    expect(state.current).toBe("ejercicio1");
    expect(state.exercises.ejercicio3).toMatchObject({ status: "done", hintsUsed: 1, attempts: 2 });
  });

  test("Ctrl-C at a menu prompt: a goodbye, exit 130, no stack trace, the terminal sane", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-menu-c-"));
    expect((await pytutor(["init"], { cwd: parent, env })).code).toBe(0);
    const root = join(parent, "pytutor-ejercicios");
    // At the top level.
    const top = withStty([], root);
    try {
      await top.waitFor(active("ejercicio1"));
      await top.press(KEY.ctrlC);
      expect(await top.exited).toBe(130);
      expect(top.text()).toContain("Interrumpido. ¡Hasta pronto!");
      expectSaneTerminal(top);
      expectNoStackTrace(top.text());
    } finally {
      top.kill();
    }
    // In an exercise's submenu.
    const sub = withStty([], root);
    try {
      await sub.waitFor(active("ejercicio1"));
      let at = sub.mark();
      await sub.press("2");
      await sub.waitFor(active("ejercicio2"), at);
      at = sub.mark();
      await sub.press(KEY.enter);
      await sub.waitFor(active("Leer el enunciado"), at);
      await sub.press(KEY.ctrlC);
      expect(await sub.exited).toBe(130);
      expect(sub.text()).toContain("Interrumpido. ¡Hasta pronto!");
      expectSaneTerminal(sub);
      expectNoStackTrace(sub.text());
    } finally {
      sub.kill();
    }
    // Nothing changed.
    expect(readState(root).current).toBeNull();
  });

  test("Ctrl-C while typing the folder's name: exit 130 and no workspace", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-menu-i-"));
    const s = withStty([], parent);
    try {
      await s.waitFor(active("Crear mi espacio de trabajo"));
      const at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("¿En qué carpeta lo creo?", at);
      await s.press("mis-ejercicios", KEY.ctrlC);
      expect(await s.exited).toBe(130);
      expect(s.text()).toContain("Interrumpido. ¡Hasta pronto!");
      expectSaneTerminal(s);
      expectNoStackTrace(s.text());
    } finally {
      s.kill();
    }
    expect(existsSync(join(parent, "mis-ejercicios"))).toBe(false);
    expect(existsSync(join(parent, "pytutor-ejercicios"))).toBe(false);
  });

  test("in English, on a terminal 30 columns wide: it renders, lists the exercises, and quits with 0", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-menu-en-"));
    const s = withStty(["--lang", "en"], parent, { cols: 30 });
    try {
      await s.waitFor("You are not in a workspace");
      await s.waitFor(active("Create my workspace"));
      let at = s.mark();
      await s.press(KEY.down);
      await s.waitFor(active("See the list"), at);
      at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("17 exercises of «Python Avanzado»", at);
      await s.waitFor("What do you want to do?", at);
      at = s.mark();
      await s.press("q");
      await s.waitFor(active("Quit"), at);
      await s.press(KEY.enter);
      expect(await s.exited).toBe(0);
      expect(s.text()).toContain("See you soon!");
      expectSaneTerminal(s);
      expectNoStackTrace(s.text());
    } finally {
      s.keep("menu-narrow-en");
      s.kill();
    }
  });

  test("outside a workspace, read a statement from the list of exercises", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-menu-show-"));
    const s = withStty([], parent);
    try {
      await s.waitFor(active("Crear mi espacio de trabajo"));
      let at = s.mark();
      await s.press("l", "e");
      await s.waitFor(active("Leer el enunciado de un ejercicio"), at);
      at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("¿Qué enunciado?", at);
      at = s.mark();
      await s.press("3");
      await s.waitFor(active("ejercicio3"), at);
      at = s.mark();
      await s.press(KEY.enter);
      await s.waitFor("Ejercicio 3: referencias, alias y copias", at);
      await s.waitFor("¿Qué quieres hacer?", at);
      await s.press(KEY.ctrlC);
      expect(await s.exited).toBe(130);
    } finally {
      s.kill();
    }
  });
});

describe.concurrent("without a terminal, or on CI: the help, as always", () => {
  test("`pytutor` with pipes prints the help and exits 0", async () => {
    const r = await pytutor([], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Uso: pytutor");
    expect(r.stdout).toContain("watch [opciones] [ejercicio]");
    expect(r.stderr).toBe("");
    const en = await pytutor(["--lang", "en"], { env });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("check your file every time you save it");
  });

  test("`pytutor` on a terminal with CI=true prints the help and exits 0", async () => {
    const s = pty([], { cwd: tmpdir(), env: { ...env, CI: "true" } });
    try {
      expect(await s.exited).toBe(0);
      expect(s.text()).toContain("Uso: pytutor");
      expect(s.text()).not.toContain("¿Qué quieres hacer?");
    } finally {
      s.kill();
    }
  });
});
