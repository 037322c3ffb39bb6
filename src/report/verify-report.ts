// Renderers of verify's results: terminal, JSON, JUnit XML, GitHub Actions annotations.
import { relative } from "node:path";
import type { ChalkInstance } from "chalk";
import { count, type Lang, type Text } from "../i18n/lang.js";
import { describeTarget, type TargetResult } from "../verify/verify.js";

export type VerifySummary = { targets: number; runs: number; problems: number; flaky: number; wallMs: number; passed: boolean };

export function summarise(results: TargetResult[], wallMs: number): VerifySummary {
  const problems = results.filter((r) => !r.ok).length;
  return {
    targets: results.length,
    runs: results.reduce((a, r) => a + r.runs.length, 0),
    problems,
    flaky: results.filter((r) => r.flaky).length,
    wallMs,
    passed: problems === 0,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

export function renderVerify(results: TargetResult[], summary: VerifySummary, lang: Lang, c: ChalkInstance, header: string): string {
  const es = lang === "es";
  const out: string[] = [c.bold(header), ""];
  for (const [exercise, rows] of groupBy(results, (r) => r.exercise)) {
    const alias = rows[0]?.target.exercise.spec.alias ?? "";
    const marks = [...groupBy(rows, (r) => r.python.version)].map(([version, list]) => {
      const good = list.filter((r) => r.ok).length;
      return `${good === list.length ? c.green("✓") : c.red("✗")} ${version} ${c.dim(`${good}/${list.length}`)}`;
    });
    out.push(`${c.bold(exercise)} ${c.dim(alias)}  ${marks.join("  ")}`);
    for (const r of rows.filter((row) => !row.ok)) {
      out.push(`  ${r.flaky ? c.yellow("~") : c.red("✗")} ${c.dim(`Python ${r.python.version}`)} ${describeTarget(r.target)[lang]}`);
      for (const p of r.problems) out.push(`      ${p[lang]}`);
    }
    for (const r of rows.filter((row) => row.ok && row.notes.length)) {
      out.push(`  ${c.yellow("?")} ${c.dim(`Python ${r.python.version}`)} ${describeTarget(r.target)[lang]}`);
      for (const n of r.notes) out.push(`      ${n[lang]}`);
    }
  }
  const seconds = (summary.wallMs / 1000).toFixed(1);
  out.push("");
  out.push(
    summary.passed
      ? c.green.bold(es ? `TODO CORRECTO · ${summary.targets} comprobaciones, ${summary.runs} ejecuciones, ${seconds} s` : `ALL GOOD · ${summary.targets} targets, ${summary.runs} runs, ${seconds} s`)
      : c.red.bold(
          es
            ? `${count(summary.problems, "PROBLEMA", "PROBLEMAS")} (${count(summary.flaky, "inestable", "inestables")}) · ${summary.targets} comprobaciones, ${summary.runs} ejecuciones, ${seconds} s`
            : `${count(summary.problems, "PROBLEM", "PROBLEMS")} (${summary.flaky} flaky) · ${summary.targets} targets, ${summary.runs} runs, ${seconds} s`,
        ),
  );
  return out.join("\n");
}

export function verifyJson(results: TargetResult[], summary: VerifySummary, lang: Lang, meta: { runs: number; jobs: number; isolation?: { mode: string; text: Text } }) {
  const pythons = [...new Map(results.map((r) => [r.python.version, r.python])).values()];
  return {
    passed: summary.passed,
    summary,
    runs: meta.runs,
    jobs: meta.jobs,
    ...(meta.isolation ? { isolation: { mode: meta.isolation.mode, text: meta.isolation.text[lang] } } : {}),
    pythons: pythons.map((p) => ({ version: p.version, executable: p.executable, freeThreaded: p.freeThreaded })),
    exercises: [...groupBy(results, (r) => r.exercise)].map(([id, rows]) => ({
      id,
      alias: rows[0]?.target.exercise.spec.alias,
      results: rows.map((r) => ({
        python: r.python.version,
        file: r.target.file,
        kind: r.target.kind,
        ...(r.target.catches ? { catches: r.target.catches } : {}),
        ok: r.ok,
        flaky: r.flaky,
        verdicts: {
          pass: r.runs.filter((v) => v.verdict === "pass").length,
          fail: r.runs.filter((v) => v.verdict === "fail").length,
          undecided: r.runs.filter((v) => v.verdict === "undecided").length,
          error: r.runs.filter((v) => v.verdict === "error").length,
        },
        ...(r.runs.some((v) => v.unmeasurable) ? { unmeasurable: true } : {}),
        medianWallMs: median(r.runs.map((v) => v.wallMs)),
        problems: r.problems.map((p) => p[lang]),
        ...(r.notes.length ? { notes: r.notes.map((n) => n[lang]) } : {}),
      })),
    })),
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch);
}

export function verifyJunit(results: TargetResult[], summary: VerifySummary, lang: Lang): string {
  const suites = [...groupBy(results, (r) => `${r.exercise} (Python ${r.python.version})`)].map(([name, rows]) => {
    const failures = rows.filter((r) => !r.ok).length;
    const time = rows.reduce((a, r) => a + r.runs.reduce((b, v) => b + v.wallMs, 0), 0) / 1000;
    const cases = rows.map((r) => {
      const caseTime = r.runs.reduce((a, v) => a + v.wallMs, 0) / 1000;
      const head = `    <testcase classname="${xml(`${r.exercise}.python-${r.python.version}`)}" name="${xml(describeTarget(r.target)[lang])}" time="${caseTime.toFixed(3)}"`;
      if (r.ok) return `${head}/>`;
      const message = r.problems.map((p) => p[lang]).join("; ");
      return `${head}>\n      <failure message="${xml(message)}"${r.flaky ? ' type="flaky"' : ""}>${xml(message)}</failure>\n    </testcase>`;
    });
    return `  <testsuite name="${xml(name)}" tests="${rows.length}" failures="${failures}" errors="0" time="${time.toFixed(3)}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pytutor verify" tests="${summary.targets}" failures="${summary.problems}" time="${(summary.wallMs / 1000).toFixed(3)}">\n${suites.join("\n")}\n</testsuites>\n`;
}

// `::error file=…::message` lines that GitHub Actions turns into annotations.
export function githubAnnotations(results: TargetResult[], lang: Lang, cwd: string): string[] {
  const escape = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return results
    .filter((r) => !r.ok)
    .map((r) => {
      const file = relative(cwd, `${r.target.exercise.dir}/${r.target.file}`);
      const title = `${r.exercise} · Python ${r.python.version}`;
      return `::error file=${escape(file)},title=${escape(title)}::${escape(`${describeTarget(r.target)[lang]}: ${r.problems.map((p) => p[lang]).join("; ")}`)}`;
    });
}
