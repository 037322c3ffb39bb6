// `pytutor doctor`: what pytutor finds, and why.
import { existsSync } from "node:fs";
import { cacheDir, cacheDisabled } from "../cache-dir.js";
import { count, type Lang } from "../i18n/lang.js";
import { explainAttempt, searchPlaces } from "../python/explain.js";
import { inspectPythons } from "../python/find.js";
import { formatIssue } from "../catalog/load.js";
import { probeDir } from "../runner/run.js";
import { makeChalk } from "../report/style.js";
import { currentPlatform } from "../platform/platform.js";
import { capabilityLines } from "../report/capabilities.js";
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
  const source = options.python ? "--python" : process.env.PYTUTOR_PYTHON ? "PYTUTOR_PYTHON" : searchPlaces(process.platform)[lang];
  const flag = options.python?.at(-1);
  const { attempts, chosen } = await inspectPythons(flag ? { flag } : {});
  const py = chosen === undefined ? undefined : attempts[chosen]?.info;
  if (py) {
    out.push(`${ok} CPython ${py.version} ${c.dim(`(${py.implementation}${py.freeThreaded ? ", free-threaded" : ""}${py.gilEnabled ? "" : ", GIL off"})`)}`);
    out.push(`    ${es ? "elegido desde" : "chosen from"} ${source}: ${py.requested}`);
    out.push(`    ${es ? "ejecutable real" : "real executable"}: ${py.executable}`);
    if (attempts.length > 1) out.push(`    ${es ? "probados, en orden" : "tried, in order"}:`);
  } else {
    code = 2;
    out.push(`${bad} ${es ? "ningún CPython 3.8+ utilizable, buscado en" : "no usable CPython 3.8+, looked in"} ${source}:`);
  }
  if (!py || attempts.length > 1) {
    for (const [i, a] of attempts.entries()) {
      const line = explainAttempt(a, i === chosen, lang);
      out.push(`      ${line.ok ? ok : bad} ${line.text}`);
    }
  }
  if (!py) out.push(`    ${es ? "Instala CPython 3.8 o más nuevo, o elige uno con --python RUTA o PYTUTOR_PYTHON." : "Install CPython 3.8 or newer, or choose one with --python PATH or PYTUTOR_PYTHON."}`);
  out.push(`${existsSync(probeDir()) ? ok : bad} ${es ? "sonda" : "probe"}: ${probeDir()}`);
  const cache = cacheDisabled() ? (es ? "desactivada (PYTUTOR_NO_CACHE=1)" : "off (PYTUTOR_NO_CACHE=1)") : cacheDir();
  out.push(`${ok} ${es ? "caché" : "cache"}: ${cache}`);
  const platform = currentPlatform();
  out.push(`${ok} ${es ? "sistema" : "system"}: ${platform.name}`);
  for (const line of capabilityLines(platform.capabilities, lang)) out.push(`    ${line.ok ? ok : c.yellow("·")} ${line.text}`);
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
