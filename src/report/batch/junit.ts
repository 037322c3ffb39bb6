// JUnit XML of a batch, for CI servers and LMS plugins: one testsuite per
// student, one testcase per check, and a suite for the files no one claimed.
import type { Lang } from "../../i18n/lang.js";
import type { BatchCheck, BatchDocument, Submission } from "../../batch/types.js";
import { submissionsOf } from "./common.js";
import { VERDICT_WORD } from "../verdict-words.js";
import { junitXml, type JunitCase, type JunitProblem, type JunitSuite } from "../junit.js";

type Problem = JunitProblem;
type Case = JunitCase;

export function batchJunit(doc: BatchDocument, lang: Lang): string {
  const suites = doc.students.map((row): JunitSuite => {
    const submissions = submissionsOf(doc, row.student);
    return {
      name: row.student,
      seconds: submissions.reduce((sum, s) => sum + (s.run?.wallMs ?? 0), 0) / 1000,
      cases: submissions.flatMap((s) => submissionCases(s, lang)),
      out: submissions.flatMap((s) => s.notes.map((n) => `${s.exercise}: ${n.text[lang]}`)),
      err: submissions.filter((s) => s.stderr).map((s) => `${s.exercise}:\n${s.stderr}`),
    };
  });
  if (doc.unmatched.length) {
    const cases = doc.unmatched.map((u): Case => {
      const message = u.reason[lang];
      return { classname: "unmatched", name: u.path, problem: { kind: "error", message, detail: message } };
    });
    suites.push({ name: "unmatched", seconds: 0, cases, out: [], err: [] });
  }
  return junitXml("pytutor grade", suites);
}

function submissionCases(s: Submission, lang: Lang): Case[] {
  const classname = `${s.student}.${s.exercise}`;
  const cases = s.checks.map((check): Case => ({ classname, name: `${check.id}: ${check.title[lang]}`, ...problemOf(check, lang) }));
  if (s.error) cases.push({ classname, name: s.file, problem: { kind: "error", message: s.error[lang], detail: s.error[lang] } });
  // The verdict is fail with no failed check to show it (the program crashed,
  // hung or interfered before any check could be judged): a case says so, so
  // the JUnit file never reads as passed when the verdict is not.
  if (s.status === "fail" && !cases.some((c) => c.problem?.kind === "failure")) {
    const why = s.notes.map((n) => n.text[lang]).join("\n") || VERDICT_WORD[lang].fail;
    cases.push({ classname, name: lang === "es" ? "veredicto" : "verdict", problem: { kind: "failure", message: VERDICT_WORD[lang].fail, detail: why } });
  }
  return cases;
}

function problemOf(check: BatchCheck, lang: Lang): { problem?: Problem; skipped?: string } {
  if (check.status === "pass") return {};
  if (check.advice) return {};
  if (check.status === "skipped") return { skipped: check.reason?.[lang] ?? "" };
  const es = lang === "es";
  const parts: Array<[string, string | undefined]> = [
    [es ? "Esperado" : "Expected", check.expected?.[lang]],
    [es ? "Obtenido" : "Actual", check.actual?.[lang]],
    [es ? "Pista" : "Hint", check.hint?.[lang]],
  ];
  const present = parts.filter((p): p is [string, string] => p[1] !== undefined);
  const message = present.slice(0, 2).map(([label, text]) => `${label}: ${text}`).join("; ") || check.title[lang];
  const detail = present.map(([label, text]) => `${label}:\n${text}`).join("\n\n") || check.title[lang];
  if (check.status === "undecided") return { skipped: check.reason?.[lang] ?? message };
  return { problem: { kind: "failure", message, detail } };
}
