// The watch session at work: every event goes through the session's step
// (src/watch/session.ts) and its effects are performed here (look at a file,
// check it, record the check, move on, watch another file). What needs the
// terminal (printing, keys, hints, the progress, leaving) is the CLI's: it
// comes in as a WatchTerminal.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import { attemptExercise, PythonTooOldError } from "../attempt/attempt.js";
import type { CheckOutcome } from "../attempt/types.js";
import type { Exercise } from "../catalog/exercise.js";
import type { PythonInfo } from "../python/find.js";
import type { RunLimits } from "../runner/run.js";
import { killLiveGroups } from "../runner/kill.js";
import { LiveOutput } from "../report/live.js";
import { renderWatchSummary } from "../report/watch-summary.js";
import { learnerFile } from "../workspace/learner-file.js";
import type { Workspace } from "../workspace/find.js";
import { advanceFrom, passedBefore, recordCheck, shown } from "../workspace/shared.js";
import { PytutorError } from "../errors.js";
import type { GlobalOptions } from "../options.js";
import { Coalescer } from "./coalesce.js";
import { FileWatcher } from "./file-watcher.js";
import { noteLines, watchTexts } from "./notes.js";
import { initialState, step, type QuitCode, type WatchEffect, type WatchEvent, type WatchState } from "./session.js";

export type WatchTerminal = {
  write(text: string): void;
  // Whether stdout is a terminal (the program's output is shown live), and whether keys work.
  tty: boolean;
  keys: boolean;
  width(): number;
  c: ChalkInstance;
  startKeys(): void;
  // The key actions; they run one at a time, and their errors are warnings.
  hint(exercise: string): Promise<unknown>;
  progress(): Promise<unknown>;
  // Before the session says goodbye: keys off, handlers gone.
  stop(): void;
  goodbye(): void;
};

export type WatchSetup = {
  ws: Workspace;
  exercises: Exercise[];
  first: Exercise;
  python: PythonInfo;
  options: GlobalOptions;
  lang: Lang;
  timeoutSeconds: number | undefined;
  limits: Partial<RunLimits>;
};

