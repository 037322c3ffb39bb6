// A hung program's report says where each thread was in the learner's terms:
// thread names, the learner's file and lines, innermost first, none of
// pytutor's frames and no hex thread id; on the oldest and newest CPython, for
// `check` and for `grade` (results.json, report.html, feedback).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FIXTURES, pytutor, type CliResult } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";
import type { BatchDocument } from "../../src/batch/types.js";

const pythons = testPythons();
const ends = [...new Set([pythons[0], pythons.at(-1)])].filter((p): p is NonNullable<typeof p> => p !== undefined);
const PROGRAM = join(FIXTURES, "programs", "hang-threads.py");

// The program needs a moment to reach its waits: a machine too busy to get it
// there within the short timeout gets one more run with a long one (the
// assertions below are the same either way).
async function untilWaiting(run: (timeout: string) => Promise<CliResult>, reached: (r: CliResult) => boolean): Promise<CliResult> {
  const first = await run("2");
  return reached(first) ? first : run("15");
}

describe.each(ends)("a program hung in join() and Event.wait() on CPython $version", ({ path: python }) => {
  test("check shows each thread by name at the learner's lines, innermost first", async () => {
    const r = await untilWaiting(
      (timeout) => pytutor(["check", "ejercicio2", PROGRAM, "--python", python, "--timeout", timeout]),
      (r) => r.stdout.includes("listo.wait()") && r.stdout.includes("hilo.join()"),
    );
    expect(r.code, r.stderr).toBe(1);
    const out = r.stdout;
    expect(out).toContain("Dónde estaba cada hilo al detenerlo:");
    expect(out).toMatch(/Hilo MainThread — estaba aquí:\n\s+hang-threads\.py, línea 19, en main: hilo\.join\(\)\n\s+llamado desde hang-threads\.py, línea 22, en <module>: main\(\)\n/);
    expect(out).toMatch(/Hilo Descargador — estaba aquí:\n\s+hang-threads\.py, línea 11, en esperar_senal: listo\.wait\(\)\n/);
    // The idle pool worker has none of the learner's code: counted, not dumped.
    expect(out).toContain("1 hilo más sin código tuyo en la pila.");
    expect(out).not.toContain("_pytutor_");
    expect(out).not.toMatch(/0x[0-9a-f]/i);
    expect(out).not.toContain("threading.py");
  }, 180_000);

  test("--lang en says the same in English", async () => {
    const r = await untilWaiting(
      (timeout) => pytutor(["check", "ejercicio2", PROGRAM, "--python", python, "--timeout", timeout, "--lang", "en"]),
      (r) => r.stdout.includes("listo.wait()") && r.stdout.includes("hilo.join()"),
    );
    expect(r.stdout).toMatch(/Thread Descargador — it was here:\n\s+hang-threads\.py, line 11, in esperar_senal: listo\.wait\(\)\n/);
    expect(r.stdout).toContain("1 more thread without your code on the stack.");
    expect(r.stdout).not.toMatch(/_pytutor_|0x[0-9a-f]/i);
  }, 180_000);

  test("grade keeps the stacks in results.json, report.html and the student's feedback", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-hung-class-"));
    mkdirSync(join(dir, "ana"));
    copyFileSync(PROGRAM, join(dir, "ana", "ejercicio2.py"));
    let out = "";
    const doc = () => JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as BatchDocument;
    const where = () => JSON.stringify(doc().submissions[0]?.run?.stacks ?? []);
    await untilWaiting(
      (timeout) => {
        out = join(mkdtempSync(join(tmpdir(), "pytutor-hung-out-")), "notas");
        return pytutor(["grade", dir, "--out", out, "--python", python, "--timeout", timeout, "--feedback", "full", "--jobs", "1"], { env: { CI: "true" } });
      },
      () => where().includes("listo.wait()") && where().includes("hilo.join()"),
    );
    const run = doc().submissions[0]?.run;
    expect(run?.timedOut).toBe(true);
    expect(run?.stacks).toEqual([
      {
        name: "MainThread",
        current: true,
        frames: [
          { file: "ejercicio2.py", line: 19, function: "main", source: "hilo.join()" },
          { file: "ejercicio2.py", line: 22, function: "<module>", source: "main()" },
        ],
      },
      { name: "Descargador", current: false, frames: [{ file: "ejercicio2.py", line: 11, function: "esperar_senal", source: "listo.wait()" }] },
      { name: "ThreadPoolExecutor-0_0", current: false, frames: [] },
    ]);
    expect(where()).not.toMatch(/_pytutor_|0x[0-9a-f]/i);

    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain('"stacks":[{"name":"MainThread"');
    expect(html).toContain('"function":"\\u003cmodule>"');
    expect(html).toContain("Dónde estaba cada hilo al detenerlo");
    expect(html).not.toContain("_pytutor_");

    const feedback = readFileSync(join(out, "feedback", readdirSync(join(out, "feedback"))[0] as string), "utf8");
    expect(feedback).toContain("Dónde estaba cada hilo al detenerlo:");
    expect(feedback).toMatch(/Hilo MainThread — estaba aquí:\n\s+ejercicio2\.py, línea 19, en main: hilo\.join\(\)\n\s+llamado desde ejercicio2\.py, línea 22, en <module>: main\(\)\n/);
    expect(feedback).toMatch(/Hilo Descargador — estaba aquí:\n\s+ejercicio2\.py, línea 11, en esperar_senal: listo\.wait\(\)\n/);
    expect(feedback).not.toMatch(/_pytutor_|0x[0-9a-f]/i);
  }, 240_000);
});
