// `pytutor` alone on a terminal: a menu. Inside a workspace, the exercises
// with their status under the progress bar, each with a submenu (statement,
// check, next hint, solution once passed, make it current), plus next, watch
// and quit. Outside one, it offers to create one, or to list and read the
// exercises. Every action is the command of the same name, run in place.
// Ctrl-C at any prompt leaves with a short goodbye and exit 130.
import { basename, resolve } from "node:path";
import type { Separator as SeparatorType } from "@inquirer/prompts";
import { type Lang } from "../i18n/lang.js";
import { makeChalk, terminalWidth } from "../report/style.js";
import { fit } from "../report/watch-summary.js";
import { onInterrupt } from "../runner/kill.js";
import type { Exercise } from "../catalog/exercise.js";
import { findWorkspace, workspaceAt, type Workspace } from "../workspace/find.js";
import { effectiveCurrent, progressOf } from "../workspace/state.js";
import { loadState, updateState } from "../workspace/workspace.js";
import { loadExercises } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import { goodbye } from "./goodbye.js";
import { attemptsText, BAR_WIDTH, barLine, DIFFICULTY, markOf, markText, standingOf } from "../workspace/progress-view.js";
import type { GlobalOptions } from "../options.js";
import { stateOptions } from "../workspace/shared.js";

type Prompts = typeof import("@inquirer/prompts");
type Item<V> = { value: V; name: string; description?: string; disabled?: boolean | string } | SeparatorType;

// Leaving the menu: 0 when the learner chose to, 130 when interrupted.
class Leave extends Error {
  constructor(readonly code: number) {
    super(`leave ${code}`);
  }
}

const isPromptExit = (error: unknown) => error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");

export async function runMenu(options: GlobalOptions, lang: Lang): Promise<number> {
  const prompts = await import("@inquirer/prompts");
  // A signal while an action runs (no prompt has the terminal in raw mode then).
  const unhook = onInterrupt(() => goodbye(lang, true));
  const menu = new Menu(prompts, options, lang);
  try {
    await menu.run();
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Leave) return error.code;
    if (isPromptExit(error)) {
      goodbye(lang, true);
      return EXIT.interrupted;
    }
    throw error;
  } finally {
    unhook();
  }
}

class Menu {
  private readonly es: boolean;
  private readonly c = makeChalk();
  // Set when the menu created a workspace and moved into it.
  private movedTo: string | undefined;

  constructor(
    private readonly prompts: Prompts,
    private readonly options: GlobalOptions,
    private readonly lang: Lang,
  ) {
    this.es = lang === "es";
  }

  private t(es: string, en: string): string {
    return this.es ? es : en;
  }

  private width(): number {
    return terminalWidth();
  }

  private pageSize(items: number): number {
    const rows = process.stdout.rows || 24;
    return Math.max(5, Math.min(items, rows - 8));
  }

  private theme(extra = "") {
    const c = this.c;
    const tip = this.t(`↑↓ moverte · ⏎ elegir${extra} · Ctrl-C salir`, `↑↓ move · ⏎ choose${extra} · Ctrl-C quit`);
    return { style: { keysHelpTip: () => c.dim(tip) } };
  }

  private async select<V>(message: string, choices: Array<Item<V>>, defaultValue?: V, extraTip = ""): Promise<V> {
    return this.prompts.select<V>({
      message,
      choices,
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      pageSize: this.pageSize(choices.length),
      loop: false,
      theme: this.theme(extraTip),
    });
  }

  private say(text = ""): void {
    process.stdout.write(`${text}\n`);
  }

  // Runs one command in place; its errors are shown and the menu goes on.
  private async perform(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (error) {
      if (!(error instanceof PytutorError)) throw error;
      this.say(`${this.c.yellow("pytutor:")} ${error.text[this.lang]}`);
      for (const line of error.details) this.say(`  ${typeof line === "string" ? line : line[this.lang]}`);
      return false;
    } finally {
      this.say();
    }
  }

  private quit(): never {
    if (this.movedTo) this.say(this.c.dim(this.t(`Tu espacio de trabajo está en ${this.movedTo}: entra con \`cd ${this.movedTo}\`.`, `Your workspace is in ${this.movedTo}: go there with \`cd ${this.movedTo}\`.`)));
    goodbye(this.lang, false);
    throw new Leave(EXIT.ok);
  }

  async run(): Promise<void> {
    let ws = findWorkspace();
    while (!ws) ws = await this.outside();
    await this.inside(ws);
  }

  // ---- outside a workspace -------------------------------------------------

