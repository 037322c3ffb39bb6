// `pytutor watch [exercise]`: checks the learner's file every time it is
// saved, with a short summary; a pass is recorded and the watch moves on to
// the next pending exercise. On a terminal, keys: h hint, l progress, r check
// now, q quit (Ctrl-C too). Without one, plain lines until a signal ends it.
// The session's rules are src/watch/session.ts; this file performs its effects.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { attemptExercise, PythonTooOldError } from "../attempt/attempt.js";
import type { CheckOutcome } from "../attempt/types.js";
import { makeChalk, terminalWidth } from "../report/style.js";
import { LiveOutput } from "../report/live.js";
import { renderWatchSummary } from "../report/watch-summary.js";
import { killLiveGroups, onInterrupt } from "../runner/kill.js";
import type { Exercise } from "../catalog/exercise.js";
import { Coalescer } from "../watch/coalesce.js";
import { FileWatcher } from "../watch/file-watcher.js";
import { noteLines } from "../watch/notes.js";
import { initialState, step, type QuitCode, type WatchEffect, type WatchEvent } from "../watch/session.js";
import { getPython } from "../context/python.js";
import { learnerFile } from "../workspace/learner-file.js";
import { loadExercises } from "../context/catalogue.js";
import { parseLimits, parseSeconds } from "./flags.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import { goodbye, restoreTerminal } from "./goodbye.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { advanceFrom, needWorkspace, passedBefore, pickExercise, recordCheck, shown } from "../workspace/shared.js";

export type WatchOptions = GlobalOptions & { timeout?: string; limit?: string[] };

// How long quitting waits for a check being cut short to finish recording.
const QUIT_WAIT_MS = 2_000;
const QUIT_EXIT: Record<QuitCode, number> = { ok: EXIT.ok, usage: EXIT.usage, interrupted: EXIT.interrupted };

