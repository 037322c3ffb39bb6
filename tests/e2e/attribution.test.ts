// Output attributed to its writer, and the bad input of "Verdicts a teacher
// would sign": programs that print nothing, crash first, flood with empty
// lines, rename their threads or tasks, write in pieces, or print from a
// subprocess or a forked child. Each gets an explained verdict and no writer
// is ever guessed. On the oldest and the newest CPython present.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FIXTURES, checkJson, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const dir = join(FIXTURES, "programs", "attribution");
const all = testPythons();
const ends = [...new Set([all[0], all.at(-1)])].filter((p) => p !== undefined);
const failing = (doc: Awaited<ReturnType<typeof checkJson>>["doc"]) => doc.checks.filter((c) => c.status === "fail").map((c) => c.id);

for (const python of ends) {
  describe.concurrent(`attribution on Python ${python.version}`, () => {
    test("a program that prints nothing fails on what it did not do, and says it printed nothing", async () => {
      const { result, doc } = await checkJson("ejercicio2", join(dir, "nada.py"), python.path);
      expect(result.code).toBe(1);
      expect(doc.verdict).toBe("fail");
      expect(doc.output).toEqual([]);
      expect(doc.notes.map((n) => n.kind)).toEqual([]);
      expect(failing(doc)).toContain("usa-hilos");
      expect(result.stdout).not.toContain("\n    at ");
    });

    test("a crash before the first line: the error comes first, the concept checks are not evaluated", async () => {
      const { result, doc } = await checkJson("ejercicio2", join(dir, "rompe-al-empezar.py"), python.path);
      expect(doc.verdict).toBe("fail");
      expect(doc.notes[0]?.kind).toBe("crash");
      expect(doc.notes[0]?.message).toContain("KeyError");
      expect(failing(doc)).toEqual(["termina-bien"]);
      const others = doc.checks.filter((c) => c.id !== "termina-bien");
      expect(others.every((c) => c.status === "skipped" && c.skip === "incomplete")).toBe(true);
      const text = await checkJsonText(python.path, "rompe-al-empezar.py");
      expect(text).toMatch(/comprobaciones no evaluadas: necesitan que el programa llegue a su final/);
      expect(result.stderr).toBe("");
    });

    test("a million empty lines: stopped at the output limit, said so, quickly", async () => {
      const started = Date.now();
      const { doc } = await checkJson("ejercicio2", join(dir, "millon-de-lineas-vacias.py"), python.path);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(doc.run.outputCapped).toBe(true);
      expect(doc.notes.map((n) => n.kind)).toContain("output-capped");
      expect(doc.verdict).toBe("fail");
    });

    test("threads that share one name and are renamed while they run: each line still has its own thread", async () => {
      const { doc } = await checkJson("ejercicio2", join(dir, "hilos-renombrados.py"), python.path);
      expect(doc.verdict).toBe("pass");
      const workers = doc.output.filter((l) => (l.writer?.thread ?? 0) > 0);
      expect(workers).toHaveLength(6);
      expect(new Set(workers.map((l) => l.writer?.thread)).size).toBe(3);
      for (const name of ["informe.pdf", "video.mp4", "foto.png"]) {
        const lines = workers.filter((l) => l.text.includes(name));
        expect(lines).toHaveLength(2);
        expect(lines[0]?.writer?.thread).toBe(lines[1]?.writer?.thread);
      }
    });

    test("sys.stdout.write and print(..., end='') pieces: whole lines per thread, no mixing reported", async () => {
      const { doc } = await checkJson("ejercicio2", join(dir, "write-y-trozos.py"), python.path);
      expect(doc.verdict).toBe("pass");
      expect(doc.output.map((l) => l.text)).toContain("Archivo 2 descargado en 5 segundos");
      expect(doc.notes.map((n) => n.kind)).not.toContain("interleaved");
    });

    test("asyncio tasks renamed while they run: each line still has its own task", async () => {
      const { doc } = await checkJson("ejercicio15", join(dir, "tareas-renombradas.py"), python.path);
      expect(doc.verdict).toBe("pass");
      const tasks = doc.output.filter((l) => l.text.startsWith("API") || l.text.startsWith("Consultando"));
      expect(new Set(tasks.map((l) => l.writer?.task)).size).toBe(3);
    });

    test("lines printed by subprocesses carry no writer, and it fails for having no threads", async () => {
      const { doc } = await checkJson("ejercicio2", join(dir, "desde-subprocesos.py"), python.path);
      expect(doc.verdict).toBe("fail");
      expect(failing(doc)).toContain("usa-hilos");
      const children = doc.output.filter((l) => l.text.startsWith("Iniciando") || l.text.endsWith("descargado"));
      expect(children).toHaveLength(6);
      for (const line of children) expect(line.writer).toBeUndefined();
      const summary = doc.output.find((l) => l.text.startsWith("Todas"));
      expect(summary?.writer?.thread).toBe(0);
    });

    test("lines printed after os.fork carry the child's process, and it fails for having no threads", async () => {
      const { doc } = await checkJson("ejercicio2", join(dir, "con-fork.py"), python.path);
      expect(doc.verdict).toBe("fail");
      expect(failing(doc)).toContain("usa-hilos");
      const children = doc.output.filter((l) => !l.text.startsWith("Todas"));
      expect(children).toHaveLength(6);
      expect(new Set(children.map((l) => l.writer?.pid)).size).toBe(3);
      expect(children.every((l) => l.writer?.pid !== undefined)).toBe(true);
    });
  });
}

async function checkJsonText(python: string, file: string): Promise<string> {
  const r = await pytutor(["check", "ejercicio2", join(dir, file), "--python", python]);
  return r.stdout;
}
