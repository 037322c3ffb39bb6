// `pytutor watch [exercise]`: checks the learner's file every time it is
// saved, with a short summary; a pass is recorded and the watch moves on to
// the next pending exercise. On a terminal, keys: h hint, l progress, r check
// now, q quit (Ctrl-C too). Without one, plain lines until a signal ends it.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { attemptExercise, PythonTooOldError } from "../attempt/attempt.js";
import type { CheckOutcome } from "../attempt/types.js";
import { makeChalk, terminalWidth } from "../report/style.js";
import { LiveOutput } from "../report/live.js";
import { renderWatchSummary } from "../report/watch-summary.js";
import { killLiveGroups, onInterrupt } from "../runner/kill.js";
import type { Exercise } from "../spec/exercise.js";
import { Coalescer } from "../watch/coalesce.js";
import { FileWatcher, type Signature } from "../watch/file-watcher.js";
import { nextPending, progressOf } from "../workspace/state.js";
import { loadState, updateState } from "../workspace/workspace.js";
import { getPython } from "../context/python.js";
import { learnerFile } from "../workspace/learner-file.js";
import { loadExercises } from "../context/catalogue.js";
import { parseLimits, parseSeconds } from "./flags.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import { goodbye, restoreTerminal } from "./goodbye.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { needWorkspace, pickExercise, progressLine, recordCheck, shown, stateOptions } from "../workspace/shared.js";

export type WatchOptions = GlobalOptions & { timeout?: string; limit?: string[] };