function sameBytes(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

export async function runWatch(name: string | undefined, options: WatchOptions, lang: Lang): Promise<number> {
  const ws = needWorkspace("watch");
  const exercises = await loadExercises(options);
  const first = await pickExercise(options, name, ws, lang, { es: "pytutor watch <ejercicio>", en: "pytutor watch <exercise>" }, warnOnStderr);
  const timeoutSeconds = parseSeconds(options.timeout);
  const limits = parseLimits(options.limit);
  const python = await getPython(options);

  const es = lang === "es";
  const c = makeChalk();
  const tty = Boolean(process.stdout.isTTY);
  const keys = Boolean(tty && process.stdin.isTTY);
  const width = () => terminalWidth();
  const byId = (id: string) => exercises.find((e) => e.spec.id === id) ?? first;
  const fileOf = (e: Exercise) => join(ws.root, e.spec.file);

  let state = initialState(first.spec.id);
  const watched = () => byId(state.exercise);

  // While a check runs on a terminal: the program's output as it is printed,
  // under a status line with the clock, erased before anything else is printed.
  let live: LiveOutput | undefined;
  const clearStatus = () => live?.interrupt();
  const say = (...lines: string[]) => {
    clearStatus();
    process.stdout.write(`${lines.join("\n")}\n`);
  };
  const warn = (text: string) => say(`${c.yellow("!")} ${text}`);
  const notes = {
    lang,
    c,
    exercise: byId,
    shownFile: (id: string) => shown(fileOf(byId(id))),
    shownDir: (id: string) => shown(dirname(fileOf(byId(id)))),
    executable: python.executable,
    keys,
    total: exercises.length,
  };

  let finish: (code: number) => void = () => {};
  const ended = new Promise<number>((done) => (finish = done));

  // Every event goes through the session's step; its effects are performed in
  // order. Resolves once the effects that take time (moving on) are done.
  const dispatch = async (event: WatchEvent): Promise<void> => {
    const next = step(state, event);
    state = next.state;
    for (const effect of next.effects) await perform(effect);
  };

  // ---- checking ----------------------------------------------------------

  const checkNow = async (): Promise<void> => {
    if (state.stopped) return;
    const target = watched();
    let path: string;
    try {
      path = learnerFile(target, undefined, ws.root);
    } catch (error) {
      if (error instanceof PytutorError) return warn(error.text[lang]);
      throw error;
    }
    clearStatus();
    const running = tty
      ? new LiveOutput({ lang, c, width, file: shown(path), timeoutSeconds: timeoutSeconds ?? target.spec.run.timeout, write: (text) => process.stdout.write(text) })
      : undefined;
    live = running;
    let outcome: CheckOutcome;
    try {
      outcome = await attemptExercise(target, path, python, {
        ...(timeoutSeconds ? { timeoutSeconds } : {}),
        limits,
        ...(running
          ? {
              onAttempt: (n: number) => (n === 1 ? running.start() : running.restart(n)),
              onCase: (info) =>
                running.section(es ? `── caso ${info.index + 1} de ${info.total}: ${info.title.es} ──` : `── case ${info.index + 1} of ${info.total}: ${info.title.en} ──`, info.timeoutSeconds),
              onEvents: (events) => {
                if (!state.stopped && watched() === target) running.onEvents(events);
              },
            }
          : {}),
      });
    } catch (error) {
      if (error instanceof PythonTooOldError) return void (await dispatch({ kind: "python-too-old", version: error.version }));
      throw error;
    } finally {
      running?.stop();
      if (live === running) live = undefined;
    }
    if (state.stopped || watched() !== target) return clearStatus();
    say("", ...renderWatchSummary(outcome, lang, c, width()));
    let before = false;
    try {
      if (outcome.result.passed) before = await passedBefore(ws, target.spec.id, exercises, lang);
      await recordCheck(ws, target, outcome.result, options, lang);
    } catch (error) {
      if (error instanceof PytutorError) return warn(error.text[lang]);
      throw error;
    }
    // Moving on is part of the check: a save meanwhile is not checked against the exercise just passed.
    await dispatch({ kind: "checked", exercise: target.spec.id, passed: outcome.result.passed, passedBefore: before });
  };

  const coalescer = new Coalescer(checkNow, (error) => {
    const message = error instanceof Error ? error.message : String(error);
    warn(es ? `error interno al comprobar (sigo vigilando): ${message}` : `internal error while checking (still watching): ${message}`);
  });

  let watcher: FileWatcher;
  const watchFile = (e: Exercise) =>
    new FileWatcher(dirname(fileOf(e)), basename(fileOf(e)), {
      onChange: (signature) => void dispatch({ kind: "file-changed", exists: signature.exists }),
      onError: (error) => void dispatch({ kind: "watch-failed", message: error.message }),
    });

  // ---- keys --------------------------------------------------------------

  let busyKey = false;
  const keyAction = async (action: () => Promise<unknown>) => {
    if (busyKey) return;
    busyKey = true;
    clearStatus();
    try {
      await action();
    } catch (error) {
      if (error instanceof PytutorError) warn(error.text[lang]);
      else warn(error instanceof Error ? error.message : String(error));
    } finally {
      busyKey = false;
    }
  };

  const onKey = (data: Buffer) => {
    for (const key of data.toString("utf8")) {
      if (state.stopped) return;
      void dispatch({ kind: "key", key });
    }
  };
  const startKeys = () => {
    if (!keys) return;
    process.stdin.setRawMode(true);
    process.stdin.on("data", onKey);
    process.stdin.resume();
  };
  const stopKeys = () => {
    if (!keys) return;
    process.stdin.off("data", onKey);
    process.stdin.pause();
    restoreTerminal();
  };
  // Raw mode off whatever happens.
  const onExit = () => restoreTerminal();

  // A signal (Ctrl-C without raw mode, a kill): the runner's handler ends the
  // runs in progress and exits; this leaves the terminal sane and says goodbye.
  const unhook = onInterrupt(() => {
    stopKeys();
    goodbye(lang, true);
  });

  const quit = (code: QuitCode): void => {
    coalescer.stop();
    watcher.close();
    stopKeys();
    unhook();
    process.off("exit", onExit);
    if (coalescer.busy) killLiveGroups();
    clearStatus();
    if (code === "interrupted") goodbye(lang, true);
    else say(es ? "Dejo de vigilar." : "Stopped watching.");
    finish(QUIT_EXIT[code]);
  };

  // ---- effects -----------------------------------------------------------

  async function perform(effect: WatchEffect): Promise<void> {
    switch (effect.kind) {
      case "say":
        return say(...noteLines(effect.note, notes));
      case "look": {
        const e = byId(effect.exercise);
        const exists = watcher.signature.exists;
        return dispatch({ kind: "looked", exercise: effect.exercise, exists, starter: exists && sameBytes(fileOf(e), join(e.dir, e.spec.starter)) });
      }
      case "check":
        return coalescer.request();
      case "drop-pending-check":
        return coalescer.clearPending();
      case "hint":
        return void keyAction(async () => (await import("./hint-progressive.js")).runProgressiveHint(ws, effect.exercise, undefined, options, lang, "watch"));
      case "show-progress":
        return void keyAction(async () => (await import("./list-progress.js")).runListProgress(ws, exercises, { ...options, json: false }, lang));
      case "start-keys":
        return startKeys();
      case "advance": {
        const { next, progress } = await advanceFrom(ws, effect.from, exercises, lang);
        return dispatch({ kind: "advanced", passed: effect.from, next, progress });
      }
      case "watch-file": {
        const file = fileOf(byId(effect.exercise));
        if (dirname(file) === watcher.dir) return watcher.retarget(basename(file));
        watcher.close();
        watcher = watchFile(byId(effect.exercise));
        return;
      }
      case "quit":
        return quit(effect.code);
    }
  }

  // ---- start -------------------------------------------------------------

  watcher = watchFile(first);
  process.on("exit", onExit);
  await dispatch({ kind: "start" });

  const code = await ended;
  // A check cut short still finishes recording (briefly) before the command returns.
  await Promise.race([coalescer.idle(), new Promise((done) => setTimeout(done, QUIT_WAIT_MS).unref())]);
  return code;
}