  private async outside(): Promise<Workspace | undefined> {
    const c = this.c;
    this.say(`${c.bold("pytutor")} ${c.dim("·")} «Python Avanzado»`);
    this.say(
      c.dim(
        this.t(
          "No estás en un espacio de trabajo (la carpeta con tus ejercicios y tu progreso que crea `pytutor init`).",
          "You are not in a workspace (the folder with your exercises and your progress that `pytutor init` creates).",
        ),
      ),
    );
    const choice = await this.select<"init" | "list" | "show" | "quit">(this.t("¿Qué quieres hacer?", "What do you want to do?"), [
      { value: "init", name: this.t("Crear mi espacio de trabajo (pytutor init)", "Create my workspace (pytutor init)") },
      { value: "list", name: this.t("Ver la lista de ejercicios (pytutor list)", "See the list of exercises (pytutor list)") },
      { value: "show", name: this.t("Leer el enunciado de un ejercicio (pytutor show)", "Read an exercise's statement (pytutor show)") },
      { value: "quit", name: this.t("Salir", "Quit") },
    ]);
    if (choice === "quit") this.quit();
    if (choice === "list") {
      await this.perform(async () => (await import("./list.js")).runList({ ...this.options, json: false }, this.lang));
      return undefined;
    }
    if (choice === "show") {
      await this.pickAndShow();
      return undefined;
    }
    const { DEFAULT_FOLDER, runInit } = await import("./init.js");
    const folder = (
      await this.prompts.input({
        message: this.t("¿En qué carpeta lo creo?", "Which folder should it go in?"),
        default: DEFAULT_FOLDER,
        validate: (value) => value.trim() !== "" || this.t("Escribe el nombre de una carpeta.", "Type a folder's name."),
      })
    ).trim();
    const made = await this.perform(() => runInit(folder, this.options, this.lang));
    if (!made) return undefined;
    const root = resolve(folder);
    try {
      process.chdir(root);
    } catch (error) {
      this.say(`${c.yellow("pytutor:")} ${(error as Error).message}`);
      return undefined;
    }
    this.movedTo = folder;
    this.say(c.dim(this.t(`Abro tu espacio de trabajo, ${folder}.`, `Opening your workspace, ${folder}.`)));
    this.say();
    return workspaceAt(root);
  }

  private async pickAndShow(): Promise<void> {
    const exercises = await loadExercises(this.options);
    const width = this.width() - 4;
    const items: Array<Item<string>> = exercises.map(({ spec }) => ({
      value: spec.id,
      name: fit(`${spec.id}  ${spec.title[this.lang]}`, width),
    }));
    items.push(new this.prompts.Separator(), { value: "", name: this.t("Volver", "Back") });
    const id = await this.select(this.t("¿Qué enunciado?", "Which statement?"), items, undefined, this.t(" · número: ejercicio N", " · number: exercise N"));
    if (id) await this.perform(async () => (await import("./show.js")).runShow(id, this.options, this.lang));
  }

  // ---- inside a workspace --------------------------------------------------

  private async inside(ws: Workspace): Promise<void> {
    const c = this.c;
    let focus: string | undefined;
    for (;;) {
      const exercises = await loadExercises(this.options);
      const ids = exercises.map((e) => e.spec.id);
      const state = await loadState(ws, stateOptions(this.lang, exercises));
      const standing = standingOf(state, ids);
      const { current } = standing;
      const bar = barLine(standing, c, Math.min(BAR_WIDTH, this.width() - 16));
      this.say(`${c.bold("pytutor")} ${c.dim("·")} ${this.t("tu progreso en «Python Avanzado»", "your progress in «Python Avanzado»")} ${c.dim(`· ${basename(ws.root)}`)}`);
      this.say(bar);

      const idWidth = Math.max(...ids.map((id) => id.length));
      const nameWidth = this.width() - 6;
      const items: Array<Item<string>> = exercises.map(({ spec }) => {
        const p = progressOf(state, spec.id);
        const mark = markText(markOf(state, spec.id, current), c);
        const tried = attemptsText(p, this.lang);
        const about = `${spec.alias} · ${DIFFICULTY[this.lang][spec.difficulty]}${tried ? ` · ${tried}` : ""}`;
        return { value: spec.id, name: `${mark} ${fit(`${spec.id.padEnd(idWidth)}  ${spec.title[this.lang]}`, nameWidth)}`, description: fit(about, this.width()) };
      });
      const currentFile = exercises.find((e) => e.spec.id === current)?.spec.file;
      items.push(
        new this.prompts.Separator(),
        { value: ":next", name: this.t("Siguiente ejercicio (pytutor next)", "Next exercise (pytutor next)") },
        currentFile
          ? { value: ":watch", name: fit(this.t(`Vigilar ${currentFile} mientras lo editas (pytutor watch)`, `Watch ${currentFile} while you edit it (pytutor watch)`), this.width() - 4) }
          : { value: ":watch", name: this.t("Vigilar (pytutor watch)", "Watch (pytutor watch)"), disabled: this.t("(no queda ningún ejercicio pendiente)", "(no exercise is left pending)") },
        { value: ":quit", name: this.t("Salir", "Quit") },
      );
      const choice = await this.select(
        this.t("Elige un ejercicio o una acción:", "Choose an exercise or an action:"),
        items,
        focus ?? current ?? ids[0],
        this.t(" · número: ejercicio N", " · number: exercise N"),
      );
      focus = choice;
      if (choice === ":quit") this.quit();
      if (choice === ":next") {
        await this.perform(async () => (await import("./next.js")).runNext(this.options, this.lang));
        focus = undefined;
      } else if (choice === ":watch") {
        let code: number = EXIT.ok;
        await this.perform(async () => (code = await (await import("./watch.js")).runWatch(undefined, this.options, this.lang)));
        if (code === EXIT.interrupted) throw new Leave(EXIT.interrupted);
        focus = undefined;
      } else {
        const exercise = exercises.find((e) => e.spec.id === choice);
        if (exercise) await this.exercise(ws, exercise, exercises);
      }
    }
  }

