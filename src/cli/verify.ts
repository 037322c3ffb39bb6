// `pytutor verify [exercise...]`: proof for a course's CI that every spec is right.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { Chalk } from "chalk";
import type { CheckOutcome } from "../attempt/types.js";
import { renderShort } from "../report/check-terminal.js";
import { learnerStacks } from "../report/stacks.js";
import { both, count, type Lang } from "../i18n/lang.js";
import { findExercise } from "../catalog/exercise.js";
import { formatIssue } from "../catalog/load.js";
import { discoverPythons } from "../python/discover.js";
import type { PythonInfo } from "../python/find.js";
import { targetsOf, verify, type Target } from "../verify/verify.js";
import { githubAnnotations, renderVerify, summarise, verifyJson, verifyJunit } from "../report/verify-report.js";
import { makeChalk } from "../report/style.js";
import { getPython } from "../context/python.js";
import { loadCatalogue, noExercises } from "../context/catalogue.js";
import { positiveInt } from "./flags.js";
import { describeIsolation, detectIsolation } from "../runner/sandbox.js";
import { PytutorError } from "../errors.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";
import { safeJson } from "../util/sanitize.js";

const SCREEN_COLUMNS = 80;

export type VerifyCliOptions = GlobalOptions & {
  allPythons?: boolean;
  onlyFiles?: string;
  skipFiles?: string;
  runs?: string;
  jobs?: string;
  junit?: string;
  sandbox?: boolean;
  screens?: string;
};

async function choosePythons(options: VerifyCliOptions): Promise<PythonInfo[]> {
  const chosen: PythonInfo[] = [];
  if (options.allPythons) chosen.push(...(await discoverPythons()));
  for (const path of options.python ?? []) chosen.push(await getPython({ python: [path] }));
  if (chosen.length === 0) chosen.push(await getPython({}));
  const unique = new Map(chosen.map((p) => [`${p.executable}|${p.version}`, p]));
  if (unique.size === 0) {
    throw new PytutorError(both("--all-pythons no encontró ningún CPython 3.8 o más nuevo.", "--all-pythons found no CPython 3.8 or newer."));
  }
  return [...unique.values()];
}

export async function runVerify(names: string[], options: VerifyCliOptions, lang: Lang): Promise<number> {
  const runs = positiveInt(options.runs, "--runs", 1, 1000);
  const jobs = positiveInt(options.jobs, "--jobs", 2 * availableParallelism(), 64);
  const { dir, exercises: all, issues } = await loadCatalogue(options, true);
  if (issues.length > 0) {
    throw new PytutorError(
      both(`la spec no es válida: ${count(issues.length, "problema", "problemas")} en ${dir}:`, `the specs are not valid: ${count(issues.length, "problem", "problems")} in ${dir}:`),
      "bad-input",
      issues.map((issue) => ({ es: formatIssue(issue, "es"), en: formatIssue(issue, "en") })),
    );
  }
  if (all.length === 0) throw noExercises(dir);
  const exercises = names.length === 0 ? all : names.map((name) => {
    const found = findExercise(all, name);
    if (!found) throw new PytutorError(both(`no existe el ejercicio «${name}». Usa \`pytutor list\`.`, `there is no exercise «${name}». Run \`pytutor list\`.`));
    return found;
  });
  const pythons = await choosePythons(options);
  // Isolated by default, as grade is (a course's CI runs files it did not write
  // itself: the blind answers, a colleague's variants).
  const isolation = options.sandbox === false ? ({ mode: "off" } as const) : detectIsolation();
  const isolationText = describeIsolation(isolation);
  if (isolation.mode !== "sandbox") process.stderr.write(`pytutor: ${lang === "es" ? "atención" : "warning"}: ${isolationText[lang]}.\n`);
  const started = Date.now();
  const progress = process.stderr.isTTY && !options.json && !process.env.CI;
  const prefixes = (text: string | undefined) => (text ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const only = prefixes(options.onlyFiles);
  const skip = prefixes(options.skipFiles);
  // Which of each exercise's files (relative to its folder) to run.
  const select = (file: string) => (only.length === 0 || only.some((p) => file.startsWith(p))) && !skip.some((p) => file.startsWith(p));
  if (!exercises.some((exercise) => targetsOf(exercise).some((target) => select(target.file)))) {
    // A filter that leaves nothing to run would print a vacuous «all correct».
    throw new PytutorError(both(
      `ningún archivo de los ejercicios elegidos cumple --only-files/--skip-files; no queda nada que verificar`,
      `no file of the chosen exercises matches --only-files/--skip-files; nothing is left to verify`,
    ));
  }
  // What a learner on an 80-column terminal reads after each run: one file per
  // file and CPython, for a course's maintainers to review the wording.
  const screens = options.screens ? resolve(options.screens) : undefined;
  const plain = new Chalk({ level: 0 });
  const writeScreen = (target: Target, python: PythonInfo, outcome: CheckOutcome) => {
    if (!screens) return;
    const dir = join(screens, target.exercise.spec.id);
    const name = `${target.file.replace(/\.py$/, "").replace(/[\\/]/g, "__")}@${python.version}.txt`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name), `${renderShort({ ...outcome, file: target.exercise.spec.file }, lang, plain, { width: SCREEN_COLUMNS, outputShown: true, stacks: learnerStacks(outcome.record) })}\n`);
    } catch (error) {
      screenError ??= error as Error;
    }
  };
  let screenError: Error | undefined;
  const results = await verify(exercises, pythons, {
    ...(screens ? { onOutcome: writeScreen } : {}),
    runs,
    jobs,
    select,
    ...(isolation.mode === "sandbox" ? { sandbox: { isolation } } : {}),
    ...(progress ? { onProgress: (done: number, total: number) => process.stderr.write(`\r${lang === "es" ? "verificando" : "verifying"} ${done}/${total}…`) } : {}),
  });
  if (progress) process.stderr.write("\r\x1b[K");
  if (screenError && screens) {
    throw new PytutorError(both(`no puedo escribir las pantallas en ${screens}: ${screenError.message}`, `cannot write the screens in ${screens}: ${screenError.message}`));
  }
  const summary = summarise(results, Date.now() - started);
  if (options.junit) {
    try {
      writeFileSync(resolve(options.junit), verifyJunit(results, summary, lang));
    } catch (error) {
      throw new PytutorError(both(`no puedo escribir ${options.junit}: ${(error as Error).message}`, `cannot write ${options.junit}: ${(error as Error).message}`));
    }
  }
  if (options.json) {
    process.stdout.write(`${safeJson(verifyJson(results, summary, lang, { runs, jobs, isolation: { mode: isolation.mode, text: isolationText } }), 2)}\n`);
  } else {
    const header = lang === "es"
      ? `pytutor verify · ${count(exercises.length, "ejercicio", "ejercicios")} · CPython ${pythons.map((p) => p.version).join(", ")} · ${runs === 1 ? "una ejecución" : `${runs} ejecuciones`} de cada archivo · ${jobs} en paralelo`
      : `pytutor verify · ${count(exercises.length, "exercise", "exercises")} · CPython ${pythons.map((p) => p.version).join(", ")} · ${runs === 1 ? "one run" : `${runs} runs`} of each file · ${jobs} in parallel`;
    process.stdout.write(`${renderVerify(results, summary, lang, makeChalk(), header)}\n`);
    if (process.env.GITHUB_ACTIONS === "true") {
      for (const line of githubAnnotations(results, lang, process.cwd())) process.stdout.write(`${line}\n`);
    }
  }
  return summary.passed ? EXIT.ok : EXIT.failed;
}
