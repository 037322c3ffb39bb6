// The menu of `pytutor` alone, as data: which entries each screen has in which
// state, their labels and descriptions, which one has the focus, and what the
// menu says around them. `cli/menu.ts` only prompts with it and dispatches.
import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { fit } from "../report/watch-summary.js";
import { effectiveCurrent, progressOf, type State } from "./state.js";
import { attemptsText, BAR_WIDTH, barLine, DIFFICULTY, markOf, markText, standingOf } from "./progress-view.js";

// One entry of a list; "separator" is the line between exercises and actions.
export type MenuItem<V> = { value: V; name: string; description?: string; disabled?: string } | "separator";

// One screen: the lines above the prompt, its question, entries and focus, and
// what the keys line adds to «↑↓ move · ⏎ choose».
export type MenuScreen<V> = { heading: string[]; message: string; items: Array<MenuItem<V>>; focus?: V; keysTip: string };

export type OutsideChoice = "init" | "list" | "show" | "quit";
export type HomeChoice = ":next" | ":watch" | ":quit" | (string & {});
export type ExerciseAction = "read" | "check" | "hint" | "solution" | "current" | "back";

const t = (lang: Lang, es: string, en: string) => (lang === "es" ? es : en);
const numberTip = (lang: Lang) => t(lang, " · número: ejercicio N", " · number: exercise N");

// The keys line under every list.
export function keysHelp(lang: Lang, extra: string): string {
  return t(lang, `↑↓ moverte · ⏎ elegir${extra} · Ctrl-C salir`, `↑↓ move · ⏎ choose${extra} · Ctrl-C quit`);
}

// How many rows a list shows: all of it when the terminal has room.
export function pageSize(items: number, rows: number): number {
  return Math.max(5, Math.min(items, rows - 8));
}

// Outside a workspace: create one, list the exercises, read one, or quit.
export function outsideScreen(lang: Lang, c: ChalkInstance): MenuScreen<OutsideChoice> {
  return {
    heading: [
      `${c.bold("pytutor")} ${c.dim("·")} «Python Avanzado»`,
      c.dim(
        t(
          lang,
          "No estás en un espacio de trabajo (la carpeta con tus ejercicios y tu progreso que crea `pytutor init`).",
          "You are not in a workspace (the folder with your exercises and your progress that `pytutor init` creates).",
        ),
      ),
    ],
    message: t(lang, "¿Qué quieres hacer?", "What do you want to do?"),
    items: [
      { value: "init", name: t(lang, "Crear mi espacio de trabajo (pytutor init)", "Create my workspace (pytutor init)") },
      { value: "list", name: t(lang, "Ver la lista de ejercicios (pytutor list)", "See the list of exercises (pytutor list)") },
      { value: "show", name: t(lang, "Leer el enunciado de un ejercicio (pytutor show)", "Read an exercise's statement (pytutor show)") },
      { value: "quit", name: t(lang, "Salir", "Quit") },
    ],
    keysTip: "",
  };
}

// The statements to read outside a workspace; "" goes back.
export function statementScreen(exercises: Exercise[], lang: Lang, width: number): MenuScreen<string> {
  return {
    heading: [],
    message: t(lang, "¿Qué enunciado?", "Which statement?"),
    items: [
      ...exercises.map(({ spec }) => ({ value: spec.id, name: fit(`${spec.id}  ${spec.title[lang]}`, width - 4) })),
      "separator",
      { value: "", name: t(lang, "Volver", "Back") },
    ],
    keysTip: numberTip(lang),
  };
}

// What the menu says while creating a workspace, and on leaving it.
export function workspaceTexts(lang: Lang) {
  return {
    folderQuestion: t(lang, "¿En qué carpeta lo creo?", "Which folder should it go in?"),
    folderMissing: t(lang, "Escribe el nombre de una carpeta.", "Type a folder's name."),
    opening: (folder: string) => t(lang, `Abro tu espacio de trabajo, ${folder}.`, `Opening your workspace, ${folder}.`),
    goThere: (folder: string) => t(lang, `Tu espacio de trabajo está en ${folder}: entra con \`cd ${folder}\`.`, `Your workspace is in ${folder}: go there with \`cd ${folder}\`.`),
  };
}

export type HomeInput = { folderName: string; exercises: Exercise[]; state: State; lang: Lang; c: ChalkInstance; width: number; focus: string | undefined };

