// Renderers of verify's results: terminal, JSON, JUnit XML, GitHub Actions annotations.
import { relative } from "node:path";
import type { ChalkInstance } from "chalk";
import { count, type Lang, type Text } from "../i18n/lang.js";
import type { Target, TargetResult } from "../verify/verify.js";
import { escapeControls, safeProse } from "../util/sanitize.js";
import { medianUpper } from "../util/median.js";
import { junitXml, type JunitCase, type JunitSuite } from "./junit.js";

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
      for (const p of r.problems) out.push(`      ${safeProse(p[lang])}`);
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
        medianWallMs: medianUpper(r.runs.map((v) => v.wallMs)),
        problems: r.problems.map((p) => p[lang]),
        ...(r.notes.length ? { notes: r.notes.map((n) => n[lang]) } : {}),
      })),
    })),
  };
}


export function verifyJunit(results: TargetResult[], summary: VerifySummary, lang: Lang): string {
  const suites = [...groupBy(results, (r) => `${r.exercise} (Python ${r.python.version})`)].map(([name, rows]): JunitSuite => ({
    name,
    seconds: rows.reduce((a, r) => a + r.runs.reduce((b, v) => b + v.wallMs, 0), 0) / 1000,
    cases: rows.map((r): JunitCase => {
      const message = r.problems.map((p) => p[lang]).join("; ");
      return {
        classname: `${r.exercise}.python-${r.python.version}`,
        name: describeTarget(r.target)[lang],
        seconds: r.runs.reduce((a, v) => a + v.wallMs, 0) / 1000,
        ...(r.ok ? {} : { problem: { kind: "failure", message, detail: message, ...(r.flaky ? { type: "flaky" } : {}) } }),
      };
    }),
  }));
  return junitXml("pytutor verify", suites, summary.wallMs / 1000);
}

// `::error file=…::message` lines that GitHub Actions turns into annotations.
export function githubAnnotations(results: TargetResult[], lang: Lang, cwd: string): string[] {
  const escape = (s: string) => escapeControls(s, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return results
    .filter((r) => !r.ok)
    .map((r) => {
      const file = relative(cwd, `${r.target.exercise.dir}/${r.target.file}`);
      const title = `${r.exercise} · Python ${r.python.version}`;
      return `::error file=${escape(file)},title=${escape(title)}::${escape(`${describeTarget(r.target)[lang]}: ${r.problems.map((p) => p[lang]).join("; ")}`)}`;
    });
}

// What a target of verify is expected to do, as its line says it.
export function describeTarget(target: Target): Text {
  switch (target.kind) {
    case "solution":
      return { es: `${target.file} (solución) pasa`, en: `${target.file} (solution) passes` };
    case "alternative":
      return { es: `${target.file} (alternativa) pasa`, en: `${target.file} (alternative) passes` };
    case "starter":
      return { es: `${target.file} (plantilla) no pasa`, en: `${target.file} (starter) does not pass` };
    case "variant":
      return { es: `${target.file} falla en «${target.catches}»`, en: `${target.file} fails on «${target.catches}»` };
  }
}

// The first line of verify's terminal report: what is verified, on which CPythons, how.
export function verifyHeader(exercises: number, versions: string[], runs: number, jobs: number, lang: Lang): string {
  return lang === "es"
    ? `pytutor verify · ${count(exercises, "ejercicio", "ejercicios")} · CPython ${versions.join(", ")} · ${runs === 1 ? "una ejecución" : `${runs} ejecuciones`} de cada archivo · ${jobs} en paralelo`
    : `pytutor verify · ${count(exercises, "exercise", "exercises")} · CPython ${versions.join(", ")} · ${runs === 1 ? "one run" : `${runs} runs`} of each file · ${jobs} in parallel`;
}
