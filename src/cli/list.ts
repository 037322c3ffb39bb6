// `pytutor list`
import { count, type Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import { loadValidCatalogue } from "../context/catalogue.js";
import type { GlobalOptions } from "../options.js";
import { findWorkspace } from "../workspace/find.js";
import { DIFFICULTY, exerciseSummary } from "../workspace/progress-view.js";


export async function runList(options: GlobalOptions, lang: Lang): Promise<number> {
  const { exercises, sources } = await loadValidCatalogue(options);
  // Inside a workspace: the learner's progress.
  const ws = findWorkspace();
  if (ws) return (await import("./list-progress.js")).runListProgress(ws, exercises, options, lang);
  if (options.json) {
    const doc = exercises.map(({ spec }) =>
      exerciseSummary(spec, lang, sources.find((s) => s.exercises.some((e) => e.spec === spec))?.course[lang]),
    );
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  const c = makeChalk();
  const idWidth = Math.max(...exercises.map((e) => e.spec.id.length));
  const aliasWidth = Math.max(...exercises.map((e) => e.spec.alias.length));
  const only = (missing: "whole" | "part" | undefined) =>
    missing === undefined ? "" : lang === "es" ? ` · ${missing === "whole" ? "solo" : "en parte solo"} en inglés` : ` · ${missing === "whole" ? "only" : "partly only"} in Spanish`;
  // One block per folder of exercises, headed by its course.
  const blocks = sources
    .map((source) => ({ source, listed: exercises.filter((e) => source.exercises.includes(e)) }))
    .filter(({ listed }) => listed.length > 0)
    .map(({ source, listed }) => {
      const head = lang === "es" ? `${count(listed.length, "ejercicio", "ejercicios")} de «${source.course.es}»:` : `${count(listed.length, "exercise", "exercises")} of «${source.course.en}»:`;
      const lines = listed.map(({ spec, untranslated }) =>
        `${c.bold(spec.id.padEnd(idWidth))}  ${c.dim(spec.alias.padEnd(aliasWidth))}  ${spec.title[lang]} ${c.dim(`· ${DIFFICULTY[lang][spec.difficulty]} · ${spec.file}${only(untranslated?.[lang])}`)}`,
      );
      return `${head}\n\n${lines.join("\n")}`;
    });
  const first = exercises[0]?.spec.id ?? "ejercicio1";
  const tail = lang === "es" ? `Lee uno con \`pytutor show ${first}\` y compruébalo con \`pytutor check ${first}\`.` : `Read one with \`pytutor show ${first}\` and check it with \`pytutor check ${first}\`.`;
  process.stdout.write(`${blocks.join("\n\n")}\n\n${c.dim(tail)}\n`);
  return 0;
}
