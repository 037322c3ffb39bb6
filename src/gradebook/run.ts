// A planned batch graded and its reports written, under the output folder's
// lock: the lock is released however it ends, and an interruption says where
// the journal keeps what was graded (`--resume` continues from it).
import { gradeBatch } from "../batch/grade-batch.js";
import { writeReports } from "../batch/output.js";
import type { OutLock } from "../batch/lock.js";
import type { Progress } from "../batch/progress.js";
import type { BatchDocument } from "../batch/types.js";
import { redirectedNotice } from "../report/batch/locked.js";
import { onInterrupt } from "../runner/kill.js";
import { batchOptions, gradeFailure, gradeNotices, reportsFailure, type GradePlan, type RunSettings } from "./plan.js";

// `notice` receives what the teacher is told on the way (stderr), each ending in a newline.
export async function gradeAndReport(plan: GradePlan, run: RunSettings, io: { lock: OutLock; progress: Progress; notice: (text: string) => void }): Promise<BatchDocument> {
  const { lock, progress, notice } = io;
  const { out } = plan;
  const forget = onInterrupt(() => {
    lock.release();
    progress.finish();
    notice(gradeNotices.interrupted(out, run.lang));
  });
  let doc: BatchDocument;
  try {
    doc = await gradeBatch(batchOptions(plan, run, { onStart: (total, done) => progress.start(total, done), onResult: (s) => progress.result(s) }));
  } catch (error) {
    progress.finish();
    forget();
    lock.release();
    throw gradeFailure(error, run.python);
  }
  progress.finish();
  forget();
  try {
    for (const written of writeReports(doc, out, run.lang)) notice(`${redirectedNotice(written, out, run.lang)}\n`);
  } catch (error) {
    lock.release();
    throw reportsFailure(out, error as Error);
  }
  lock.release();
  return doc;
}