// Inside a workspace: the bar, every exercise with its mark, then next, watch and quit.
export function homeScreen({ folderName, exercises, state, lang, c, width, focus }: HomeInput): MenuScreen<HomeChoice> {
  const ids = exercises.map((e) => e.spec.id);
  const standing = standingOf(state, ids);
  const { current } = standing;
  const idWidth = Math.max(...ids.map((id) => id.length));
  const rows: Array<MenuItem<HomeChoice>> = exercises.map(({ spec }) => {
    const tried = attemptsText(progressOf(state, spec.id), lang);
    const about = `${spec.alias} · ${DIFFICULTY[lang][spec.difficulty]}${tried ? ` · ${tried}` : ""}`;
    const mark = markText(markOf(state, spec.id, current), c);
    return { value: spec.id, name: `${mark} ${fit(`${spec.id.padEnd(idWidth)}  ${spec.title[lang]}`, width - 6)}`, description: fit(about, width) };
  });
  const currentFile = exercises.find((e) => e.spec.id === current)?.spec.file;
  const chosen = focus ?? current ?? ids[0];
  return {
    heading: [
      `${c.bold("pytutor")} ${c.dim("·")} ${t(lang, "tu progreso en «Python Avanzado»", "your progress in «Python Avanzado»")} ${c.dim(`· ${folderName}`)}`,
      barLine(standing, c, Math.min(BAR_WIDTH, width - 16)),
    ],
    message: t(lang, "Elige un ejercicio o una acción:", "Choose an exercise or an action:"),
    items: [
      ...rows,
      "separator",
      { value: ":next", name: t(lang, "Siguiente ejercicio (pytutor next)", "Next exercise (pytutor next)") },
      currentFile
        ? { value: ":watch", name: fit(t(lang, `Vigilar ${currentFile} mientras lo editas (pytutor watch)`, `Watch ${currentFile} while you edit it (pytutor watch)`), width - 4) }
        : { value: ":watch", name: t(lang, "Vigilar (pytutor watch)", "Watch (pytutor watch)"), disabled: t(lang, "(no queda ningún ejercicio pendiente)", "(no exercise is left pending)") },
      { value: ":quit", name: t(lang, "Salir", "Quit") },
    ],
    ...(chosen === undefined ? {} : { focus: chosen }),
    keysTip: numberTip(lang),
  };
}

export type ExerciseInput = { exercise: Exercise; exercises: Exercise[]; state: State; lang: Lang; c: ChalkInstance; width: number; focus: ExerciseAction };

// One exercise's submenu: read, check, the next hint, the solution once
// passed, make it current, back. A focus on a disabled entry falls back to read.
export function exerciseScreen({ exercise, exercises, state, lang, c, width, focus }: ExerciseInput): MenuScreen<ExerciseAction> & { passed: boolean } {
  const { spec } = exercise;
  const p = progressOf(state, spec.id);
  const passed = p.status === "done";
  const isCurrent = effectiveCurrent(state, exercises.map((e) => e.spec.id)) === spec.id;
  const total = spec.hints.length;
  const where = passed ? c.green(t(lang, "superado", "passed")) : (attemptsText(p, lang) ?? t(lang, "sin intentos todavía", "no attempts yet"));
  const hintName =
    p.hintsUsed >= total
      ? t(lang, `Pistas (ya viste las ${total}: verlas todas)`, `Hints (you have seen all ${total}: see them all)`)
      : t(lang, `Pista (la siguiente: ${p.hintsUsed + 1} de ${total})`, `Hint (the next: ${p.hintsUsed + 1} of ${total})`);
  const solution = t(lang, "Solución de referencia", "Solution (the reference one)");
  const makeCurrent = t(lang, "Marcar como ejercicio actual", "Make it the current exercise");
  const items: Array<MenuItem<ExerciseAction>> = [
    { value: "read", name: t(lang, "Leer el enunciado", "Read the statement") },
    { value: "check", name: t(lang, `Comprobar mi solución (${spec.file})`, `Check my solution (${spec.file})`) },
    { value: "hint", name: hintName },
    passed
      ? { value: "solution", name: solution }
      : { value: "solution", name: solution, disabled: t(lang, "(supéralo primero: se enseña cuando tu solución pasa)", "(pass it first: it is shown once your solution passes)") },
    isCurrent ? { value: "current", name: makeCurrent, disabled: t(lang, "(ya es el actual)", "(it already is)") } : { value: "current", name: makeCurrent },
    { value: "back", name: t(lang, "Volver", "Back") },
  ];
  const usable = new Set(items.flatMap((i) => (i !== "separator" && !i.disabled ? [i.value] : [])));
  return {
    heading: [],
    message: fit(`${spec.id} · ${spec.title[lang]} · ${DIFFICULTY[lang][spec.difficulty]} · `, width - 4) + where,
    items,
    focus: usable.has(focus) ? focus : "read",
    keysTip: "",
    passed,
  };
}

// Where the focus goes after an action in the submenu, and what to say: after
// reading, checking; after a first pass, the solution it unlocks; after the
// solution, back.
export function afterAction(action: ExerciseAction, lang: Lang, outcome: { passedNow: boolean; passedBefore: boolean }): { focus: ExerciseAction; note?: string } {
  if (action === "read") return { focus: "check" };
  if (action === "solution") return { focus: "back" };
  if (action === "check" && outcome.passedNow && !outcome.passedBefore) {
    return { focus: "solution", note: t(lang, "Ya puedes ver la solución de referencia en este menú.", "You can now see the reference solution from this menu.") };
  }
  return { focus: action };
}

// Said once «make it current» is done.
export function madeCurrentText(id: string, lang: Lang): string {
  return t(lang, `${id} es ahora tu ejercicio actual.`, `${id} is now your current exercise.`);
}
