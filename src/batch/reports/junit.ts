// JUnit XML of a batch, for CI servers and LMS plugins: one testsuite per
// student, one testcase per check, and a suite for the files no one claimed.
import type { Lang } from "../../i18n/lang.js";
import type { BatchCheck, BatchDocument, Submission } from "../types.js";
import { submissionsOf } from "./common.js";

type Problem = { kind: "failure" | "error"; message: string; detail: string };
type Case = { classname: string; name: string; problem?: Problem; skipped?: string };
type Suite = { name: string; seconds: number; cases: Case[]; out: string[]; err: string[] };

export function batchJunit(doc: BatchDocument, lang: Lang): string {
  const suites = doc.students.map((row): Suite => {
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
  const count = (kind?: Problem["kind"]) => suites.reduce((n, s) => n + s.cases.filter((c) => !kind || c.problem?.kind === kind).length, 0);
  const seconds = suites.reduce((sum, s) => sum + s.seconds, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pytutor grade" tests="${count()}" failures="${count("failure")}" errors="${count("error")}" time="${seconds.toFixed(3)}">`,
    ...suites.map(renderSuite),
    "</testsuites>",
    "",
  ].join("\n");
}

function submissionCases(s: Submission, lang: Lang): Case[] {
  const classname = `${s.student}.${s.exercise}`;
  const cases = s.checks.map((check): Case => ({ classname, name: `${check.id}: ${check.title[lang]}`, ...problemOf(check, lang) }));
  if (s.error) cases.push({ classname, name: s.file, problem: { kind: "error", message: s.error[lang], detail: s.error[lang] } });
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

function renderSuite(suite: Suite): string {
  const failures = suite.cases.filter((c) => c.problem?.kind === "failure").length;
  const errors = suite.cases.filter((c) => c.problem?.kind === "error").length;
  const skipped = suite.cases.filter((c) => c.skipped !== undefined).length;
  const cases = suite.cases.map((c) => {
    const head = `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}"`;
    if (c.skipped !== undefined) return `${head}>\n      <skipped message="${attr(c.skipped)}"/>\n    </testcase>`;
    if (!c.problem) return `${head}/>`;
    const { kind, message, detail } = c.problem;
    return `${head}>\n      <${kind} message="${attr(message)}">${text(detail)}</${kind}>\n    </testcase>`;
  });
  const out = suite.out.length ? [`    <system-out>${text(suite.out.join("\n"))}</system-out>`] : [];
  const err = suite.err.length ? [`    <system-err>${text(suite.err.join("\n\n"))}</system-err>`] : [];
  return [
    `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${suite.seconds.toFixed(3)}">`,
    ...cases,
    ...out,
    ...err,
    "  </testsuite>",
  ].join("\n");
}

// Characters XML 1.0 forbids even as references (C0 controls but tab and line
// ends, U+FFFE, U+FFFF, unpaired surrogates) become U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch);
}

// Attribute values lose their tabs and line ends to spaces unless written as references.
function attr(value: string): string {
  return text(value).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
