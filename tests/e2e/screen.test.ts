// What a learner sees at a terminal (issue «What a 16-year-old sees»): the
// program's output live under a running clock, a short report that fits an
// 80×24 screen, the full one on demand, a key for every symbol, a near miss
// pointed at, and words wrapped to the width. All through the built CLI on a
// real pseudo-terminal, with real CPython; piped output and --json unchanged.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import stringWidth from "string-width";
import { FIXTURES, pytutor } from "../helpers/cli.js";
import { pty } from "../helpers/pty.js";
import { screenLines } from "../helpers/screen.js";
import { testPythons } from "../helpers/pythons.js";
import { wrap } from "../../src/report/wrap.js";

const python = testPythons().at(-1)?.path ?? "python3";
const cacheDir = mkdtempSync(join(tmpdir(), "pytutor-screen-cache-"));
const env = { PYTUTOR_CACHE_DIR: cacheDir, NO_COLOR: "1" };
const dir = mkdtempSync(join(tmpdir(), "pytutor-e2e-screen-"));
const NEAR = join(FIXTURES, "specs", "near-miss");

function program(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const slow = program(
  "lento.py",
  ["import time", 'print("primera línea", flush=True)', "time.sleep(2.5)", 'print("segunda línea")', ""].join("\n"),
);

function onTerminal(args: string[], cols = 80, rows = 24) {
  return pty(args, { cwd: dir, env, cols, rows, timeoutS: 120 });
}

// The report: from the verdict line to the end.
function reportOf(lines: string[]): string[] {
  const at = lines.findIndex((l) => /^[✓✗?] (SUPERADO|NO SUPERADO|SIN DECIDIR|PASSED|NOT PASSED|UNDECIDED) · /.test(l));
  expect(at, lines.join("\n")).toBeGreaterThanOrEqual(0);
  return lines.slice(at);
}

describe.concurrent("check on a terminal", () => {
  test("shows each line as it is printed, with its second, under a running clock; then the short report", async () => {
    const session = onTerminal(["check", "ejercicio2", slow, "--python", python]);
    const early = await session.waitFor("primera línea", 0, 60_000);
    // The first line is there while the program still sleeps: the second is not, nor a verdict.
    expect(early).not.toContain("segunda línea");
    expect(early).not.toMatch(/NO SUPERADO|SUPERADO ·/);
    expect(early).toMatch(/ejecutando lento\.py… \d+ s de 20 s/);
    await session.waitFor(/ejecutando lento\.py… [1-9]\d* s de 20 s · 1 línea/, 0, 60_000);
    expect(await session.exited).toBe(1);
    session.keep("check-live");
    const lines = screenLines(session.raw);
    const first = lines.find((l) => l.includes("primera línea")) ?? "";
    const second = lines.find((l) => l.includes("segunda línea")) ?? "";
    expect(first).toMatch(/^\s+1\s+0\.\d\ds {2}primera línea$/);
    const t2 = Number(/^\s+2\s+(\d+\.\d\d)s {2}segunda línea$/.exec(second)?.[1]);
    expect(t2).toBeGreaterThanOrEqual(2.4);
    // The status line was erased; the output is not listed again by the report.
    expect(lines.join("\n")).not.toContain("ejecutando");
    expect(lines.filter((l) => l.includes("primera línea"))).toHaveLength(1);
    const report = reportOf(lines);
    expect(report.length).toBeLessThanOrEqual(21);
    expect(report.join("\n")).toContain("Lo primero:");
    expect(report.join("\n")).toContain("`pytutor check ejercicio2 --detalle`");
    // The report fits the width (the program's own lines are the terminal's to wrap).
    for (const line of report) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  }, 120_000);

  test("--detalle gives every check with what was expected, without listing the output again", async () => {
    const session = onTerminal(["check", "ejercicio2", slow, "--detalle", "--python", python], 100, 40);
    expect(await session.exited).toBe(1);
    const text = screenLines(session.raw).join("\n");
    expect(text).toContain("✓ El programa termina sin errores (1/1)");
    expect(text.match(/^✗ /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(text.match(/^ {4}Esperado: /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain("Salida del programa");
    expect(text.match(/primera línea/g)).toHaveLength(1);
    expect(text).toContain("Corrige lo marcado con ✗");
  }, 120_000);

  test("English: the clock, the short report and its next step", async () => {
    const session = onTerminal(["check", "ejercicio2", slow, "--lang", "en", "--python", python]);
    await session.waitFor(/running lento\.py… \d+ s of 20 s/, 0, 60_000);
    expect(await session.exited).toBe(1);
    const report = reportOf(screenLines(session.raw)).join("\n");
    expect(report).toMatch(/^✗ NOT PASSED · /);
    expect(report).toContain("First:");
    expect(report).toContain("`pytutor check ejercicio2 --verbose`");
    expect(report).not.toMatch(/Lo primero|Pista/);
  }, 120_000);

  test("--json on a terminal is the document alone", async () => {
    const session = onTerminal(["check", "ejercicio2", slow, "--json", "--python", python], 100, 40);
    expect(await session.exited).toBe(1);
    const text = session.text();
    expect(text).not.toContain("ejecutando");
    const doc = JSON.parse(text) as { verdict: string };
    expect(doc.verdict).toBe("fail");
  }, 120_000);

  test("the key explains the symbols the output used, live and piped; none when none was used", async () => {
    const odd = program("raro.py", 'print("fin con espacio ")\nprint("a\\tb")\n');
    const session = onTerminal(["check", "ejercicio2", odd, "--python", python]);
    expect(await session.exited).toBe(1);
    const live = screenLines(session.raw).join("\n");
    expect(live).toContain("fin con espacio·");
    expect(live).toContain("a→b");
    expect(live).toMatch(/Clave: · espacio al final de la línea\s+→ tabulador/);
    const piped = await pytutor(["check", "ejercicio2", odd, "--python", python], { env });
    expect(piped.stdout).toMatch(/Clave: .*· espacio al final de la línea/);
    expect(piped.stdout).not.toContain("› línea que señala");
    // The margin's mark, where a failed check points at lines.
    const daemon = join(import.meta.dirname, "..", "..", "exercises", "ejercicio2", "variants", "daemon-sin-join.py");
    const flagged = await pytutor(["check", "ejercicio2", daemon, "--python", python], { env });
    expect(flagged.stdout).toMatch(/^›\s+1\s/m);
    expect(flagged.stdout).toContain("Clave: › línea que señala una comprobación sin superar");
    const english = await pytutor(["check", "ejercicio2", odd, "--python", python, "--lang", "en"], { env });
    expect(english.stdout).toMatch(/Key: .*· a space at the end of the line/);
    const clean = program("limpio.py", 'print("hola")\n');
    const plainRun = await pytutor(["check", "ejercicio2", clean, "--python", python], { env });
    expect(plainRun.stdout).not.toContain("Clave:");
  }, 120_000);

  test("a near miss is shown with a caret under the first character that differs", async () => {
    const near = program("casi.py", 'print("Total 3 descargas")\n');
    const piped = await pytutor(["check", "ejercicio90", near, "--exercises", NEAR, "--python", python], { env });
    expect(piped.code, piped.stderr).toBe(1);
    const lines = piped.stdout.split("\n");
    const shown = lines.findIndex((l) => l.includes("«Total 3 descargas»"));
    expect(shown, piped.stdout).toBeGreaterThan(0);
    expect(lines[shown - 1]).toContain("la más parecida es la línea 1");
    const caret = lines[shown + 1] ?? "";
    // The caret sits under the space where «:» was expected.
    expect(caret.indexOf("^")).toBe((lines[shown] ?? "").indexOf("Total") + "Total".length);
    expect(caret).toContain("aquí");
    // A line that stops short: the caret after its end.
    const short = program("corto.py", 'print("Total: 3")\n');
    const r = await pytutor(["check", "ejercicio90", short, "--exercises", NEAR, "--python", python, "--lang", "en"], { env });
    const rl = r.stdout.split("\n");
    const at = rl.findIndex((l) => l.includes("«Total: 3»"));
    expect(rl[at + 1]?.indexOf("^")).toBe((rl[at] ?? "").indexOf("»"));
    expect(rl[at + 1]).toContain("your line ends here");
    // On a terminal, the short report shows it too.
    const session = onTerminal(["check", "ejercicio90", near, "--exercises", NEAR, "--python", python]);
    expect(await session.exited).toBe(1);
    const report = reportOf(screenLines(session.raw));
    const i = report.findIndex((l) => l.includes("«Total 3 descargas»"));
    expect(report[i + 1]?.indexOf("^")).toBe((report[i] ?? "").indexOf("Total") + "Total".length);
  }, 120_000);

  test("on a narrow terminal every line fits and words are not cut", async () => {
    // No thread at all: the same checks fail whatever the machine's load (a
    // timing check could be left undecided, with no hint to wrap).
    const variant = program("sin-hilos.py", 'print("Iniciando descarga de Archivo 1")\nprint("Todas las descargas completadas")\n');
    const session = onTerminal(["check", "ejercicio2", variant, "--python", python], 60, 30);
    expect(await session.exited).toBe(1);
    const report = reportOf(screenLines(session.raw));
    for (const line of report) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    expect(report.length).toBeLessThanOrEqual(21);
    // The first check's hint, wrapped: its lines joined give its words, whole.
    const json = await pytutor(["check", "ejercicio2", variant, "--python", python, "--json"], { env });
    const doc = JSON.parse(json.stdout) as { checks: Array<{ status: string; advice?: boolean; hint?: string; title: string }> };
    const at = report.findIndex((l) => l.trimStart().startsWith("Pista:"));
    expect(at).toBeGreaterThan(0);
    const block: string[] = [report[at] ?? ""];
    for (let i = at + 1; i < report.length && /^ {6}\S/.test(report[i] ?? ""); i++) block.push(report[i] ?? "");
    const joined = block.map((l) => l.trim()).join(" ").replace(/^Pista: /, "");
    // Cut to three lines, it ends in « …» after a whole word: every word shown is the hint's, in order.
    const shown = joined.replace(/\s*…$/u, "").split(/\s+/u);
    const hints = doc.checks.filter((c) => c.hint).map((c) => (c.hint ?? "").split(/\s+/u));
    expect(hints.some((h) => shown.every((w, i) => h[i] === w)), `${joined}\n${hints.map((h) => h.join(" ")).join("\n")}`).toBe(true);
  }, 120_000);

  test("Ctrl-C while the program runs: the status line goes, a goodbye, exit 130, no program left", async () => {
    const marker = `pytutor-screen-ctrlc-${process.pid}`;
    const long = program("largo.py", `import time\nprint("${marker}", flush=True)\ntime.sleep(30)\n`);
    const session = onTerminal(["check", "ejercicio2", long, "--python", python]);
    await session.waitFor(marker, 0, 60_000);
    session.type("\u0003");
    expect(await session.exited).toBe(130);
    const lines = screenLines(session.raw);
    expect(lines.at(-1)).toBe("Interrumpido. ¡Hasta pronto!");
    expect(lines.join("\n")).not.toContain("ejecutando");
    const left = spawnSync("pgrep", ["-f", "largo\\.py"], { encoding: "utf8" });
    expect(left.stdout.trim()).toBe("");
  }, 120_000);

  test("a hang: the short report says where each thread was, in the learner's lines, before the first thing to fix", async () => {
    const hang = join(FIXTURES, "programs", "hang-threads.py");
    const session = onTerminal(["check", "ejercicio2", hang, "--timeout", "4", "--python", python]);
    await session.waitFor(/ejecutando hang-threads\.py… [1-4] s de 4 s/, 0, 60_000);
    expect(await session.exited).toBe(1);
    const report = reportOf(screenLines(session.raw));
    const text = report.join("\n");
    expect(report.length).toBeLessThanOrEqual(21);
    const where = report.findIndex((l) => l.includes("Dónde estaba cada hilo al detenerlo:"));
    expect(where, text).toBeGreaterThan(0);
    expect(report[where + 1]).toMatch(/^ {4}MainThread: hang-threads\.py, línea \d+: hilo\.join\(\)$/);
    expect(report[where + 2]).toMatch(/^ {4}Descargador: hang-threads\.py, línea \d+: listo\.wait\(\)$/);
    expect(where).toBeLessThan(report.findIndex((l) => l.includes("Lo primero:")));
    expect(text).not.toMatch(/_pytutor_|0x[0-9a-f]{6,}/);
  }, 120_000);

  test("--timeline on a terminal: the states drawn apart with their key, after the live output, which is not repeated", async () => {
    const asyncio = join(FIXTURES, "programs", "timeline-asyncio-sleeps.py");
    const session = onTerminal(["check", "ejercicio15", asyncio, "--timeline", "--python", python], 100, 40);
    await session.exited;
    const lines = screenLines(session.raw);
    const text = lines.join("\n");
    // Each output line once: live, never again in the report or the drawing.
    expect(text.match(/la tarea 1 empieza a dormir/g)).toHaveLength(1);
    const tasks = lines.filter((l) => /^tarea/.test(l) && /─/.test(l));
    expect(tasks.length, text).toBe(2);
    // Asleep in asyncio.sleep, not drawn running.
    for (const lane of tasks) expect((lane.match(/─/g) ?? []).length).toBeGreaterThan((lane.match(/█/g) ?? []).length);
    expect(text).toMatch(/█ ejecuta\s+─ duerme\s+╌ espera/);
    expect(text).toContain("Los números bajo ▲ son los de las líneas de la salida de arriba.");
  }, 120_000);

  test("piped, the report is the full one, as before: output listed with seconds and marks, no clock, no carriage returns", async () => {
    const r = await pytutor(["check", "ejercicio2", slow, "--python", python], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Salida del programa (2 líneas, con el segundo en que apareció cada una):");
    expect(r.stdout).not.toContain("ejecutando");
    expect(r.stdout).not.toContain("\r");
    expect(r.stdout).toContain("Corrige lo marcado con ✗ y vuelve a ejecutar `pytutor check ejercicio2`.");
  }, 120_000);
});

describe("wrapping by display width", () => {
  test("lines fit the width in columns, words stay whole, commands in backticks stay on one line", () => {
    const text = "Usa `pytutor check ejercicio2 --detalle` para ver 漢字漢字漢字 y café con acentos combinados: cafe\u0301 y más palabras que no caben en una línea.";
    for (const width of [24, 40, 60, 80]) {
      const lines = wrap(text, width, "    Pista: ", "      ");
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      expect(lines.map((l) => l.trim()).join(" ").replace(/^Pista: /, "").normalize("NFC")).toBe(text.normalize("NFC"));
      // Where the command fits a line at all, it is on one.
      if (width - "    Pista: ".length >= "`pytutor check ejercicio2 --detalle`".length) {
        expect(lines.some((l) => l.includes("`pytutor check ejercicio2 --detalle`"))).toBe(true);
      }
    }
  });
});

test("the watch shows the program's output live too, under its clock", async () => {
  const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-screen-ws-"));
  const init = await pytutor(["init"], { cwd: parent, env });
  expect(init.code, init.stderr).toBe(0);
  const root = join(parent, "pytutor-ejercicios");
  const file = join(root, "ejercicio2.py");
  writeFileSync(file, readFileSync(slow, "utf8"));
  const session = pty([], {
    cwd: root,
    env,
    cols: 80,
    rows: 24,
    timeoutS: 120,
    command: [process.execPath, join(import.meta.dirname, "..", "..", "bin", "pytutor.js"), "watch", "ejercicio2", "--python", python],
  });
  try {
    const early = await session.waitFor("primera línea", 0, 60_000);
    expect(early).not.toContain("segunda línea");
    expect(early).toMatch(/ejecutando ejercicio2\.py… \d+ s de 20 s/);
    await session.waitFor(/\d\d:\d\d:\d\d ✗ NO SUPERADO · ejercicio2/, 0, 60_000);
    const lines = screenLines(session.raw);
    expect(lines.some((l) => /^\s+2\s+\d+\.\d\ds {2}segunda línea$/.test(l))).toBe(true);
    expect(lines.join("\n")).not.toContain("ejecutando");
    session.type("q");
    expect(await session.exited).toBe(0);
  } finally {
    session.kill();
  }
}, 120_000);
