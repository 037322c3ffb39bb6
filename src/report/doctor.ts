// What `pytutor doctor` prints from the facts the CLI gathered: Node.js, the
// CPython chosen (and every one tried, when it matters), the probe, the
// cache, the system and its isolation, the exercises found. Exit 2 when there
// is no usable CPython or the exercises have problems.
import type { ChalkInstance } from "chalk";
import { count, type Lang, type Text } from "../i18n/lang.js";
import type { PythonInfo } from "../python/find.js";
import type { Platform } from "../platform/platform.js";
import { formatIssue, type SpecIssue } from "../catalog/load.js";
import { capabilityLines } from "./capabilities.js";

export type DoctorFacts = {
  node: string;
  // Where the CPython was looked for: --python, PYTUTOR_PYTHON or the usual places.
  source: string;
  python: PythonInfo | undefined;
  // Every interpreter tried, in order, already explained.
  tried: Array<{ ok: boolean; text: string }>;
  probe: { dir: string; exists: boolean };
  // undefined when PYTUTOR_NO_CACHE=1 turns it off.
  cache: string | undefined;
  platform: Pick<Platform, "name" | "capabilities">;
  catalogue: { dir: string; sources: Array<{ dir: string; course: Text; exercises: unknown[] }>; issues: SpecIssue[] };
};

export function doctorReport(facts: DoctorFacts, lang: Lang, c: ChalkInstance): { text: string; code: number } {
  const es = lang === "es";
  const ok = c.green("✓");
  const bad = c.red("✗");
  const out: string[] = [];
  let code = 0;
  out.push(`${ok} Node.js ${facts.node}`);
  const { python: py, tried, source } = facts;
  if (py) {
    out.push(`${ok} CPython ${py.version} ${c.dim(`(${py.implementation}${py.freeThreaded ? ", free-threaded" : ""}${py.gilEnabled ? "" : ", GIL off"})`)}`);
    out.push(`    ${es ? "elegido desde" : "chosen from"} ${source}: ${py.requested}`);
    out.push(`    ${es ? "ejecutable real" : "real executable"}: ${py.executable}`);
    if (tried.length > 1) out.push(`    ${es ? "probados, en orden" : "tried, in order"}:`);
  } else {
    code = 2;
    out.push(`${bad} ${es ? "ningún CPython 3.8+ utilizable, buscado en" : "no usable CPython 3.8+, looked in"} ${source}:`);
  }
  if (!py || tried.length > 1) for (const line of tried) out.push(`      ${line.ok ? ok : bad} ${line.text}`);
  if (!py) out.push(`    ${es ? "Instala CPython 3.8 o más nuevo, o elige uno con --python RUTA o PYTUTOR_PYTHON." : "Install CPython 3.8 or newer, or choose one with --python PATH or PYTUTOR_PYTHON."}`);
  out.push(`${facts.probe.exists ? ok : bad} ${es ? "sonda" : "probe"}: ${facts.probe.dir}`);
  const cache = facts.cache ?? (es ? "desactivada (PYTUTOR_NO_CACHE=1)" : "off (PYTUTOR_NO_CACHE=1)");
  out.push(`${ok} ${es ? "caché" : "cache"}: ${cache}`);
  out.push(`${ok} ${es ? "sistema" : "system"}: ${facts.platform.name}`);
  for (const line of capabilityLines(facts.platform.capabilities, lang)) out.push(`    ${line.ok ? ok : c.yellow("·")} ${line.text}`);
  const { dir, sources, issues } = facts.catalogue;
  if (issues.length === 0) {
    for (const s of sources) {
      const n = s.exercises.length;
      out.push(`${ok} ${es ? count(n, "ejercicio válido", "ejercicios válidos") : count(n, "valid exercise", "valid exercises")} ${es ? "de" : "of"} «${s.course[lang]}» ${es ? "en" : "in"} ${s.dir}`);
    }
  } else {
    code = 2;
    out.push(`${bad} ${es ? `${count(issues.length, "problema", "problemas")} en los ejercicios de` : `${count(issues.length, "problem", "problems")} in the exercises of`} ${dir}:`);
    for (const issue of issues) out.push(`    ${formatIssue(issue, lang)}`);
  }
  return { text: `${out.join("\n")}\n`, code };
}