function sameBytes(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

export class WatchDriver {
  private state: WatchState;
  private watcher: FileWatcher;
  private readonly coalescer: Coalescer;
  // While a check runs on a terminal: the program's output as it is printed,
  // under a status line with the clock, erased before anything else is printed.
  private live: LiveOutput | undefined;
  private busyKey = false;
  private finish: (code: QuitCode) => void = () => {};
  readonly ended = new Promise<QuitCode>((done) => (this.finish = done));

  constructor(
    private readonly setup: WatchSetup,
    private readonly term: WatchTerminal,
  ) {
    this.state = initialState(setup.first.spec.id);
    this.coalescer = new Coalescer(
      () => this.checkNow(),
      (error) => this.warn(watchTexts.internalError(error instanceof Error ? error.message : String(error), setup.lang)),
    );
    this.watcher = this.watchFile(setup.first);
  }

  get stopped(): boolean {
    return this.state.stopped;
  }

  // Resolves once the effects that take time (moving on) are done.
  async dispatch(event: WatchEvent): Promise<void> {
    const next = step(this.state, event);
    this.state = next.state;
    for (const effect of next.effects) await this.perform(effect);
  }

  key(key: string): void {
    if (!this.state.stopped) void this.dispatch({ kind: "key", key });
  }

  // A check cut short still finishes recording before the command returns.
  idle(): Promise<void> {
    return this.coalescer.idle();
  }

  clearStatus(): void {
    this.live?.interrupt();
  }

  private byId(id: string): Exercise {
    return this.setup.exercises.find((e) => e.spec.id === id) ?? this.setup.first;
  }

  private fileOf(e: Exercise): string {
    return join(this.setup.ws.root, e.spec.file);
  }

  private watched(): Exercise {
    return this.byId(this.state.exercise);
  }

  private say(...lines: string[]): void {
    this.clearStatus();
    this.term.write(`${lines.join("\n")}\n`);
  }

  private warn(text: string): void {
    this.say(`${this.term.c.yellow("!")} ${text}`);
  }

  private watchFile(e: Exercise): FileWatcher {
    return new FileWatcher(dirname(this.fileOf(e)), basename(this.fileOf(e)), {
      onChange: (signature) => void this.dispatch({ kind: "file-changed", exists: signature.exists }),
      onError: (error) => void this.dispatch({ kind: "watch-failed", message: error.message }),
    });
  }

  private async checkNow(): Promise<void> {
    if (this.state.stopped) return;
    const { ws, exercises, python, lang, timeoutSeconds, limits } = this.setup;
    const target = this.watched();
    let path: string;
    try {
      path = learnerFile(target, undefined, ws.root);
    } catch (error) {
      if (error instanceof PytutorError) return this.warn(error.text[lang]);
      throw error;
    }
    this.clearStatus();
    const term = this.term;
    const running = term.tty
      ? new LiveOutput({ lang, c: term.c, width: () => term.width(), file: shown(path), timeoutSeconds: timeoutSeconds ?? target.spec.run.timeout, write: (text) => term.write(text) })
      : undefined;
    this.live = running;
    let outcome: CheckOutcome;
    try {
      outcome = await attemptExercise(target, path, python, {
        ...(timeoutSeconds ? { timeoutSeconds } : {}),
        limits,
        ...(running
          ? {
              onAttempt: (n: number) => (n === 1 ? running.start() : running.restart(n)),
              onCase: (info) => running.section(watchTexts.caseHeading(info, lang), info.timeoutSeconds),
              onEvents: (events) => {
                if (!this.state.stopped && this.watched() === target) running.onEvents(events);
              },
            }
          : {}),
      });
    } catch (error) {
      if (error instanceof PythonTooOldError) return void (await this.dispatch({ kind: "python-too-old", version: error.version }));
      throw error;
    } finally {
      running?.stop();
      if (this.live === running) this.live = undefined;
    }
    if (this.state.stopped || this.watched() !== target) return this.clearStatus();
    this.say("", ...renderWatchSummary(outcome, lang, term.c, term.width()));
    let before = false;
    try {
      if (outcome.result.passed) before = await passedBefore(ws, target.spec.id, exercises, lang);
      await recordCheck(ws, target, outcome.result, this.setup.options, lang);
    } catch (error) {
      if (error instanceof PytutorError) return this.warn(error.text[lang]);
      throw error;
    }
    // Moving on is part of the check: a save meanwhile is not checked against the exercise just passed.
    await this.dispatch({ kind: "checked", exercise: target.spec.id, passed: outcome.result.passed, passedBefore: before });
  }

  // A key's action, unless one is already running.
  private async keyAction(action: () => Promise<unknown>): Promise<void> {
    if (this.busyKey) return;
    this.busyKey = true;
    this.clearStatus();
    try {
      await action();
    } catch (error) {
      if (error instanceof PytutorError) this.warn(error.text[this.setup.lang]);
      else this.warn(error instanceof Error ? error.message : String(error));
    } finally {
      this.busyKey = false;
    }
  }

  private quit(code: QuitCode): void {
    this.coalescer.stop();
    this.watcher.close();
    this.term.stop();
    if (this.coalescer.busy) killLiveGroups();
    this.clearStatus();
    if (code === "interrupted") this.term.goodbye();
    else this.say(watchTexts.stopped(this.setup.lang));
    this.finish(code);
  }

  private async perform(effect: WatchEffect): Promise<void> {
    const { ws, exercises, python, lang } = this.setup;
    switch (effect.kind) {
      case "say": {
        const notes = {
          lang,
          c: this.term.c,
          exercise: (id: string) => this.byId(id),
          shownFile: (id: string) => shown(this.fileOf(this.byId(id))),
          shownDir: (id: string) => shown(dirname(this.fileOf(this.byId(id)))),
          executable: python.executable,
          keys: this.term.keys,
          total: exercises.length,
        };
        return this.say(...noteLines(effect.note, notes));
      }
      case "look": {
        const e = this.byId(effect.exercise);
        const exists = this.watcher.signature.exists;
        return this.dispatch({ kind: "looked", exercise: effect.exercise, exists, starter: exists && sameBytes(this.fileOf(e), join(e.dir, e.spec.starter)) });
      }
      case "check":
        return this.coalescer.request();
      case "drop-pending-check":
        return this.coalescer.clearPending();
      case "hint":
        return void this.keyAction(() => this.term.hint(effect.exercise));
      case "show-progress":
        return void this.keyAction(() => this.term.progress());
      case "start-keys":
        return this.term.startKeys();
      case "advance": {
        const { next, progress } = await advanceFrom(ws, effect.from, exercises, lang);
        return this.dispatch({ kind: "advanced", passed: effect.from, next, progress });
      }
      case "watch-file": {
        const file = this.fileOf(this.byId(effect.exercise));
        if (dirname(file) === this.watcher.dir) return this.watcher.retarget(basename(file));
        this.watcher.close();
        this.watcher = this.watchFile(this.byId(effect.exercise));
        return;
      }
      case "quit":
        return this.quit(effect.code);
    }
  }
}
