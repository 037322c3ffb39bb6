// What `pytutor watch` prints after each save: a verdict line first (the time,
// the verdict, the points), then the titles of the checks that did not pass,
// the program's error or why it was stopped, and the first hint, each line
// cut to the terminal's width. `pytutor check` gives the full report.
import type { ChalkInstance } from "chalk";
import type { CheckOutcome } from "../attempt/types.js";
import { count, type Lang } from "../i18n/lang.js";
import { cut, wrapAtMost } from "./wrap.js";
import { safeProse, visible } from "../util/sanitize.js";
import { VERDICT_ICON, VERDICT_WORD } from "./verdict-words.js";

const MAX_CHECKS = 6;

const L = {
  es: {
    verdict: VERDICT_WORD.es,
    points: (p: number, t: number, pct: number) => `${p} de ${t} puntos (${pct} %)`,
    undecided: "sin decidir",
    more: (n: number) => `… y ${n === 1 ? "una comprobación" : `${n} comprobaciones`} más (\`pytutor check\` las detalla)`,
    error: "Error",
    hint: "Pista",
  },
  en: {
    verdict: VERDICT_WORD.en,
    points: (p: number, t: number, pct: number) => `${p} of ${t} points (${pct}%)`,
    undecided: "undecided",
    more: (n: number) => `… and ${count(n, "more check", "more checks")} (\`pytutor check\` details them)`,
    error: "Error",
    hint: "Hint",
  },
};

// Cut to `width` columns, with an ellipsis; one line only.
export function fit(text: string, width: number): string {
  return cut(text, width);
}

export function clock(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

const STOPPED_NOTES = new Set(["timeout", "waiting-input", "limit", "killed", "crash", "output-capped", "tampered"]);

export function renderWatchSummary(outcome: CheckOutcome, lang: Lang, c: ChalkInstance, width: number, at: Date = new Date()): string[] {
  const t = L[lang];
  const { result, record, exercise } = outcome;
  const pct = Math.round(result.score * 100);
  const verdict = t.verdict[result.verdict];
  const icon = VERDICT_ICON[result.verdict];
  const paint = result.verdict === "pass" ? c.green.bold : result.verdict === "undecided" ? c.yellow.bold : c.red.bold;
  const rest = ` · ${exercise.spec.id} · ${t.points(result.points.earned, result.points.total, pct)}`;
  const head = fit(`${clock(at)} ${icon} ${verdict}${rest}`, width);
  // Colour the verdict without counting its escapes in the width.
  const lines = [head.replace(`${icon} ${verdict}`, paint(`${icon} ${verdict}`)).replace(/^(\d\d:\d\d:\d\d)/, (time) => c.dim(time))];

  const open = result.checks.filter((r) => !r.advice && (r.status === "fail" || r.status === "undecided"));
  for (const check of open.slice(0, MAX_CHECKS)) {
    const mark = check.status === "fail" ? c.red("✗") : c.yellow("?");
    const text = fit(`${check.title[lang]}${check.status === "undecided" ? ` (${t.undecided})` : ""}`, width - 4);
    lines.push(`  ${mark} ${text}`);
  }
  if (open.length > MAX_CHECKS) lines.push(c.dim(fit(`    ${t.more(open.length - MAX_CHECKS)}`, width)));

  const exception = record.events.find((e) => e.event === "exception");
  if (exception && exception.event === "exception") {
    const last = exception.traceback.trimEnd().split("\n").at(-1)?.trim() ?? "";
    if (last) lines.push(`  ${c.red(fit(`${t.error}: ${visible(last)}`, width - 2))}`);
  } else if (result.verdict !== "pass") {
    const note = result.notes.find((n) => STOPPED_NOTES.has(n.kind));
    if (note) lines.push(`  ${c.yellow("!")} ${fit(safeProse(note.text[lang]).replace(/\s+/g, " "), width - 4)}`);
  }
  const hint = open.find((r) => r.hint)?.hint;
  // The hint whole, wrapped at word boundaries (three lines at most).
  if (hint) lines.push(...wrapAtMost(hint[lang], width, 3, `  ${t.hint}: `, "    ").map((l, i) => (i === 0 ? l.replace(`${t.hint}:`, c.cyan(`${t.hint}:`)) : l)));
  return lines;
}
