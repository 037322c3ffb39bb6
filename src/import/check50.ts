// check50's simple YAML checks (`.cs50.yaml`), as pytutor cases:
//   check50:
//     checks:
//       name:
//         - run: python3 hello.py
//         - stdin: David           (or in the same record as `run`)
//         - stdout: Hello, David
//         - exit: 0
// Records run in order; every `run` starts a run of its own (a case); `stdin`
// is what that run reads; each `stdout` must appear in the output after what
// the previous one matched; `exit` is the exit code. A list as stdin/stdout is
// joined with newlines; a YAML null `stdout:` expects nothing.
import { both, type Text } from "../i18n/lang.js";
import { kebabOf, pickFile, pythonRun, uniqueNamer, type PythonRun } from "./common.js";
import { ImportError, type ImportedCase, type ImportedCheck, type ImportNote, type ImportPlan } from "./model.js";

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

type Run = { check: string; index: number; command: string; stdin: string[]; stdout: string[]; exit?: number };

// A scalar or a list of scalars as check50 sends or expects it; undefined: not one.
function joined(value: unknown): string | undefined {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")) return value.map(String).join("\n");
  return undefined;
}

const note = (test: string, text: Text): ImportNote => ({ test, text });

export function fromCheck50(data: unknown): ImportPlan {
  const root = isObject(data) ? data.check50 : undefined;
  const checks = isObject(root) ? root.checks : undefined;
  if (!isObject(checks)) {
    throw new ImportError(
      both(
        "no es un .cs50.yaml con comprobaciones: falta «check50: { checks: { nombre: [ {run: …}, … ] } }»",
        "not a .cs50.yaml with checks: «check50: { checks: { name: [ {run: …}, … ] } }» is missing",
      ),
    );
  }
  const notes: ImportNote[] = [];
  const runs: Run[] = [];
  for (const [check, records] of Object.entries(checks)) {
    if (!Array.isArray(records)) {
      notes.push(note(check, both("no es una lista de registros (run, stdin, stdout, exit); se deja fuera", "it is not a list of records (run, stdin, stdout, exit); it is left out")));
      continue;
    }
    let current: Run | undefined;
    let count = 0;
    let broken = false;
    for (const record of records) {
      if (!isObject(record)) {
        notes.push(note(check, both(`tiene un registro que no es un mapa (${JSON.stringify(record)}); se deja fuera`, `it has a record that is not a mapping (${JSON.stringify(record)}); it is left out`)));
        continue;
      }
      // Keys in the order written: `run` first starts a run, the rest belong to it.
      for (const [key, value] of Object.entries(record)) {
        if (key === "run") {
          current = { check, index: ++count, command: typeof value === "string" ? value : "", stdin: [], stdout: [] };
          runs.push(current);
          continue;
        }
        if (key !== "stdin" && key !== "stdout" && key !== "exit") {
          notes.push(note(check, both(`el registro «${key}» no es de check50 (run, stdin, stdout, exit); no se traduce`, `the record «${key}» is not check50's (run, stdin, stdout, exit); it is not translated`)));
          continue;
        }
        if (!current) {
          if (!broken) notes.push(note(check, both(`tiene «${key}» antes de ningún «run»; se deja fuera`, `it has «${key}» before any «run»; it is left out`)));
          broken = true;
          continue;
        }
        if (key === "stdout" && value === null) continue;
        if (key === "exit") {
          if (value === null) continue;
          if (typeof value !== "number" || !Number.isInteger(value)) {
            notes.push(note(check, both(`su «exit: ${JSON.stringify(value)}» no es un código de salida; no se comprueba`, `its «exit: ${JSON.stringify(value)}» is not an exit code; it is not checked`)));
            continue;
          }
          current.exit = value;
          continue;
        }
        const text = joined(value);
        if (text === undefined) {
          notes.push(note(check, both(`su «${key}» no es un texto ni una lista de textos; no se traduce`, `its «${key}» is not a text or a list of texts; it is not translated`)));
          continue;
        }
        current[key].push(text);
      }
    }
  }
  const python: Array<{ run: PythonRun; test: string; raw: Run }> = [];
  for (const raw of runs) {
    const run = pythonRun(raw.command, raw.check);
    if ("text" in run) notes.push(run);
    else python.push({ run, test: raw.check, raw });
  }
  const { file, kept } = pickFile(python, notes);
  const perCheck = new Map<string, number>();
  for (const { raw } of kept) perCheck.set(raw.check, (perCheck.get(raw.check) ?? 0) + 1);
  const name = uniqueNamer();
  const cases: ImportedCase[] = [];
  for (const { run, raw } of kept) {
    const several = (perCheck.get(raw.check) ?? 1) > 1;
    const checksOfRun: ImportedCheck[] = [];
    if (raw.stdout.length > 0) {
      checksOfRun.push({
        id: "output",
        type: "output",
        title: raw.stdout.length > 1
          ? both("La salida muestra lo esperado, en este orden", "The output shows what is expected, in this order")
          : both("La salida muestra lo esperado", "The output shows what is expected"),
        contains: raw.stdout.length > 1 ? raw.stdout : raw.stdout[0],
        normalize: "newlines",
      });
    }
    if (raw.exit !== undefined) {
      checksOfRun.push({ id: "exit-code", type: "exit-code", title: both(`Termina con código ${raw.exit}`, `It ends with code ${raw.exit}`), expect: raw.exit });
    }
    if (checksOfRun.length === 0) {
      notes.push(note(raw.check, both(`su ejecución «${raw.command}» no espera nada (ni stdout ni exit); no hay nada que comprobar`, `its run «${raw.command}» expects nothing (no stdout, no exit); there is nothing to check`)));
      continue;
    }
    cases.push({
      id: name(kebabOf(several ? `${raw.check}-${raw.index}` : raw.check, "check")),
      name: raw.check,
      title: several ? both(`${raw.check} (ejecución ${raw.index})`, `${raw.check} (run ${raw.index})`) : both(raw.check, raw.check),
      // check50 sends each stdin line with its newline.
      ...(raw.stdin.length > 0 ? { input: `${raw.stdin.join("\n")}\n` } : {}),
      args: run.args,
      checks: checksOfRun,
      command: raw.command,
    });
  }
  return { source: "check50", ...(file !== undefined ? { file } : {}), cases, notes };
}
