// `pytutor` alone on a terminal: a menu. Inside a workspace, the exercises
// with their status under the progress bar, each with a submenu (statement,
// check, next hint, solution once passed, make it current), plus next, watch
// and quit. Outside one, it offers to create one, or to list and read the
// exercises. Every action is the command of the same name, run in place.
// Ctrl-C at any prompt leaves with a short goodbye and exit 130.
// What each screen holds is src/workspace/menu-model.ts; this file prompts and dispatches.
import { basename, resolve } from "node:path";
import { type Lang } from "../i18n/lang.js";
import { makeChalk, terminalWidth } from "../report/style.js";
import { onInterrupt } from "../runner/kill.js";
import type { Exercise } from "../catalog/exercise.js";
import { findWorkspace, workspaceAt, type Workspace } from "../workspace/find.js";
import { loadState } from "../workspace/workspace.js";
import { afterAction, exerciseScreen, homeScreen, keysHelp, madeCurrentText, outsideScreen, pageSize, statementScreen, workspaceTexts, type ExerciseAction, type MenuScreen } from "../workspace/menu-model.js";
import { loadExercises } from "../context/catalogue.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import { goodbye } from "./goodbye.js";
import type { GlobalOptions } from "../options.js";
import { makeCurrent, stateOptions } from "../workspace/shared.js";

type Prompts = typeof import("@inquirer/prompts");

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
  private readonly c = makeChalk();
  // Set when the menu created a workspace and moved into it.
  private movedTo: string | undefined;

  constructor(
    private readonly prompts: Prompts,
    private readonly options: GlobalOptions,
    private readonly lang: Lang,
  ) {}

  // Prints a screen's heading and asks its question.
  private async ask<V>(screen: MenuScreen<V>): Promise<V> {
    for (const line of screen.heading) this.say(line);
    const choices = screen.items.map((item) => (item === "separator" ? new this.prompts.Separator() : item));
    const tip = this.c.dim(keysHelp(this.lang, screen.keysTip));
    return this.prompts.select<V>({
      message: screen.message,
      choices,
      ...(screen.focus !== undefined ? { default: screen.focus } : {}),
      pageSize: pageSize(choices.length, process.stdout.rows || 24),
      loop: false,
      theme: { style: { keysHelpTip: () => tip } },
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
    if (this.movedTo) this.say(this.c.dim(workspaceTexts(this.lang).goThere(this.movedTo)));
    goodbye(this.lang, false);
    throw new Leave(EXIT.ok);
  }

  async run(): Promise<void> {
    let ws = findWorkspace();
    while (!ws) ws = await this.outside();
    await this.inside(ws);
  }

  // Outside a workspace: one choice, then back here unless a workspace was made.
  private async outside(): Promise<Workspace | undefined> {
    const choice = await this.ask(outsideScreen(this.lang, this.c));
    if (choice === "quit") this.quit();
    if (choice === "list") {
      await this.perform(async () => (await import("./list.js")).runList({ ...this.options, json: false }, this.lang));
      return undefined;
    }
    if (choice === "show") {
      const id = await this.ask(statementScreen(await loadExercises(this.options), this.lang, terminalWidth()));
      if (id) await this.perform(async () => (await import("./show.js")).runShow(id, this.options, this.lang));
      return undefined;
    }
    const texts = workspaceTexts(this.lang);
    const { DEFAULT_FOLDER, runInit } = await import("./init.js");
    const folder = (
      await this.prompts.input({ message: texts.folderQuestion, default: DEFAULT_FOLDER, validate: (value) => value.trim() !== "" || texts.folderMissing })
    ).trim();
    const made = await this.perform(() => runInit(folder, this.options, this.lang));
    if (!made) return undefined;
    const root = resolve(folder);
    try {
      process.chdir(root);
    } catch (error) {
      this.say(`${this.c.yellow("pytutor:")} ${(error as Error).message}`);
      return undefined;
    }
    this.movedTo = folder;
    this.say(this.c.dim(texts.opening(folder)));
    this.say();
    return workspaceAt(root);
  }

  // Inside a workspace: the exercises and the actions, until the learner quits.
  private async inside(ws: Workspace): Promise<void> {
    let focus: string | undefined;
    for (;;) {
      const exercises = await loadExercises(this.options);
      const state = await loadState(ws, stateOptions(this.lang, exercises));
      const choice = await this.ask(homeScreen({ folderName: basename(ws.root), exercises, state, lang: this.lang, c: this.c, width: terminalWidth(), focus }));
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

  // One exercise's submenu, until «back».
  private async exercise(ws: Workspace, exercise: Exercise, exercises: Exercise[]): Promise<void> {
    const { lang, options } = this;
    const id = exercise.spec.id;
    let focus: ExerciseAction = "read";
    for (;;) {
      const state = await loadState(ws, stateOptions(lang, exercises));
      const screen = exerciseScreen({ exercise, exercises, state, lang, c: this.c, width: terminalWidth(), focus });
      const choice = await this.ask(screen);
      if (choice === "back") return;
      let passedNow = false;
      if (choice === "read") await this.perform(async () => (await import("./show.js")).runShow(id, options, lang));
      else if (choice === "check") await this.perform(async () => (passedNow = (await (await import("./check.js")).runCheck(id, undefined, { ...options, json: false }, lang)) === EXIT.ok));
      else if (choice === "hint") await this.perform(async () => (await import("./hint-progressive.js")).runProgressiveHint(ws, id, undefined, { ...options, all: false }, lang));
      else if (choice === "solution") await this.perform(async () => (await import("./solution.js")).runSolution(id, options, lang));
      else {
        await this.perform(async () => {
          await makeCurrent(ws, id, exercises, lang);
          this.say(madeCurrentText(id, lang));
        });
      }
      const next = afterAction(choice, lang, { passedNow, passedBefore: screen.passed });
      if (next.note) {
        this.say(this.c.green(next.note));
        this.say();
      }
      focus = next.focus;
    }
  }
}
