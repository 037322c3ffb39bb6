// `pytutor doctor`: what pytutor finds, and why.
import { existsSync } from "node:fs";
import { count, type Lang } from "../i18n/lang.js";
import { findPython, PythonNotFoundError } from "../python/find.js";
import { formatIssue } from "../spec/load.js";
import { probeDir } from "../runner/run.js";
import { makeChalk } from "../report/style.js";
import { loadCatalogue } from "../context/catalogue.js";
import type { GlobalOptions } from "../options.js";

export async function runDoctor(options: GlobalOptions, lang: Lang): Promise<number> {
  const c = makeChalk();
  const es = lang === "es";
  const ok = c.green("✓");
  const bad = c.red("✗");
  const out: string[] = [];
  let code = 0;
  out.push(`${ok} Node.js ${process.version}`);
  const source = options.python ? "--python" : process.env.PYTUTOR_PYTHON ? "PYTUTOR_PYTHON" : es ? "el PATH (python3, python, py -3)" : "PATH (python3, python, py -3)";
  try {
    const flag = options.python?.at(-1);
    const py = await findPython(flag ? { flag } : {});
    out.push(`${ok} CPython ${py.version} ${c.dim(`(${py.implementation}${py.freeThreaded ? ", free-threaded" : ""}${py.gilEnabled ? "" : ", GIL off"})`)}`);
    out.push(`    ${es ? "elegido desde" : "chosen from"} ${source}: ${py.requested}`);
    out.push(`    ${es ? "ejecutable real" : "real executable"}: ${py.executable}`);
  } catch (error) {
    if (!(error instanceof PythonNotFoundError)) throw error;
    code = 2;
    out.push(`${bad} ${es ? "ningún CPython 3.8+ utilizable, buscado en" : "no usable CPython 3.8+, looked in"} ${source}:`);
    for (const a of error.attempts) out.push(`    ${a.candidate}: ${a.outcome[lang]}`);
    out.push(`    ${es ? "Instala CPython 3.8 o más nuevo, o elige uno con --python RUTA o PYTUTOR_PYTHON." : "Install CPython 3.8 or newer, or choose one with --python PATH or PYTUTOR_PYTHON."}`);
  }
  out.push(`${existsSync(probeDir()) ? ok : bad} ${es ? "sonda" : "probe"}: ${probeDir()}`);
  const { dir, sources, issues } = await loadCatalogue(options, true);
  if (issues.length === 0) {
    for (const source of sources) {
      const n = source.exercises.length;
      out.push(`${ok} ${es ? count(n, "ejercicio válido", "ejercicios válidos") : count(n, "valid exercise", "valid exercises")} ${es ? "de" : "of"} «${source.course[lang]}» ${es ? "en" : "in"} ${source.dir}`);
    }
  } else {
    code = 2;
    out.push(`${bad} ${es ? `${count(issues.length, "problema", "problemas")} en los ejercicios de` : `${count(issues.length, "problem", "problems")} in the exercises of`} ${dir}:`);
    for (const issue of issues) out.push(`    ${formatIssue(issue, lang)}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return code;
}
