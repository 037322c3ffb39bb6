// `pytutor list` inside a workspace: a progress bar and where each exercise stands.
import { type Lang } from "../i18n/lang.js";
import { makeChalk } from "../report/style.js";
import type { Exercise } from "../catalog/exercise.js";
import type { Workspace } from "../workspace/find.js";
import { progressOf } from "../workspace/state.js";
import { loadState } from "../workspace/workspace.js";
import { EXIT } from "./exit-codes.js";
import { attemptsText, barLine, DIFFICULTY, exerciseSummary, markOf, markText, standingOf } from "../workspace/progress-view.js";
import type { GlobalOptions } from "../options.js";
import { stateOptions } from "../workspace/shared.js";


export async function runListProgress(ws: Workspace, exercises: Exercise[], options: GlobalOptions, lang: Lang): Promise<number> {
  const state = await loadState(ws, stateOptions(lang, exercises));
  const ids = exercises.map((e) => e.spec.id);
  const standing = standingOf(state, ids);
  const { done, total, percent, current } = standing;
  const es = lang === "es";

  if (options.json) {
    const doc = {
      workspace: ws.root,
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
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return EXIT.ok;
  }

  const c = makeChalk();
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
  const bar = barLine(standing, c);
  const head = es ? "Tu progreso en «Python Avanzado»:" : "Your progress in «Python Avanzado»:";
  const tail =
    done === total
      ? es
        ? "¡Los superaste todos! Compara con la solución de referencia: `pytutor solution <ejercicio>`."
        : "You passed them all! Compare with the reference solution: `pytutor solution <exercise>`."
      : es
        ? "✓ superado · ▶ el actual · · pendiente. Sigue con `pytutor next`, o `pytutor check` para comprobar el actual."
        : "✓ passed · ▶ current · · pending. Go on with `pytutor next`, or `pytutor check` to check the current one.";
  process.stdout.write(`${head}\n${bar}\n\n${lines.join("\n")}\n\n${c.dim(tail)}\n`);
  return EXIT.ok;
}
