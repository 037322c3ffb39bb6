// The one JUnit XML writer: `verify` and `grade` describe their suites and
// cases; this writes them, escaping every value and dropping what XML 1.0
// cannot hold (see xmlText in ../util/sanitize.ts).
import { xmlAttr, xmlText } from "../util/sanitize.js";

export type JunitProblem = { kind: "failure" | "error"; message: string; detail: string; type?: string };
export type JunitCase = { classname: string; name: string; seconds?: number; problem?: JunitProblem; skipped?: string };
export type JunitSuite = { name: string; seconds: number; cases: JunitCase[]; out?: string[]; err?: string[] };

const countOf = (cases: JunitCase[], kind?: JunitProblem["kind"]) => cases.filter((c) => !kind || c.problem?.kind === kind).length;

// `seconds`: the whole run's (the suites' added up when not given).
export function junitXml(name: string, suites: JunitSuite[], seconds = suites.reduce((sum, s) => sum + s.seconds, 0)): string {
  const all = suites.flatMap((s) => s.cases);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(name)}" tests="${all.length}" failures="${countOf(all, "failure")}" errors="${countOf(all, "error")}" time="${seconds.toFixed(3)}">`,
    ...suites.map(renderSuite),
    "</testsuites>",
    "",
  ].join("\n");
}

function renderCase(c: JunitCase): string {
  const head = `    <testcase classname="${xmlAttr(c.classname)}" name="${xmlAttr(c.name)}"${c.seconds === undefined ? "" : ` time="${c.seconds.toFixed(3)}"`}`;
  if (c.skipped !== undefined) return `${head}>\n      <skipped message="${xmlAttr(c.skipped)}"/>\n    </testcase>`;
  if (!c.problem) return `${head}/>`;
  const { kind, message, detail, type } = c.problem;
  return `${head}>\n      <${kind} message="${xmlAttr(message)}"${type ? ` type="${xmlAttr(type)}"` : ""}>${xmlText(detail)}</${kind}>\n    </testcase>`;
}

function renderSuite(suite: JunitSuite): string {
  const skipped = suite.cases.filter((c) => c.skipped !== undefined).length;
  const out = suite.out?.length ? [`    <system-out>${xmlText(suite.out.join("\n"))}</system-out>`] : [];
  const err = suite.err?.length ? [`    <system-err>${xmlText(suite.err.join("\n\n"))}</system-err>`] : [];
  return [
    `  <testsuite name="${xmlAttr(suite.name)}" tests="${suite.cases.length}" failures="${countOf(suite.cases, "failure")}" errors="${countOf(suite.cases, "error")}" skipped="${skipped}" time="${suite.seconds.toFixed(3)}">`,
    ...suite.cases.map(renderCase),
    ...out,
    ...err,
    "  </testsuite>",
  ].join("\n");
}
