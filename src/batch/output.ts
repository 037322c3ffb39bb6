// Writes a batch's reports into its output folder. Each file is written to a
// temporary name and renamed, so a report is either the old one or the new one.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import type { BatchDocument } from "./types.js";
import { JOURNAL_FILE } from "./journal.js";
import { gradebookCsv } from "../report/batch/gradebook.js";
import { canvasCsv, moodleCsv } from "../report/batch/lms.js";
import { batchJunit } from "../report/batch/junit.js";
import { htmlReportChunks } from "../report/batch/html.js";
import { feedbackFileName, studentFeedback } from "../report/batch/feedback.js";
import { writeFileAtomic, type AtomicWriteOptions, type AtomicWriteResult, type Content } from "../util/atomic-write.js";
import { safeJson } from "../util/sanitize.js";

export const REPORT_FILES = ["results.json", "gradebook.csv", "moodle.csv", "canvas.csv", "junit.xml", "report.html"] as const;
export const FEEDBACK_DIR = "feedback";

// Only what pytutor itself writes: --force never deletes a teacher's own files.
export const OWN_FILES = [JOURNAL_FILE, ...REPORT_FILES];

// Every report replaces its file atomically; one a spreadsheet holds open goes
// to a sibling (gradebook-2.csv), which the caller reports (report/batch/locked.ts).
function write(path: string, content: Content, redirected: AtomicWriteResult[], io: WriteIo): void {
  const written = writeFileAtomic(path, content, { ...io, sibling: true });
  if (written.sibling) redirected.push(written);
}

// results.json: readable head, then one line per submission.
export function* resultsJson(doc: BatchDocument): Generator<string> {
  const { submissions, ...rest } = doc;
  yield `${safeJson(rest, 2).slice(0, -2)},\n  "submissions": [\n`;
  for (const [i, s] of submissions.entries()) yield `${i > 0 ? ",\n" : ""}    ${safeJson(s)}`;
  yield "\n  ]\n}\n";
}

export function removeOwnFiles(out: string): void {
  for (const name of OWN_FILES) rmSync(join(out, name), { force: true });
  rmSync(join(out, FEEDBACK_DIR), { recursive: true, force: true });
}

// Writes every report; returns those that went to a sibling name because their file was locked.
// `io`: the file operations, the wait and the platform, replaceable in tests.
export type WriteIo = Pick<AtomicWriteOptions, "fs" | "sleep" | "platform">;

export function writeReports(doc: BatchDocument, out: string, lang: Lang, io: WriteIo = {}): AtomicWriteResult[] {
  const redirected: AtomicWriteResult[] = [];
  const writeAtomic = (path: string, content: Content) => write(path, content, redirected, io);
  mkdirSync(out, { recursive: true });
  writeAtomic(join(out, "results.json"), resultsJson(doc));
  writeAtomic(join(out, "gradebook.csv"), gradebookCsv(doc, lang));
  writeAtomic(join(out, "moodle.csv"), moodleCsv(doc, lang));
  writeAtomic(join(out, "canvas.csv"), canvasCsv(doc, lang));
  writeAtomic(join(out, "junit.xml"), batchJunit(doc, lang));
  writeAtomic(join(out, "report.html"), htmlReportChunks(doc, lang));
  const dir = join(out, FEEDBACK_DIR);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith(".md")) rmSync(join(dir, name), { force: true });
  const used = new Set<string>();
  const senders = new Set(doc.submissions.map((s) => s.student));
  for (const row of doc.students) {
    if (!senders.has(row.student)) continue;
    // Names that differ only in case would share a file on macOS and Windows.
    const base = feedbackFileName(row.student).replace(/\.md$/, "");
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.md`;
    used.add(name.toLowerCase());
    writeAtomic(join(dir, name), studentFeedback(doc, row.student, lang, doc.feedback));
  }
  return redirected;
}
