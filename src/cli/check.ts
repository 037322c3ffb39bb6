// `pytutor check <exercise> [file]`
import type { Lang } from "../i18n/lang.js";
import { both } from "../i18n/lang.js";
import { attemptExercise, PythonTooOldError } from "../attempt/attempt.js";
import { onInterrupt } from "../runner/kill.js";
import { goodbye } from "./goodbye.js";
import { makeChalk, terminalWidth, timelineWidth } from "../report/style.js";
import { getExercise } from "../context/catalogue.js";
import { getPython } from "../context/python.js";
import { learnerFile } from "../workspace/learner-file.js";
import { parseLimits, parseSeconds, requireSandbox } from "./flags.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { basename, join, relative } from "node:path";
import { findWorkspace } from "../workspace/find.js";
import { safeJson } from "../util/sanitize.js";

// The reports, loaded while the program runs (see RunPlan.onStarted).
let reports: Promise<[typeof import("../report/check-json.js"), typeof import("../report/check-terminal.js"), typeof import("../report/stacks.js"), typeof import("../report/timeline.js")]> | undefined;
const loadReports = () =>
  (reports ??= Promise.all([import("../report/check-json.js"), import("../report/check-terminal.js"), import("../report/stacks.js"), import("../report/timeline.js")]));

export async function runCheck(
  name: string | undefined,
  file: string | undefined,
  options: GlobalOptions & { timeout?: string; limit?: string[]; sandbox?: boolean; timeline?: boolean; detalle?: boolean; verbose?: boolean },
  lang: Lang,
): Promise<number> {
  // Inside a workspace: no exercise means the current one; no file, the workspace's.
  const ws = findWorkspace();
  const exercise =
    name !== undefined
      ? await getExercise(options, name, lang, warnOnStderr)
      : await (await import("../workspace/shared.js")).pickExercise(options, name, ws, lang, { es: "pytutor check <ejercicio> [archivo]", en: "pytutor check <exercise> [file]" }, warnOnStderr);
  const path = learnerFile(exercise, file, ws?.root);
  const timeoutSeconds = parseSeconds(options.timeout);
  const limits = parseLimits(options.limit);
  const sandbox = options.sandbox ? { isolation: requireSandbox() } : undefined;
  const python = await getPython(options);
  const shownFile = file ?? relative(process.cwd(), path);
  // On a terminal the program's output is shown as it is printed, under a
  // running clock; a pipe and --json get the report only, as they always did.
  const c = makeChalk();
  const live = process.stdout.isTTY && !options.json
    ? new (await import("../report/live.js")).LiveOutput({
        lang,
        c,
        width: () => terminalWidth(),
        file: basename(shownFile),
        timeoutSeconds: timeoutSeconds ?? exercise.spec.run.timeout,
        write: (text) => process.stdout.write(text),
      })
    : undefined;
  // Ctrl-C while it runs: the runner ends the program; the status line goes and a goodbye is said.
  const unhook = live
    ? onInterrupt(() => {
        live.interrupt();
        goodbye(lang, true);
      })
    : undefined;
  let outcome;
  try {
    outcome = await attemptExercise(exercise, path, python, {
      ...(timeoutSeconds ? { timeoutSeconds } : {}),
      limits,
      onStarted: () => void loadReports(),
      ...(sandbox ? { sandbox } : {}),
      ...(live
        ? {
            onAttempt: (n: number) => (n === 1 ? live.start() : live.restart(n)),
            onCase: (info) =>
              live.section(
                lang === "es"
                  ? `── caso ${info.index + 1} de ${info.total}: ${info.title.es} ──`
                  : `── case ${info.index + 1} of ${info.total}: ${info.title.en} ──`,
                info.timeoutSeconds,
              ),
            onEvents: (events) => live.onEvents(events),
          }
        : {}),
    });
  } catch (error) {
    if (error instanceof PythonTooOldError) {
      throw new PytutorError(
        both(
          `${python.executable} es Python ${error.version}; pytutor necesita CPython 3.8 o más nuevo. Elige otro con \`--python RUTA\`.`,
          `${python.executable} is Python ${error.version}; pytutor needs CPython 3.8 or newer. Choose another with \`--python PATH\`.`,
        ),
      );
    }
    throw error;
  } finally {
    unhook?.();
    live?.stop();
  }
  const [{ checkJson }, { renderCheck, renderShort }, { learnerStacks }, { renderTimeline, timelineOf }] = await loadReports();
  const shown = { ...outcome, file: shownFile };
  // A hung program: where each thread was, in the learner's terms.
  const stacks = learnerStacks(outcome.record);
  if (options.json) process.stdout.write(`${safeJson(checkJson(shown, lang, { timeline: options.timeline }), 2)}\n`);
  else if (live) {
    const view = { width: terminalWidth(), outputShown: true, stacks };
    const full = options.detalle || options.verbose;
    process.stdout.write(`\n${full ? renderCheck(shown, lang, c, view) : renderShort(shown, lang, c, view)}\n`);
  } else process.stdout.write(`${renderCheck(shown, lang, c, { stacks })}\n`);
  if (options.timeline && !options.json) {
    process.stdout.write(`\n${renderTimeline(timelineOf(outcome.record), timelineWidth(), lang, makeChalk())}\n`);
  }
  if (ws && path === join(ws.root, exercise.spec.file)) {
    const { recordCheck } = await import("../workspace/shared.js");
    const summary = await recordCheck(ws, exercise, outcome.result, options, lang);
    if (!options.json) process.stdout.write(`${summary}\n`);
  }
  // Undecided is not passed: exit 1, and the document says which.
  return outcome.result.passed ? EXIT.ok : EXIT.failed;
}
