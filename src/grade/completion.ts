// Whether a program ran to its end, and if not, what stopped it: the checks
// that need a complete run are not evaluated when it did not.
import type { RunRecord } from "../runner/record.js";
import { both, type Text } from "../i18n/lang.js";

// Whether the program ran to its end, and if not, what stopped it.
export function completion(record: RunRecord): { complete: boolean; why?: Text } {
  if (record.timedOut) return { complete: false, why: both(`no terminó en ${record.timeoutSeconds} s y se detuvo`, `it did not finish within ${record.timeoutSeconds} s and was stopped`) };
  if (record.limit) return { complete: false, why: both("superó un límite de recursos y se detuvo", "it went over a resource limit and was stopped") };
  if (record.outputCapped) return { complete: false, why: both("imprimió demasiado y se detuvo", "it printed too much and was stopped") };
  const crash = record.events.find((e) => e.event === "exception" && (e.thread === "MainThread" || e.thread === null));
  if (crash && crash.event === "exception") return { complete: false, why: both(`terminó con un error ${crash.type}`, `it ended with an error ${crash.type}`) };
  if (record.signal) return { complete: false, why: both(`terminó por la señal ${record.signal}`, `it was ended by signal ${record.signal}`) };
  if (record.exitCode === null) return { complete: false, why: both("no se pudo ejecutar", "it could not be run") };
  const left = leftEarly(record);
  if (left) return { complete: false, why: left };
  return { complete: true };
}

// A program that left through os._exit or replaced itself with os.exec* before
// its end: it skipped the end the probe inspects, whatever its exit code.
export function leftEarly(record: RunRecord): Text | undefined {
  if (record.probe.state !== "ok" || record.events.some((e) => e.event === "end")) return undefined;
  const exit = record.events.find((e) => e.event === "exit" && e.pid === undefined);
  if (!exit || exit.event !== "exit") return undefined;
  if (exit.exec) return both("se reemplazó por otro programa (os.exec…) antes de llegar a su final", "it replaced itself with another program (os.exec…) before reaching its end");
  return both(`salió con os._exit(${exit.code ?? ""}) antes de llegar a su final`, `it left with os._exit(${exit.code ?? ""}) before reaching its end`);
}
