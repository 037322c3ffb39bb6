// The learner's progress as `list`, the menu and `watch` show it: the bar, the
// mark of each exercise and its attempts, built once.
import type { ChalkInstance } from "chalk";
import { count, type Lang } from "../i18n/lang.js";
import { countDone, effectiveCurrent, progressOf, type Progress, type State } from "./state.js";
import type { Spec } from "../catalog/schema.js";
import { namedChecks, specPoints } from "../catalog/cases.js";

export const DIFFICULTY = {
  es: { basica: "básica", media: "media", avanzada: "avanzada" },
  en: { basica: "basic", media: "medium", avanzada: "advanced" },
};

export const BAR_WIDTH = 24;

// An exercise as `list --json` shows it, in the learner's language; its course
// (named outside a workspace) stands between its file and its checks.
export function exerciseSummary(spec: Spec, lang: Lang, course?: string) {
  return {
    id: spec.id,
    alias: spec.alias,
    title: spec.title[lang],
    concept: spec.concept[lang],
    difficulty: spec.difficulty,
    file: spec.file,
    ...(course === undefined ? {} : { course }),
    checks: namedChecks(spec).length,
    points: specPoints(spec, { advice: true }),
  };
}

export function progressBar(done: number, total: number, width: number = BAR_WIDTH): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
}

export type Standing = { done: number; total: number; percent: number; current: string | undefined };

// How far the learner is among `ids`, and which exercise is the current one.
export function standingOf(state: State, ids: string[]): Standing {
  const done = countDone(state, ids);
  const total = ids.length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100), current: effectiveCurrent(state, ids) };
}

// «█████░░░ 3/17 · 18 %»
export function barLine(standing: Standing, c: ChalkInstance, width: number = BAR_WIDTH): string {
  return `${c.green(progressBar(standing.done, standing.total, width))} ${standing.done}/${standing.total} · ${standing.percent} %`;
}

export type Mark = "done" | "current" | "pending";

export function markOf(state: State, id: string, current: string | undefined): Mark {
  return progressOf(state, id).status === "done" ? "done" : id === current ? "current" : "pending";
}

// ✓ passed, ▶ the current one, · pending.
export function markText(mark: Mark, c: ChalkInstance): string {
  return mark === "done" ? c.green("✓") : mark === "current" ? c.yellow("▶") : c.dim("·");
}

// «3 intentos, el último con 40 %», for an exercise tried and not passed yet.
export function attemptsText(p: Progress, lang: Lang): string | undefined {
  if (p.status === "done" || p.attempts === 0 || p.lastScore === null) return undefined;
  const score = Math.round(p.lastScore * 100);
  return lang === "es" ? `${count(p.attempts, "intento", "intentos")}, el último con ${score} %` : `${count(p.attempts, "attempt", "attempts")}, the last at ${score} %`;
}
