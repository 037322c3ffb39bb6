// What this system lets a run measure and enforce, one line each, as doctor
// shows it; a missing one says why and what it means for grading.
import type { Lang, Text } from "../i18n/lang.js";
import type { Capabilities } from "../platform/types.js";

const WORDS: Record<keyof Capabilities, { has: Text; lacks: Text }> = {
  limitsEnforced: {
    has: { es: "límites de CPU, memoria y procesos aplicados", en: "CPU, memory and process limits enforced" },
    lacks: { es: "límites sin aplicar", en: "limits not enforced" },
  },
  treeKill: {
    has: { es: "al acabar o agotar el tiempo, se termina todo el árbol de procesos", en: "at the end or a timeout, the whole process tree is ended" },
    lacks: { es: "puede quedar algún proceso hijo al acabar", en: "a child process may outlive the run" },
  },
  cpuAccounting: {
    has: { es: "CPU medida por proceso (comprobaciones de paralelismo)", en: "CPU measured per process (parallelism checks)" },
    lacks: { es: "sin medida de CPU por proceso: las comprobaciones de paralelismo se omiten", en: "no per-process CPU measure: parallelism checks are skipped" },
  },
  stackDump: {
    has: { es: "dónde estaba cada hilo en un cuelgue", en: "where each thread was when a program hangs" },
    lacks: { es: "sin pilas de un cuelgue", en: "no stacks of a hang" },
  },
};

export function capabilityLines(caps: Capabilities & { missing?: Partial<Record<keyof Capabilities, Text>> }, lang: Lang): { ok: boolean; text: string }[] {
  return (Object.keys(WORDS) as (keyof Capabilities)[]).map((key) => {
    const words = WORDS[key];
    if (caps[key]) return { ok: true, text: words.has[lang] };
    const why = caps.missing?.[key];
    return { ok: false, text: why ? `${words.lacks[lang]} (${why[lang]})` : words.lacks[lang] };
  });
}
