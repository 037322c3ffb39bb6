// What `pytutor doctor` says about the search for CPython: where it looked
// and, for each candidate, what it resolved to and why it was taken or skipped.
import { both, type Lang, type Text } from "../i18n/lang.js";
import { isSupported, MIN_VERSION, type Attempt } from "./find.js";

// Where the search looks when neither --python nor PYTUTOR_PYTHON says.
export function searchPlaces(platform: NodeJS.Platform): Text {
  if (platform === "win32") return both("el PATH (python, py -3, python3)", "PATH (python, py -3, python3)");
  if (platform === "darwin") {
    return both("el PATH (python3, python, py -3) y las carpetas de python.org y Homebrew", "PATH (python3, python, py -3) and python.org's and Homebrew's folders");
  }
  return both("el PATH (python3, python, py -3)", "PATH (python3, python, py -3)");
}

export type AttemptLine = { ok: boolean; text: string };

// «py -3 → C:\…\python.exe · Python 3.12.1 · elegido», «/usr/bin/python3 · Python 3.6.9 · versión < 3.8».
export function explainAttempt(a: Attempt, chosen: boolean, lang: Lang): AttemptLine {
  const es = lang === "es";
  const label = a.kind === "store-alias" ? `${a.candidate} ${es ? "(alias de Microsoft Store)" : "(Microsoft Store alias)"}` : a.candidate;
  const resolved = a.path && a.path !== a.candidate ? ` → ${a.path}` : "";
  const head = `${label}${resolved}`;
  if (!a.info) return { ok: false, text: `${head} · ${a.outcome[lang]}` };
  const version = `${a.info.implementation === "cpython" ? "Python" : a.info.implementation} ${a.info.version}`;
  const real = a.info.executable !== a.path ? ` (${a.info.executable})` : "";
  if (!isSupported(a.info)) {
    const min = MIN_VERSION.join(".");
    return { ok: false, text: `${head} · ${version}${real} · ${es ? `versión < ${min}` : `version < ${min}`}` };
  }
  const verdict = chosen ? (es ? "elegido" : "chosen") : es ? "también vale (no se usa: va antes otro)" : "also usable (not used: an earlier one wins)";
  return { ok: true, text: `${head} · ${version}${real} · ${verdict}` };
}
