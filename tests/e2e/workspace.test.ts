// The learner's workspace through the built CLI, without a terminal (and one
// test on a pseudo-terminal): init, check recording progress, list, next,
// progressive hints, solution, reset, and every bad input.
import { execFile } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIN, EXERCISES, pytutor, ROOT, type CliResult } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const python = testPythons().at(-1)?.path ?? "python3";
const TOTAL = readdirSync(EXERCISES).filter((d) => existsSync(join(EXERCISES, d, "exercise.yaml"))).length;
const starter = (id: string) => readFileSync(join(EXERCISES, id, "starter.py"), "utf8");
const solutionOf = (id: string) => join(EXERCISES, id, "solution.py");

type Progress = { status: string; hintsUsed: number; attempts: number; passedAt: string | null; lastCheckedAt: string | null; lastScore: number | null };
type StateDoc = { format: number; pytutorVersion: string; lang: string; current: string | null; exercises: Record<string, Progress> };

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(text).not.toContain("node:internal");
  expect(text).not.toContain("error interno");
}

// A fresh workspace made by `pytutor init` in a new temporary folder.
async function workspace(extra: string[] = []): Promise<{ parent: string; root: string; init: CliResult }> {
  const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-ws-"));
  const init = await pytutor(["init", ...extra], { cwd: parent });
  expect(init.code, init.stderr).toBe(0);
  return { parent, root: join(parent, "pytutor-ejercicios"), init };
}

const readState = (root: string) => JSON.parse(readFileSync(join(root, ".pytutor", "state.json"), "utf8")) as StateDoc;
const writeStateDoc = (root: string, state: StateDoc) => writeFileSync(join(root, ".pytutor", "state.json"), JSON.stringify(state, null, 2));
const check = (cwd: string, args: string[]) => pytutor(["check", ...args, "--python", python], { cwd });

describe.concurrent("init", () => {
  test("creates the workspace: each starter under its learner name, a Spanish README, the state", async () => {
    const { root, init } = await workspace();
    expect(init.stdout).toContain(`Espacio de trabajo creado en ${root}: ${TOTAL} plantillas`);
    expect(init.stdout).toContain("cd pytutor-ejercicios");
    expect(init.stdout).toContain("pytutor next");
    expect(readFileSync(join(root, "ejercicio3.py"), "utf8")).toBe(starter("ejercicio3"));
    expect(readFileSync(join(root, "ejercicio1.py"), "utf8")).toBe(starter("ejercicio1"));
    const py = readdirSync(root).filter((f) => f.endsWith(".py"));
    expect(py).toHaveLength(TOTAL);
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const text of ["pytutor next", "pytutor check", "pytutor hint", "pytutor watch", "abre un menú", ".pytutor/state.json"]) expect(readme).toContain(text);
    const state = readState(root);
    expect(state).toMatchObject({ format: 1, lang: "es", current: null });
    expect(Object.keys(state.exercises)).toHaveLength(TOTAL);
    expect(state.exercises.ejercicio3).toEqual({ status: "pending", hintsUsed: 0, attempts: 0, passedAt: null, lastCheckedAt: null, lastScore: null });
  });

  test("with --lang en the README is English, and the workspace keeps speaking English", async () => {
    const { root, init } = await workspace(["--lang", "en"]);
    expect(init.stdout).toContain("Workspace created in");
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("opens a menu");
    expect(readState(root).lang).toBe("en");
    // No --lang, and LANG says Spanish: the workspace's language wins.
    const list = await pytutor(["list"], { cwd: root });
    expect(list.stdout).toContain("Your progress");
    // --lang still wins over the workspace.
    const es = await pytutor(["list", "--lang", "es"], { cwd: root });
    expect(es.stdout).toContain("Tu progreso");
  });

  test("re-running init keeps the learner's edits and progress and adds only what is missing", async () => {
    const { root } = await workspace();
    writeFileSync(join(root, "ejercicio3.py"), "# mi trabajo\n");
    rmSync(join(root, "ejercicio1.py"));
    const hint = await pytutor(["hint", "ejercicio3"], { cwd: root });
    expect(hint.code).toBe(0);
    mkdirSync(join(root, "sub"));
    // From a subfolder, with no folder named: the workspace it is in.
    const again = await pytutor(["init"], { cwd: join(root, "sub") });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${root} ya es un espacio de trabajo: tu progreso se conserva`);
    expect(again.stdout).toContain("Añadí lo que faltaba: ejercicio1.py.");
    expect(readFileSync(join(root, "ejercicio3.py"), "utf8")).toBe("# mi trabajo\n");
    expect(readFileSync(join(root, "ejercicio1.py"), "utf8")).toBe(starter("ejercicio1"));
    expect(readState(root).exercises.ejercicio3?.hintsUsed).toBe(1);
    expect(existsSync(join(root, "sub", "pytutor-ejercicios"))).toBe(false);
    const third = await pytutor(["init", root]);
    expect(third.stdout).toContain("No faltaba nada");
  });

  test("into a non-empty folder that is not a workspace: never overwrites a file of the same name, and says so", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-mine-"));
    const dir = join(parent, "mis cosas");
    mkdirSync(dir);
    writeFileSync(join(dir, "ejercicio3.py"), "print('mío')\n");
    writeFileSync(join(dir, "README.md"), "mis notas\n");
    writeFileSync(join(dir, "otra.txt"), "x\n");
    const r = await pytutor(["init", "mis cosas"], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${TOTAL - 1} plantillas`);
    expect(r.stdout).toContain("Ya había archivos con esos nombres y no los toqué: ejercicio3.py, README.md.");
    expect(r.stdout).toContain('cd mis cosas');
    expect(readFileSync(join(dir, "ejercicio3.py"), "utf8")).toBe("print('mío')\n");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("mis notas\n");
    expect(readFileSync(join(dir, "ejercicio1.py"), "utf8")).toBe(starter("ejercicio1"));
    expect(existsSync(join(dir, ".pytutor", "state.json"))).toBe(true);
  });
});

