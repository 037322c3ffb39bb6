// `pytutor verify [exercise...]`: proof for a course's CI that every spec is
// right. What the options mean is src/verify/plan.ts; this file runs and prints.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { verify } from "../verify/verify.js";
import { choosePythons, fileFilter, verifiedExercises, verifyingText, writeReport } from "../verify/plan.js";
import { screenWriter } from "../verify/screens.js";
import { githubAnnotations, renderVerify, summarise, verifyHeader, verifyJson, verifyJunit } from "../report/verify-report.js";
import { makeChalk } from "../report/style.js";
import { loadCatalogue } from "../context/catalogue.js";
import { positiveInt } from "./flags.js";
import { describeIsolation, detectIsolation } from "../runner/sandbox.js";
import { EXIT } from "./exit-codes.js";
import { onCI } from "./written-help.js";
import type { GlobalOptions } from "../options.js";
import { safeJson } from "../util/sanitize.js";

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

export async function runVerify(names: string[], options: VerifyCliOptions, lang: Lang): Promise<number> {
  const runs = positiveInt(options.runs, "--runs", 1, 1000);
  const jobs = positiveInt(options.jobs, "--jobs", 2 * availableParallelism(), 64);
  const exercises = verifiedExercises(await loadCatalogue(options, true), names);
  const pythons = await choosePythons(options);
  // Isolated by default, as grade is (a course's CI runs files it did not write
  // itself: the blind answers, a colleague's variants).
  const isolation = options.sandbox === false ? ({ mode: "off" } as const) : detectIsolation();
  const isolationText = describeIsolation(isolation);
  if (isolation.mode !== "sandbox") process.stderr.write(`pytutor: ${lang === "es" ? "atención" : "warning"}: ${isolationText[lang]}.\n`);
  const started = Date.now();
  const progress = process.stderr.isTTY && !options.json && !onCI();
  const select = fileFilter(exercises, options.onlyFiles, options.skipFiles);
  const screens = options.screens ? screenWriter(resolve(options.screens), lang) : undefined;
  const results = await verify(exercises, pythons, {
    ...(screens ? { onOutcome: screens.write } : {}),
    runs,
    jobs,
    select,
    ...(isolation.mode === "sandbox" ? { sandbox: { isolation } } : {}),
    ...(progress ? { onProgress: (done: number, total: number) => process.stderr.write(verifyingText(done, total, lang)) } : {}),
  });
  if (progress) process.stderr.write("\r\x1b[K");
  const screenFailure = screens?.failure();
  if (screenFailure) throw screenFailure;
  const summary = summarise(results, Date.now() - started);
  if (options.junit) writeReport(options.junit, verifyJunit(results, summary, lang));
  if (options.json) {
    process.stdout.write(`${safeJson(verifyJson(results, summary, lang, { runs, jobs, isolation: { mode: isolation.mode, text: isolationText } }), 2)}\n`);
  } else {
    const header = verifyHeader(exercises.length, pythons.map((p) => p.version), runs, jobs, lang);
    process.stdout.write(`${renderVerify(results, summary, lang, makeChalk(), header)}\n`);
    if (process.env.GITHUB_ACTIONS === "true") {
      for (const line of githubAnnotations(results, lang, process.cwd())) process.stdout.write(`${line}\n`);
    }
  }
  return summary.passed ? EXIT.ok : EXIT.failed;
}