  private async exercise(ws: Workspace, exercise: Exercise, exercises: Exercise[]): Promise<void> {
    const c = this.c;
    const { spec } = exercise;
    type Action = "read" | "check" | "hint" | "solution" | "current" | "back";
    let focus: Action = "read";
    for (;;) {
      const state = await loadState(ws, stateOptions(this.lang, exercises));
      const p = progressOf(state, spec.id);
      const passed = p.status === "done";
      const isCurrent = effectiveCurrent(state, exercises.map((e) => e.spec.id)) === spec.id;
      const total = spec.hints.length;
      const where = passed
        ? c.green(this.t("superado", "passed"))
        : (attemptsText(p, this.lang) ?? this.t("sin intentos todavía", "no attempts yet"));
      const hintName =
        p.hintsUsed >= total
          ? this.t(`Pistas (ya viste las ${total}: verlas todas)`, `Hints (you have seen all ${total}: see them all)`)
          : this.t(`Pista (la siguiente: ${p.hintsUsed + 1} de ${total})`, `Hint (the next: ${p.hintsUsed + 1} of ${total})`);
      const items: Array<Item<Action>> = [
        { value: "read", name: this.t("Leer el enunciado", "Read the statement") },
        { value: "check", name: this.t(`Comprobar mi solución (${spec.file})`, `Check my solution (${spec.file})`) },
        { value: "hint", name: hintName },
        passed
          ? { value: "solution", name: this.t("Solución de referencia", "Solution (the reference one)") }
          : {
              value: "solution",
              name: this.t("Solución de referencia", "Solution (the reference one)"),
              disabled: this.t("(supéralo primero: se enseña cuando tu solución pasa)", "(pass it first: it is shown once your solution passes)"),
            },
        isCurrent
          ? { value: "current", name: this.t("Marcar como ejercicio actual", "Make it the current exercise"), disabled: this.t("(ya es el actual)", "(it already is)") }
          : { value: "current", name: this.t("Marcar como ejercicio actual", "Make it the current exercise") },
        { value: "back", name: this.t("Volver", "Back") },
      ];
      const usable = new Set(items.flatMap((i) => ("value" in i && !i.disabled ? [i.value] : [])));
      const message = fit(`${spec.id} · ${spec.title[this.lang]} · ${DIFFICULTY[this.lang][spec.difficulty]} · `, this.width() - 4) + where;
      const choice: Action = await this.select<Action>(message, items, usable.has(focus) ? focus : "read");
      focus = choice;
      if (choice === "back") return;
      if (choice === "read") {
        await this.perform(async () => (await import("./show.js")).runShow(spec.id, this.options, this.lang));
        focus = "check";
      } else if (choice === "check") {
        let code: number = EXIT.usage;
        await this.perform(async () => (code = await (await import("./check.js")).runCheck(spec.id, undefined, { ...this.options, json: false }, this.lang)));
        if (code === EXIT.ok && !passed) {
          this.say(c.green(this.t("Ya puedes ver la solución de referencia en este menú.", "You can now see the reference solution from this menu.")));
          this.say();
          focus = "solution";
        }
      } else if (choice === "hint") {
        await this.perform(async () => (await import("./hint-progressive.js")).runProgressiveHint(ws, spec.id, undefined, { ...this.options, all: false }, this.lang));
      } else if (choice === "solution") {
        await this.perform(async () => (await import("./solution.js")).runSolution(spec.id, this.options, this.lang));
        focus = "back";
      } else if (choice === "current") {
        await this.perform(async () => {
          await updateState(ws, stateOptions(this.lang, exercises), (s) => {
            s.current = spec.id;
          });
          this.say(this.t(`${spec.id} es ahora tu ejercicio actual.`, `${spec.id} is now your current exercise.`));
        });
      }
    }
  }
}