describe.concurrent("progress", () => {
  test("check from a subfolder finds the learner's file and records each attempt; a pass is done for good", async () => {
    const { root } = await workspace();
    const sub = join(root, "notas");
    mkdirSync(sub);
    const first = await check(sub, ["ejercicio3"]);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toContain("../ejercicio3.py");
    expect(first.stdout).toContain("Intento 1 de ejercicio3, anotado en tu espacio de trabajo. Progreso: 0 de");
    let p = readState(root).exercises.ejercicio3;
    expect(p).toMatchObject({ status: "pending", attempts: 1, passedAt: null });
    expect(p?.lastScore).toBeLessThan(1);
    expect(p?.lastCheckedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    copyFileSync(solutionOf("ejercicio3"), join(root, "ejercicio3.py"));
    const pass = await check(sub, ["referencias-alias"]);
    expect(pass.code, pass.stdout).toBe(0);
    expect(pass.stdout).toContain(`Progreso: 1 de ${TOTAL} ejercicios superados. Sigue con \`pytutor next\`.`);
    p = readState(root).exercises.ejercicio3;
    expect(p).toMatchObject({ status: "done", attempts: 2, lastScore: 1 });
    const passedAt = p?.passedAt;
    expect(passedAt).toMatch(/^\d{4}-/);

    writeFileSync(join(root, "ejercicio3.py"), starter("ejercicio3"));
    const json = await check(root, ["3", "--json"]);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { passed: boolean }).passed).toBe(false);
    p = readState(root).exercises.ejercicio3;
    expect(p).toMatchObject({ status: "done", attempts: 3, passedAt });
    expect(p?.lastScore).toBeLessThan(1);

    // Another file named on the command line is checked but not recorded.
    const other = await check(root, ["ejercicio3", solutionOf("ejercicio3")]);
    expect(other.code).toBe(0);
    expect(readState(root).exercises.ejercicio3?.attempts).toBe(3);
  });

  test("check with no exercise checks the current one; outside a workspace that is a usage error", async () => {
    const { root } = await workspace();
    expect((await pytutor(["next"], { cwd: root })).code).toBe(0);
    copyFileSync(solutionOf("ejercicio1"), join(root, "ejercicio1.py"));
    const r = await check(root, []);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("pytutor · ejercicio1 ·");
    expect(readState(root).exercises.ejercicio1?.status).toBe("done");
    const outside = mkdtempSync(join(tmpdir(), "pytutor-e2e-out-"));
    const none = await check(outside, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("falta el ejercicio: `pytutor check <ejercicio> [archivo]`");
    expect(none.stdout).toBe("");
    expectNoStackTrace(none.stderr);
  });

  test("list shows a progress bar and each exercise's status; --json includes the progress", async () => {
    const { root } = await workspace();
    copyFileSync(solutionOf("ejercicio3"), join(root, "ejercicio3.py"));
    expect((await check(root, ["ejercicio3"])).code).toBe(0);
    expect((await pytutor(["next"], { cwd: root })).stdout).toContain("ejercicio1");
    const r = await pytutor(["list"], { cwd: root });
    expect(r.code).toBe(0);
    const percent = Math.round((1 / TOTAL) * 100);
    expect(r.stdout).toContain(`Tu progreso en «Python Avanzado»:`);
    expect(r.stdout).toMatch(new RegExp(`█+░+ 1/${TOTAL} · ${percent} %`));
    expect(r.stdout).toMatch(/✓ ejercicio3\s+referencias-alias\s+Referencias, alias y copias/);
    expect(r.stdout).toMatch(/▶ ejercicio1\s+gc-ciclos\s+Ciclos de referencias/);
    expect(r.stdout).toMatch(/· ejercicio2\s+descargas-hilos\s+Tres descargas/);
    const j = await pytutor(["list", "--json"], { cwd: root });
    const doc = JSON.parse(j.stdout) as { workspace: string; progress: unknown; exercises: Array<{ id: string; status: string; current: boolean; attempts: number }> };
    expect(doc.workspace).toBe(root);
    expect(doc.progress).toEqual({ done: 1, total: TOTAL, percent, current: "ejercicio1" });
    expect(doc.exercises.find((e) => e.id === "ejercicio3")).toMatchObject({ status: "done", current: false, attempts: 1 });
    expect(doc.exercises.find((e) => e.id === "ejercicio1")).toMatchObject({ status: "pending", current: true });
    // Outside a workspace, list is as it always was.
    const plain = await pytutor(["list", "--json"]);
    expect(Array.isArray(JSON.parse(plain.stdout))).toBe(true);
  });

  test("next moves through the pending exercises and congratulates at the end", async () => {
    const { root } = await workspace();
    const first = await pytutor(["next"], { cwd: root });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Siguiente: ejercicio1 \(gc-ciclos\)/);
    expect(first.stdout).toContain("pytutor show ejercicio1");
    expect(first.stdout).toContain("Escribe tu solución en:  ejercicio1.py");
    expect(first.stdout).toContain("pytutor check ejercicio1");
    expect(readState(root).current).toBe("ejercicio1");
    const second = await pytutor(["next", "--lang", "en"], { cwd: root });
    expect(second.stdout).toMatch(/Next: ejercicio2 \(descargas-hilos\)/);
    expect(readState(root).current).toBe("ejercicio2");
    const state = readState(root);
    for (const [id, p] of Object.entries(state.exercises)) if (id !== "ejercicio2") p.status = "done";
    writeStateDoc(root, state);
    const last = await pytutor(["next"], { cwd: root });
    expect(last.stdout).toMatch(/Te queda uno: ejercicio2/);
    const all = readState(root);
    (all.exercises.ejercicio2 as Progress).status = "done";
    writeStateDoc(root, all);
    const done = await pytutor(["next"], { cwd: root });
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`¡Enhorabuena! Has superado los ${TOTAL} ejercicios`);
  });

  test("hints are progressive: 1, 2, 3, then all again with a note; `hint ex N` and --all only raise the count", async () => {
    const { root } = await workspace();
    await pytutor(["next"], { cwd: root });
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await pytutor(["hint"], { cwd: root });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Pista ${i} de 3:`);
      expect(r.stdout).not.toContain(`Pista ${i + 1} de 3:`);
      expect(readState(root).exercises.ejercicio1?.hintsUsed).toBe(i);
      seen.push(r.stdout);
    }
    expect(seen[0]).toContain("La siguiente, más concreta: `pytutor hint ejercicio1`");
    expect(seen[2]).toContain("Es la última pista.");
    const again = await pytutor(["hint", "ejercicio1"], { cwd: root });
    expect(again.stdout).toContain("Ya viste las 3 pistas de ejercicio1; aquí están todas otra vez.");
    for (let i = 1; i <= 3; i++) expect(again.stdout).toContain(`Pista ${i} de 3:`);
    expect(readState(root).exercises.ejercicio1?.hintsUsed).toBe(3);

    const two = await pytutor(["hint", "ejercicio3", "2"], { cwd: root });
    expect(two.stdout).toContain("Pista 2 de 3:");
    expect(readState(root).exercises.ejercicio3?.hintsUsed).toBe(2);
    const one = await pytutor(["hint", "ejercicio3", "1"], { cwd: root });
    expect(one.stdout).toContain("Pista 1 de 3:");
    expect(one.stdout).toContain("`pytutor hint ejercicio3 2`");
    expect(readState(root).exercises.ejercicio3?.hintsUsed).toBe(2);
    const next = await pytutor(["hint", "ejercicio3"], { cwd: root });
    expect(next.stdout).toContain("Pista 3 de 3:");
    const all = await pytutor(["hint", "ejercicio2", "--all", "--lang", "en"], { cwd: root });
    expect(all.stdout).toContain("Hint 3 of 3:");
    expect(readState(root).exercises.ejercicio2?.hintsUsed).toBe(3);
    const bad = await pytutor(["hint", "ejercicio2", "7"], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("hay de la 1 a la 3");
    // Outside a workspace, unchanged.
    const outside = await pytutor(["hint", "ejercicio1"]);
    expect(outside.stdout).toContain("Pista 1 de 3");
  });

  test("solution: refused before passing, --force needs --yes without a terminal, shown after passing", async () => {
    const { root } = await workspace();
    const source = readFileSync(solutionOf("ejercicio3"), "utf8");
    const refused = await pytutor(["solution", "ejercicio3"], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("todavía no has superado ejercicio3");
    expect(refused.stderr).toContain("pytutor solution ejercicio3 --force");
    expectNoStackTrace(refused.stderr);
    const force = await pytutor(["solution", "ejercicio3", "--force"], { cwd: root });
    expect(force.code).toBe(2);
    expect(force.stdout).toBe("");
    expect(force.stderr).toContain("sin una terminal no puedo pedirte confirmación");
    expect(force.stderr).toContain("--yes");
    const forced = await pytutor(["solution", "ejercicio3", "--force", "--yes"], { cwd: root });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(source);

    copyFileSync(solutionOf("ejercicio3"), join(root, "ejercicio3.py"));
    expect((await check(root, ["ejercicio3"])).code).toBe(0);
    const shown = await pytutor(["solution", "ejercicio3"], { cwd: root });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(`# Solución de referencia de ejercicio3 · Referencias, alias y copias\n\n${source}`);
  });

  test("reset: without --yes and no terminal exit 2; with --yes the template is back and a backup kept", async () => {
    const { root } = await workspace();
    const file = join(root, "ejercicio3.py");
    writeFileSync(file, "# mi versión\nprint(1)\n");
    const refused = await pytutor(["reset", "ejercicio3"], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("sin una terminal no puedo pedirte confirmación");
    expect(refused.stderr).toContain("pytutor reset ejercicio3 --yes");
    expect(readFileSync(file, "utf8")).toBe("# mi versión\nprint(1)\n");
    const done = await pytutor(["reset", "ejercicio3", "--yes"], { cwd: root });
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(starter("ejercicio3"));
    const backups = readdirSync(join(root, ".pytutor", "backups"));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^ejercicio3\.py\.\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(readFileSync(join(root, ".pytutor", "backups", backups[0] ?? ""), "utf8")).toBe("# mi versión\nprint(1)\n");
    expect(done.stdout).toContain(`Tu versión anterior está en .pytutor/backups/${backups[0]}.`);
    // A deleted file needs no confirmation: nothing is lost.
    rmSync(file);
    const back = await pytutor(["reset", "ejercicio3"], { cwd: root });
    expect(back.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(starter("ejercicio3"));
    const same = await pytutor(["reset", "ejercicio3"], { cwd: root });
    expect(same.stdout).toContain("ya es la plantilla");
  });

  test("on a terminal: Ctrl-C at the prompt changes nothing and exits 130; yes resets", async () => {
    const { root } = await workspace();
    const file = join(root, "ejercicio3.py");
    writeFileSync(file, "# mía\n");
    const drive = (keys: string) =>
      new Promise<{ code: number; sent: boolean; output: string }>((done, fail) => {
        execFile(python, [join(ROOT, "tests", "helpers", "pty-drive.py"), root, "(y/N)", keys, process.execPath, BIN, "reset", "ejercicio3"], { encoding: "utf8", env: { ...process.env, LANG: "es_ES.UTF-8" } }, (error, stdout) =>
          error ? fail(error) : done(JSON.parse(stdout) as { code: number; sent: boolean; output: string }),
        );
      });
    const cancelled = await drive("\\x03");
    expect(cancelled.sent).toBe(true);
    expect(cancelled.code).toBe(130);
    expect(cancelled.output).toContain("cancelado; no he cambiado nada.");
    expectNoStackTrace(cancelled.output);
    expect(readFileSync(file, "utf8")).toBe("# mía\n");
    expect(existsSync(join(root, ".pytutor", "backups"))).toBe(false);
    const yes = await drive("y\\r");
    expect(yes.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(starter("ejercicio3"));
    expect(readdirSync(join(root, ".pytutor", "backups"))).toHaveLength(1);
  });
});

// Runs the CLI as another user (for an unreadable file when the tests run as root).
// A copy of the built CLI that user nobody can read, wherever the checkout
// lives (a clone under a 0700 folder, as `mktemp -d` makes, is out of its reach).
let readableCli: string | undefined;
function cliForNobody(): string {
  if (readableCli) return readableCli;
  const copy = mkdtempSync(join(tmpdir(), "pytutor-e2e-nobody-cli-"));
  for (const part of ["bin", "dist", "exercises", join("src", "probe"), "package.json"]) {
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  }
  chmodTree(copy);
  readableCli = join(copy, "bin", "pytutor.js");
  return readableCli;
}

function chmodTree(path: string): void {
  const stat = statSync(path);
  chmodSync(path, stat.isDirectory() ? 0o755 : 0o644);
  if (stat.isDirectory()) for (const entry of readdirSync(path)) chmodTree(join(path, entry));
}

function asNobody(args: string[], cwd: string, cacheDir: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cliForNobody(), ...args],
      { cwd, uid: 65534, gid: 65534, encoding: "utf8", env: { ...process.env, HOME: "/tmp", NO_COLOR: "1", LANG: "es_ES.UTF-8", PYTUTOR_CACHE_DIR: cacheDir } },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe.concurrent("bad input: a clear message, exit 2, no stack trace", () => {
  for (const command of [["next"], ["solution", "ejercicio1"], ["reset", "ejercicio1", "--yes"]]) {
    test(`\`${command[0]}\` outside a workspace`, async () => {
      const outside = mkdtempSync(join(tmpdir(), "pytutor-e2e-out-"));
      const r = await pytutor(command, { cwd: outside });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`\`pytutor ${command[0]}\` necesita un espacio de trabajo`);
      expect(r.stderr).toContain("pytutor init");
      expectNoStackTrace(r.stderr);
      const en = await pytutor([...command, "--lang", "en"], { cwd: outside });
      expect(en.stderr).toContain("needs a workspace");
    });
  }

  test("a deleted exercise file: check names it and suggests reset", async () => {
    const { root } = await workspace();
    rmSync(join(root, "ejercicio3.py"));
    const r = await check(root, ["ejercicio3"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("falta tu archivo «ejercicio3.py» en el espacio de trabajo");
    expect(r.stderr).toContain("pytutor reset ejercicio3");
    expectNoStackTrace(r.stderr);
    expect(readState(root).exercises.ejercicio3?.attempts).toBe(0);
  });

  test("a learner file that is a symbolic link is refused by check and reset", async () => {
    const { root, parent } = await workspace();
    const elsewhere = join(parent, "fuera.py");
    copyFileSync(solutionOf("ejercicio3"), elsewhere);
    rmSync(join(root, "ejercicio3.py"));
    symlinkSync(elsewhere, join(root, "ejercicio3.py"));
    const r = await check(root, ["ejercicio3"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`«ejercicio3.py» es un enlace simbólico → ${elsewhere}, no un archivo`);
    expect(r.stderr).toContain("copia ahí el archivo");
    expectNoStackTrace(r.stderr);
    const reset = await pytutor(["reset", "ejercicio3", "--yes"], { cwd: root });
    expect(reset.code).toBe(2);
    expect(reset.stderr).toContain("es un enlace simbólico");
    expect(readFileSync(elsewhere, "utf8")).toBe(readFileSync(solutionOf("ejercicio3"), "utf8"));
    expect(readState(root).exercises.ejercicio3?.status).toBe("pending");
  });

  test("a state file that cannot be read (a folder): exit 2 with the path and the reason", async () => {
    const { root } = await workspace();
    const path = join(root, ".pytutor", "state.json");
    rmSync(path);
    mkdirSync(path);
    const r = await pytutor(["list"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no puedo leer el estado del espacio de trabajo, ${path}: es una carpeta`);
    expectNoStackTrace(r.stderr);
  });

  test("a state file without permission to read it: exit 2 with the path and the reason", async () => {
    const { parent, root } = await workspace();
    const path = join(root, ".pytutor", "state.json");
    chmodSync(path, 0o000);
    let r: CliResult;
    if (process.getuid?.() === 0) {
      // root reads anything: run as nobody, in a workspace that nobody owns.
      chmodSync(parent, 0o755);
      for (const owned of [root, join(root, ".pytutor"), path]) chownSync(owned, 65534, 65534);
      const cache = mkdtempSync(join(tmpdir(), "pytutor-e2e-cache-"));
      chmodSync(cache, 0o777);
      r = await asNobody(["next"], root, cache);
    } else {
      r = await pytutor(["next"], { cwd: root });
    }
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`no puedo leer el estado del espacio de trabajo, ${path}: permiso denegado`);
    expectNoStackTrace(r.stderr);
  });

  test("a state from a newer pytutor: exit 2, update pytutor, the file untouched", async () => {
    const { root } = await workspace();
    const newer = JSON.stringify({ format: 99, pytutorVersion: "42.0.0", lang: "es", exercises: {} });
    writeFileSync(join(root, ".pytutor", "state.json"), newer);
    for (const args of [["list"], ["hint", "ejercicio1"], ["init"]]) {
      const r = await pytutor(args, { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("lo creó un pytutor más nuevo (pytutor 42.0.0), con el formato 99");
      expect(r.stderr).toContain("Actualiza pytutor");
      expectNoStackTrace(r.stderr);
    }
    expect(readFileSync(join(root, ".pytutor", "state.json"), "utf8")).toBe(newer);
  });

  test("a corrupt state: a message, the bad file kept as .broken-<timestamp>, a fresh state, and the command goes on", async () => {
    const { root } = await workspace();
    writeFileSync(join(root, ".pytutor", "state.json"), '{"format": 1, "exercises": ');
    const r = await pytutor(["list"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/aviso: el archivo de progreso .*state\.json estaba dañado \(no es JSON válido/);
    expect(r.stderr).toContain("el progreso vuelve a cero");
    expect(r.stdout).toContain(`0/${TOTAL} · 0 %`);
    const broken = readdirSync(join(root, ".pytutor")).filter((f) => f.startsWith("state.json.broken-"));
    expect(broken).toHaveLength(1);
    expect(readFileSync(join(root, ".pytutor", broken[0] ?? ""), "utf8")).toBe('{"format": 1, "exercises": ');
    expect(readState(root).format).toBe(1);
    const again = await pytutor(["list"], { cwd: root });
    expect(again.stderr).toBe("");
  });

  test("init onto a file, not a folder", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pytutor-e2e-file-"));
    writeFileSync(join(parent, "pytutor-ejercicios"), "x");
    const r = await pytutor(["init"], { cwd: parent });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("«pytutor-ejercicios» ya existe y no es una carpeta");
    expectNoStackTrace(r.stderr);
  });

  test("reset of an unknown exercise, and reset with no exercise", async () => {
    const { root } = await workspace();
    const unknown = await pytutor(["reset", "ejercicio99", "--yes"], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no existe el ejercicio «ejercicio99»");
    const none = await pytutor(["reset"], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("falta el argumento «exercise»");
  });
});
