// What `pytutor list` prints: outside a workspace, the exercises grouped by
// course; inside one, the learner's progress. Each as text and as JSON.
import type { ChalkInstance } from "chalk";
import { count, type Lang } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import type { CatalogueSource } from "../context/catalogue.js";
import { progressOf, type State } from "./state.js";
import { attemptsText, barLine, DIFFICULTY, exerciseSummary, markOf, markText, standingOf } from "./progress-view.js";

// `list --json` outside a workspace: every exercise with its course.
export function catalogueJson(exercises: Exercise[], sources: CatalogueSource[], lang: Lang) {
  return exercises.map(({ spec }) => exerciseSummary(spec, lang, sources.find((s) => s.exercises.some((e) => e.spec === spec))?.course[lang]));
}

// One block per folder of exercises, headed by its course, then how to begin.
export function catalogueText(exercises: Exercise[], sources: CatalogueSource[], lang: Lang, c: ChalkInstance): string {
  const idWidth = Math.max(...exercises.map((e) => e.spec.id.length));
  const aliasWidth = Math.max(...exercises.map((e) => e.spec.alias.length));
  const only = (missing: "whole" | "part" | undefined) =>
    missing === undefined ? "" : lang === "es" ? ` · ${missing === "whole" ? "solo" : "en parte solo"} en inglés` : ` · ${missing === "whole" ? "only" : "partly only"} in Spanish`;
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
  return `${blocks.join("\n\n")}\n\n${c.dim(tail)}\n`;
}

// `list --json` inside a workspace: the standing, and where each exercise is.
export function progressJson(root: string, state: State, exercises: Exercise[], lang: Lang) {
  const { done, total, percent, current } = standingOf(state, exercises.map((e) => e.spec.id));
  return {
    workspace: root,
    progress: { done, total, percent, current: current ?? null },
    exercises: exercises.map(({ spec }) => {
      const p = progressOf(state, spec.id);
      return {
        ...exerciseSummary(spec, lang),
        status: p.status,
        current: spec.id === current,
        hints: { used: Math.min(p.hintsUsed, spec.hints.length), total: spec.hints.length },
        attempts: p.attempts,
        lastScore: p.lastScore,
        lastCheckedAt: p.lastCheckedAt,
        passedAt: p.passedAt,
      };
    }),
  };
}

// The bar, each exercise with its mark (the current one in bold), and what to do next.
export function progressText(state: State, exercises: Exercise[], lang: Lang, c: ChalkInstance): string {
  const standing = standingOf(state, exercises.map((e) => e.spec.id));
  const { done, total, current } = standing;
  const es = lang === "es";
  const idWidth = Math.max(...exercises.map((e) => e.spec.id.length));
  const aliasWidth = Math.max(...exercises.map((e) => e.spec.alias.length));
  const lines = exercises.map(({ spec }) => {
    const p = progressOf(state, spec.id);
    const mark = markText(markOf(state, spec.id, current), c);
    const tried = attemptsText(p, lang);
    const extra = `· ${DIFFICULTY[lang][spec.difficulty]}${tried ? ` · ${tried}` : ""}`;
    const row = `${mark} ${spec.id.padEnd(idWidth)}  ${c.dim(spec.alias.padEnd(aliasWidth))}  ${spec.title[lang]} ${c.dim(extra)}`;
    return spec.id === current && p.status !== "done" ? c.bold(row) : row;
  });
  const head = es ? "Tu progreso en «Python Avanzado»:" : "Your progress in «Python Avanzado»:";
  const tail =
    done === total
      ? es
        ? "¡Los superaste todos! Compara con la solución de referencia: `pytutor solution <ejercicio>`."
        : "You passed them all! Compare with the reference solution: `pytutor solution <exercise>`."
      : es
        ? "✓ superado · ▶ el actual · · pendiente. Sigue con `pytutor next`, o `pytutor check` para comprobar el actual."
        : "✓ passed · ▶ current · · pending. Go on with `pytutor next`, or `pytutor check` to check the current one.";
  return `${head}\n${barLine(standing, c)}\n\n${lines.join("\n")}\n\n${c.dim(tail)}\n`;
}
