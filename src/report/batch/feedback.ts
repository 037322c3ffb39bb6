// One student's feedback file, in Markdown. The level decides how much of the
// tests a student may see: "full" shows expected and actual output, "summary"
// the checks and hints, "hidden" only the grades and how many checks passed.
import { createHash } from "node:crypto";
import type { Status } from "../../grade/result.js";
import { count, type Lang } from "../../i18n/lang.js";
import type { BatchCheck, BatchDocument, FeedbackLevel, Submission } from "../../batch/types.js";
import { decimal, submissionsOf } from "./common.js";
import { stacksText } from "../stacks.js";
import { safeProse } from "../../util/sanitize.js";
import { NOT_GRADED_WORD, VERDICT_WORD } from "../verdict-words.js";

const STATUS_MARK: Record<Status, string> = { pass: "✓", fail: "✗", undecided: "?", skipped: "·" };

export function studentFeedback(doc: BatchDocument, student: string, lang: Lang, level: FeedbackLevel): string {
  const es = lang === "es";
  const row = doc.students.find((s) => s.student === student);
  const submissions = submissionsOf(doc, student);
  const sent = new Set(submissions.map((s) => s.exercise));
  const missing = doc.exercises.filter((e) => !sent.has(e.id)).map((e) => e.id);
  const out = [`# ${es ? "Corrección" : "Feedback"}: ${escapeMarkdown(student)}`, ""];
  if (row) out.push(`${es ? "Nota total" : "Total grade"}: **${decimal(row.total, 2, lang)} / 10**`, "");
  for (const s of submissions) out.push(...exerciseSection(doc, s, lang, level));
  if (missing.length) out.push(`${es ? "Sin entregar" : "Not submitted"}: ${missing.join(", ")}.`, "");
  // Nothing the program wrote (its output, an error message, a name) can reach a terminal that shows the file.
  return `${safeProse(out.join("\n").trimEnd())}\n`;
}

function exerciseSection(doc: BatchDocument, s: Submission, lang: Lang, level: FeedbackLevel): string[] {
  const es = lang === "es";
  const title = doc.exercises.find((e) => e.id === s.exercise)?.title[lang];
  const required = s.checks.filter((c) => !c.advice);
  const passed = required.filter((c) => c.status === "pass").length;
  const failed = required.filter((c) => c.status === "fail").length;
  const undecided = required.filter((c) => c.status === "undecided").length;
  const counts = [
    es ? `${passed} de ${count(required.length, "comprobación superada", "comprobaciones superadas")}` : `${passed} of ${count(required.length, "check", "checks")} passed`,
    ...(failed ? [es ? count(failed, "fallida", "fallidas") : `${failed} failed`] : []),
    ...(undecided ? [es ? `${undecided} sin decidir` : `${undecided} undecided`] : []),
  ];
  const out = [`## ${s.exercise}${title ? ` · ${title}` : ""}`, ""];
  // The verdict in the same words as every other report (grade/verdict.ts decides it).
  const verdict = s.status === "error" ? NOT_GRADED_WORD[lang] : VERDICT_WORD[lang][s.status];
  out.push(`${es ? "Nota" : "Grade"}: **${decimal(s.score * 10, 2, lang)} / 10** · ${counts.join(", ")} · ${verdict}`, "");
  if (s.error) out.push(`> ${es ? "pytutor no pudo calificar este archivo" : "pytutor could not grade this file"}: ${s.error[lang]}`, "");
  // Below "full", nothing the program wrote itself (an exception's message can carry what it read).
  for (const note of s.notes) out.push(`> ⚠ ${(level === "full" ? note.text : (note.brief ?? note.text))[lang]}`, "");
  if (level === "hidden") return out;
  // A hung run: where its threads were, in the student's own code, before the
  // checks whose hints point up at it. Below "full" the threads go unnamed
  // (their names are the program's own text).
  if (s.run?.stacks?.length) {
    const lines = stacksText(s.run.stacks, lang, { threadNames: level === "full" });
    out.push(`${es ? "Dónde estaba cada hilo al detenerlo" : "Where each thread was when it was stopped"}:`, "", ...fenced(lines.join("\n"), ""), "");
  }
  for (const check of s.checks) out.push(...checkLines(check, lang, level));
  if (s.checks.length) out.push("");
  if (level === "full") {
    out.push(`${es ? "Salida del programa" : "Program output"}${s.outputTruncated ? (es ? " (recortada)" : " (truncated)") : ""}:`, "");
    out.push(...(s.output.length ? fenced(s.output.map((l) => l.text).join("\n"), "") : [es ? "_(no imprimió nada)_" : "_(it printed nothing)_"]), "");
  }
  return out;
}

function checkLines(check: BatchCheck, lang: Lang, level: FeedbackLevel): string[] {
  const es = lang === "es";
  const advice = check.advice ? (es ? " (sugerencia)" : " (suggestion)") : "";
  const out = [`- ${STATUS_MARK[check.status]} ${check.title[lang]}${advice}`];
  if (check.reason && check.status !== "pass") out.push(`  ${check.reason[lang]}`);
  if (check.status === "fail" && check.hint) out.push(`  ${es ? "Pista" : "Hint"}: ${check.hint[lang]}`);
  if (level === "full" && check.status === "fail") {
    if (check.expected) out.push("", `  ${es ? "Esperado" : "Expected"}:`, "", ...fenced(check.expected[lang], "  "));
    if (check.actual) out.push("", `  ${es ? "Obtenido" : "Actual"}:`, "", ...fenced(check.actual[lang], "  "));
  }
  return out;
}

// A code block whose fence is longer than any run of backticks inside it.
function fenced(body: string, indent: string): string[] {
  const longest = (body.match(/`+/g) ?? []).reduce((a, run) => Math.max(a, run.length), 2);
  const fence = "`".repeat(longest + 1);
  return [fence, ...body.split("\n"), fence].map((line) => indent + line);
}

// A name is shown as written: no Markdown or HTML in it takes effect.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!&]/g, "\\$&");
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_BYTES = 100;

// The feedback file's name: the student's name with what file systems forbid
// replaced, at most 100 bytes with ".md". A name that had to change gets a short
// hash of the original, so "a/b" and "a:b" do not share a file.
export function feedbackFileName(student: string): string {
  const name = student.normalize("NFC");
  const safe =
    name
      .replace(/[/\\:*?"<>|\u0000-\u001F\u007F]/g, "_")
      .trim()
      .replace(/^\./, "_") || "_";
  const changed = safe !== name.trim() || RESERVED.test(safe) || Buffer.byteLength(safe) > MAX_BYTES - 3;
  const suffix = changed ? `-${createHash("sha256").update(student).digest("hex").slice(0, 8)}` : "";
  return `${truncateBytes(safe, MAX_BYTES - 3 - suffix.length)}${suffix}.md`;
}

// Cut at a character boundary, never inside an accent's UTF-8 bytes.
function truncateBytes(text: string, bytes: number): string {
  let out = "";
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}
