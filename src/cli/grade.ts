// `pytutor grade <folder>`: a class's submissions into a gradebook. What the
// options mean is src/gradebook/plan.ts and the batch's run src/gradebook/run.ts;
// this file gathers what the run needs and prints.
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Lang } from "../i18n/lang.js";
import { resultsJson } from "../batch/output.js";
import { Progress } from "../batch/progress.js";
import { getPython } from "../context/python.js";
import { parseLimits, parseSeconds, positiveInt } from "./flags.js";
import { sweepDeadGraders } from "../runner/leftovers.js";
import { EXIT } from "./exit-codes.js";
import { onCI } from "./written-help.js";
import type { GlobalOptions } from "../options.js";
import { warnOnStderr } from "./warn.js";
import { gradeNotices, planGrade, type GradeOptions } from "../gradebook/plan.js";
import { gradeAndReport } from "../gradebook/run.js";
import { prepareOut } from "../gradebook/out-folder.js";
import { noAssignmentNote, summaryText } from "../gradebook/summary.js";

export type GradeCliOptions = GlobalOptions & GradeOptions & { jobs?: string; timeout?: string; limit?: string[] };

export async function runGrade(folder: string, options: GradeCliOptions, lang: Lang): Promise<number> {
  const plan = await planGrade(folder, options, lang, warnOnStderr, () => ({
    slots: positiveInt(options.jobs, "--jobs", availableParallelism(), 256),
    timeoutSeconds: parseSeconds(options.timeout),
    limits: parseLimits(options.limit),
  }));
  const { out } = plan;
  const lock = prepareOut(out, options);
  // A grader that died (killed, a power cut) left scratch copies of students'
  // code and maybe their processes: gone before this one starts.
  const swept = await sweepDeadGraders();
  if (swept.folders + swept.processes > 0) process.stderr.write(gradeNotices.swept(swept, lang));
  const realOut = realpathSync(out);
  const python = await getPython(options);
  if (plan.isolation.mode !== "sandbox") process.stderr.write(gradeNotices.isolation(plan.isolation, lang));

  const progress = new Progress(lang, process.stdout.isTTY === true && process.stderr.isTTY === true && !onCI());
  const run = { ...plan.flags, python, resume: options.resume === true, skip: realOut, lang };
  const doc = await gradeAndReport(plan, run, { lock, progress, notice: (text) => process.stderr.write(text) });
  if (options.json) for (const chunk of resultsJson(doc)) process.stdout.write(chunk);
  else process.stdout.write(summaryText(doc, out, lang));
  if (!plan.assignment) process.stderr.write(noAssignmentNote(doc, plan.course, lang));
  return doc.submissions.every((s) => s.passed) ? EXIT.ok : EXIT.failed;
}