// How long quitting waits for a check being cut short to finish recording.
const QUIT_WAIT_MS = 2_000;

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
  let exercise = await pickExercise(options, name, ws, lang, { es: "pytutor watch <ejercicio>", en: "pytutor watch <exercise>" }, warnOnStderr);
  const timeoutSeconds = parseSeconds(options.timeout);
  const limits = parseLimits(options.limit);
  const python = await getPython(options);

  const es = lang === "es";
  const c = makeChalk();
  const tty = Boolean(process.stdout.isTTY);
  const keys = Boolean(tty && process.stdin.isTTY);
  const width = () => terminalWidth();

  // While a check runs on a terminal: the program's output as it is printed,
  // under a status line with the clock, erased before anything else is printed.
  let live: LiveOutput | undefined;
  const clearStatus = () => live?.interrupt();
  const say = (...lines: string[]) => {
    clearStatus();
    process.stdout.write(`${lines.join("\n")}\n`);
  };
  const warn = (text: string) => say(`${c.yellow("!")} ${text}`);
  const fileOf = (e: Exercise) => join(ws.root, e.spec.file);

  let stopped = false;
  let finish: (code: number) => void = () => {};
  const ended = new Promise<number>((done) => (finish = done));

  // ---- checking ----------------------------------------------------------

  const report = (outcome: CheckOutcome) => say("", ...renderWatchSummary(outcome, lang, c, width()));

  const checkNow = async (): Promise<void> => {
    if (stopped) return;
    const target = exercise;
    let path: string;
    try {
      path = learnerFile(target, undefined, ws.root);
    } catch (error) {
      if (error instanceof PytutorError) return warn(error.text[lang]);
      throw error;
    }
    clearStatus();
    const running = tty
      ? new LiveOutput({
          lang,
          c,
          width,
          file: shown(path),
          timeoutSeconds: timeoutSeconds ?? target.spec.run.timeout,
          write: (text) => process.stdout.write(text),
        })
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
                running.section(
                  es
                    ? `── caso ${info.index + 1} de ${info.total}: ${info.title.es} ──`
                    : `── case ${info.index + 1} of ${info.total}: ${info.title.en} ──`,
                  info.timeoutSeconds,
                ),
              onEvents: (events) => {
                if (!stopped && exercise === target) running.onEvents(events);
              },
            }
          : {}),
      });
    } catch (error) {
      if (error instanceof PythonTooOldError) {
        say(es ? `${python.executable} es Python ${error.version}; pytutor necesita CPython 3.8 o más nuevo.` : `${python.executable} is Python ${error.version}; pytutor needs CPython 3.8 or newer.`);
        return quit(EXIT.usage, false);
      }
      throw error;
    } finally {
      running?.stop();
      if (live === running) live = undefined;
    }
    if (stopped || exercise !== target) return clearStatus();
    report(outcome);
    let passedBefore = false;
    try {
      if (outcome.result.passed) passedBefore = progressOf(await loadState(ws, stateOptions(lang, exercises)), target.spec.id).status === "done";
      await recordCheck(ws, target, outcome.result, options, lang);
    } catch (error) {
      if (error instanceof PytutorError) return warn(error.text[lang]);
      throw error;
    }
    if (!outcome.result.passed || stopped) return;
    // Passing an exercise passed before (the learner came back to it) keeps the watch on it.
    if (passedBefore) return say(c.dim(es ? `Ya lo tenías superado; sigo vigilando ${shown(path)}.` : `You had already passed it; still watching ${shown(path)}.`));
    await moveOn(target);
  };

  const coalescer = new Coalescer(checkNow, (error) => {
    const message = error instanceof Error ? error.message : String(error);
    warn(es ? `error interno al comprobar (sigo vigilando): ${message}` : `internal error while checking (still watching): ${message}`);
  });

  const missing = (e: Exercise) =>
    warn(
      es
        ? `${shown(fileOf(e))} ya no está; lo compruebo en cuanto vuelva a aparecer (\`pytutor reset ${e.spec.id}\` pone la plantilla).`
        : `${shown(fileOf(e))} is gone; it is checked as soon as it is back (\`pytutor reset ${e.spec.id}\` puts the template there).`,
    );

  const onChange = (signature: Signature) => {
    if (stopped) return;
    if (!signature.exists) return missing(exercise);
    coalescer.request();
  };

  let watcher: FileWatcher;
  const watchFile = (e: Exercise) =>
    new FileWatcher(dirname(fileOf(e)), basename(fileOf(e)), {
      onChange,
      onError: (error) => {
        warn(es ? `no puedo seguir vigilando ${shown(dirname(fileOf(exercise)))}: ${error.message}` : `cannot keep watching ${shown(dirname(fileOf(exercise)))}: ${error.message}`);
        quit(EXIT.usage, false);
      },
    });

  // Watching a file for the first time: a starter the learner has not touched
  // is not checked (it would only fail); anything else is, at once.
  const begin = (e: Exercise) => {
    const file = fileOf(e);
    if (!watcher.signature.exists) return missing(e);
    if (sameBytes(file, join(e.dir, e.spec.starter))) {
      say(
        c.dim(
          es
            ? `${shown(file)} es todavía la plantilla: escribe tu solución y guárdala; la compruebo cada vez que guardes.`
            : `${shown(file)} is still the template: write your solution and save it; it is checked every time you save.`,
        ),
      );
      return;
    }
    coalescer.request();
  };

  const announce = (e: Exercise) => {
    const { spec } = e;
    say(`${c.bold(es ? "Vigilando" : "Watching")} ${c.bold(shown(fileOf(e)))} ${c.dim("·")} ${spec.id} ${c.dim(`(${spec.alias})`)} · ${spec.title[lang]}`);
  };

  const moveOn = async (passed: Exercise) => {
    const ids = exercises.map((e) => e.spec.id);
    const { state, result: nextId } = await updateState(ws, stateOptions(lang, exercises), (s) => {
      const id = nextPending({ ...s, current: passed.spec.id }, ids);
      if (id) s.current = id;
      return id;
    });
    const next = exercises.find((e) => e.spec.id === nextId);
    say(`${c.green(es ? `¡Bien! ${passed.spec.id} superado y anotado.` : `Well done! ${passed.spec.id} passed and recorded.`)} ${c.dim(progressLine(state, exercises, lang))}`);
    if (!next) {
      say(
        es
          ? `${c.green("¡Enhorabuena!")} Has superado ${exercises.length === 1 ? "el ejercicio" : `los ${exercises.length} ejercicios`}. Compara tus soluciones con las de referencia: \`pytutor solution <ejercicio>\`.`
          : `${c.green("Congratulations!")} You have passed ${exercises.length === 1 ? "the exercise" : `all ${exercises.length} exercises`}. Compare your solutions with the reference ones: \`pytutor solution <exercise>\`.`,
      );
      return quit(EXIT.ok, false);
    }
    coalescer.clearPending();
    exercise = next;
    if (dirname(fileOf(next)) === watcher.dir) watcher.retarget(basename(fileOf(next)));
    else {
      watcher.close();
      watcher = watchFile(next);
    }
    say("", `${c.bold(es ? "Siguiente:" : "Next:")} ${next.spec.id} ${c.dim(`(${next.spec.alias})`)} · ${next.spec.title[lang]}`);
    say(c.dim(es ? `  El enunciado: \`pytutor show ${next.spec.id}\`.` : `  The statement: \`pytutor show ${next.spec.id}\`.`));
    announce(next);
    begin(next);
  };

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
    for (const ch of data.toString("utf8")) {
      if (stopped) return;
      if (ch === "\u0003") return quit(EXIT.interrupted, true);
      if (ch === "q" || ch === "Q" || ch === "\u0004") return quit(EXIT.ok, false);
      if (ch === "h" || ch === "H") {
        void keyAction(async () => (await import("./hint-progressive.js")).runProgressiveHint(ws, exercise.spec.id, undefined, options, lang, "watch"));
      } else if (ch === "l" || ch === "L") {
        void keyAction(async () => (await import("./list-progress.js")).runListProgress(ws, exercises, { ...options, json: false }, lang));
      } else if (ch === "r" || ch === "R" || ch === "\r") {
        coalescer.request();
      }
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

  function quit(code: number, interrupted: boolean): void {
    if (stopped) return;
    stopped = true;
    coalescer.stop();
    watcher.close();
    stopKeys();
    unhook();
    process.off("exit", onExit);
    if (coalescer.busy) killLiveGroups();
    clearStatus();
    if (interrupted) goodbye(lang, true);
    else say(es ? "Dejo de vigilar." : "Stopped watching.");
    finish(code);
  }

  // ---- start -------------------------------------------------------------

  watcher = watchFile(exercise);
  process.on("exit", onExit);
  announce(exercise);
  say(
    c.dim(
      keys
        ? es
          ? "Lo compruebo cada vez que lo guardes. Teclas: h pista · l progreso · r comprobar ya · q salir"
          : "It is checked every time you save it. Keys: h hint · l progress · r check now · q quit"
        : es
          ? "Lo compruebo cada vez que lo guardes. Para salir, Ctrl-C."
          : "It is checked every time you save it. To stop, Ctrl-C.",
    ),
  );
  startKeys();
  begin(exercise);

  const code = await ended;
  // A check cut short still finishes recording (briefly) before the command returns.
  await Promise.race([coalescer.idle(), new Promise((done) => setTimeout(done, QUIT_WAIT_MS).unref())]);
  return code;
}
