// `pytutor list`
import { count, type Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import { loadExercises } from "./context.js";
import type { GlobalOptions } from "./main.js";
import { findWorkspace } from "../workspace/find.js";

export const DIFFICULTY = {
  es: { basica: "básica", media: "media", avanzada: "avanzada" },
  en: { basica: "basic", media: "medium", avanzada: "advanced" },
};

export async function runList(options: GlobalOptions, lang: Lang): Promise<number> {
  const exercises = await loadExercises(options);
  // Inside a workspace: the learner's progress.
  const ws = findWorkspace();
  if (ws) return (await import("./list-progress.js")).runListProgress(ws, exercises, options, lang);
  if (options.json) {
    const doc = exercises.map(({ spec }) => ({
      id: spec.id,
      alias: spec.alias,
      title: spec.title[lang],
      concept: spec.concept[lang],
      difficulty: spec.difficulty,
      file: spec.file,
      checks: spec.checks.length,
      points: spec.checks.reduce((a, c) => a + c.points, 0),
    }));
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  const c = makeChalk();
  const idWidth = Math.max(...exercises.map((e) => e.spec.id.length));
  const aliasWidth = Math.max(...exercises.map((e) => e.spec.alias.length));
  const lines = exercises.map(({ spec }) =>
    `${c.bold(spec.id.padEnd(idWidth))}  ${c.dim(spec.alias.padEnd(aliasWidth))}  ${spec.title[lang]} ${c.dim(`· ${DIFFICULTY[lang][spec.difficulty]} · ${spec.file}`)}`,
  );
  const head = lang === "es" ? `${count(exercises.length, "ejercicio", "ejercicios")} de «Python Avanzado»:` : `${count(exercises.length, "exercise", "exercises")} of «Python Avanzado»:`;
  const tail = lang === "es" ? "Lee uno con `pytutor show ejercicio1` y compruébalo con `pytutor check ejercicio1`." : "Read one with `pytutor show ejercicio1` and check it with `pytutor check ejercicio1`.";
  process.stdout.write(`${head}\n\n${lines.join("\n")}\n\n${c.dim(tail)}\n`);
  return 0;
}
