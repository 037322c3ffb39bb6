// `pytutor watch [exercise]`: checks the learner's file every time it is
// saved, with a short summary; a pass is recorded and the watch moves on to
// the next pending exercise. On a terminal, keys: h hint, l progress, r check
// now, q quit (Ctrl-C too). Without one, plain lines until a signal ends it.
// The session's rules are src/watch/session.ts and its work src/watch/driver.ts;
// this file gives it the terminal: output, raw keys, signals, the goodbye.
import type { Lang } from "../i18n/lang.js";
import { makeChalk, terminalWidth } from "../report/style.js";
import { onInterrupt } from "../runner/kill.js";
import type { QuitCode } from "../watch/session.js";
import { WatchDriver } from "../watch/driver.js";
import { getPython } from "../context/python.js";
import { loadExercises } from "../context/catalogue.js";
import { parseLimits, parseSeconds } from "./flags.js";
import { EXIT } from "./exit-codes.js";
import { goodbye, restoreTerminal } from "./goodbye.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { needWorkspace, pickExercise } from "../workspace/shared.js";

export type WatchOptions = GlobalOptions & { timeout?: string; limit?: string[] };

// How long quitting waits for a check being cut short to finish recording.
const QUIT_WAIT_MS = 2_000;
const QUIT_EXIT: Record<QuitCode, number> = { ok: EXIT.ok, usage: EXIT.usage, interrupted: EXIT.interrupted };

export async function runWatch(name: string | undefined, options: WatchOptions, lang: Lang): Promise<number> {
  const ws = needWorkspace("watch");
  const exercises = await loadExercises(options);
  const first = await pickExercise(options, name, ws, lang, { es: "pytutor watch <ejercicio>", en: "pytutor watch <exercise>" }, warnOnStderr);
  const timeoutSeconds = parseSeconds(options.timeout);
  const limits = parseLimits(options.limit);
  const python = await getPython(options);

  const tty = Boolean(process.stdout.isTTY);
  const keys = Boolean(tty && process.stdin.isTTY);
  const onKey = (data: Buffer) => {
    for (const key of data.toString("utf8")) {
      if (driver.stopped) return;
      driver.key(key);
    }
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

  const driver: WatchDriver = new WatchDriver(
    { ws, exercises, first, python, options, lang, timeoutSeconds, limits },
    {
      write: (text) => process.stdout.write(text),
      tty,
      keys,
      width: () => terminalWidth(),
      c: makeChalk(),
      startKeys: () => {
        if (!keys) return;
        process.stdin.setRawMode(true);
        process.stdin.on("data", onKey);
        process.stdin.resume();
      },
      hint: async (exercise) => (await import("./hint-progressive.js")).runProgressiveHint(ws, exercise, undefined, options, lang, "watch"),
      progress: async () => (await import("./list-progress.js")).runListProgress(ws, exercises, { ...options, json: false }, lang),
      stop: () => {
        stopKeys();
        unhook();
        process.off("exit", onExit);
      },
      goodbye: () => goodbye(lang, true),
    },
  );
  process.on("exit", onExit);
  await driver.dispatch({ kind: "start" });

  const code = await driver.ended;
  // A check cut short still finishes recording (briefly) before the command returns.
  await Promise.race([driver.idle(), new Promise((done) => setTimeout(done, QUIT_WAIT_MS).unref())]);
  return QUIT_EXIT[code];
}
