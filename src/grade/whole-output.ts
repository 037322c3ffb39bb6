// The `output` check: the program's whole stdout against one text, as course
// graders compare it (GitHub Classroom's exact / included / regex, check50's
// `stdout` records). Its failure says only what happened: what was expected,
// what came out, and the first line where they part.
import type { Check } from "../catalog/schema.js";
import { both, type Text } from "../i18n/lang.js";
import type { Outcome } from "./result.js";
import type { Context } from "./context.js";
import { visible } from "./normalize.js";

type OutputCheck = Extract<Check, { type: "output" }>;

// Long texts are cut in a report: the start, and how much was left out.
const SHOWN_CHARS = 160;

// CRLF → LF; with `trim`, spaces and newlines at both ends removed too
// (GitHub Classroom's normalizeLineEndings: replace(/\r\n/g, "\n").trim()).
export function normalizeOutput(text: string, mode: OutputCheck["normalize"]): string {
  const lf = text.replace(/\r\n/gu, "\n");
  return mode === "trim" ? lf.trim() : lf;
}

// The program's stdout as one text, as it was written.
export function wholeOutput(ctx: Pick<Context, "record">): string {
  const { stdout, stdoutEndsWithoutNewline } = ctx.record;
  if (stdout.length === 0) return "";
  return `${stdout.map((l) => l.text).join("\n")}${stdoutEndsWithoutNewline ? "" : "\n"}`;
}

function shown(text: string): string {
  const cut = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
  return visible(cut.replace(/\n/gu, "⏎"));
}

// Where two texts first differ, line by line: the 1-based line and both sides
// (undefined for a side that has no such line).
export function firstDifferingLine(actual: string, expected: string): { line: number; got?: string; want?: string } | undefined {
  const a = actual.split("\n");
  const e = expected.split("\n");
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return { line: i + 1, ...(a[i] !== undefined ? { got: a[i] } : {}), ...(e[i] !== undefined ? { want: e[i] } : {}) };
  }
  return undefined;
}

// The output line (1-based, in the program's numbering) a line of the
// normalised text is: `trim` may have dropped blank lines at the start.
function outputLineOf(ctx: Context, line: number, mode: OutputCheck["normalize"]): number {
  if (mode !== "trim") return line;
  const raw = wholeOutput(ctx).replace(/\r\n/gu, "\n");
  const dropped = raw.length - raw.trimStart().length;
  const before = raw.slice(0, dropped).split("\n").length - 1;
  return Math.min(line + before, Math.max(1, ctx.record.stdout.length));
}

function describeDifference(d: { line: number; got?: string; want?: string }, at: number): Text {
  const where = at !== d.line ? both(` (línea ${at} de la salida)`, ` (output line ${at})`) : both("", "");
  if (d.got === undefined) {
    return both(`la salida se acaba antes: falta la línea ${d.line}, «${visible(d.want ?? "")}»`, `the output ends too soon: line ${d.line}, «${visible(d.want ?? "")}», is missing`);
  }
  if (d.want === undefined) {
    return both(`sobra la línea ${d.line}${where.es}: «${visible(d.got)}»`, `line ${d.line}${where.en} is one too many: «${visible(d.got)}»`);
  }
  return both(
    `la línea ${d.line}${where.es} es «${visible(d.got)}», y se esperaba «${visible(d.want)}»`,
    `line ${d.line}${where.en} is «${visible(d.got)}», and «${visible(d.want)}» was expected`,
  );
}

function endedWith(ctx: Context, code: number): Outcome | undefined {
  const r = ctx.record;
  if (!r.timedOut && !r.outputCapped && r.signal === null && r.exitCode === code) return undefined;
  const how = r.timedOut
    ? both(`lo detuvo el límite de ${r.timeoutSeconds} s`, `it was stopped by the ${r.timeoutSeconds} s limit`)
    : r.outputCapped
      ? both("lo detuvo el límite de salida", "it was stopped by the output limit")
      : r.signal
        ? both(`terminó por la señal ${r.signal}`, `it was ended by signal ${r.signal}`)
        : both(`terminó con código ${r.exitCode}`, `it ended with code ${r.exitCode}`);
  return { status: "fail", expected: both(`terminar con código ${code}`, `to end with code ${code}`), actual: how };
}

export function outputCheck(ctx: Context, check: OutputCheck): Outcome {
  const mode = check.normalize;
  const actual = normalizeOutput(wholeOutput(ctx), mode);
  const how = mode === "trim" ? both(" (sin espacios ni saltos de línea al principio ni al final)", " (without spaces or newlines at either end)") : both("", "");
  let outcome: Outcome;
  if (check.equals !== undefined) {
    const expected = normalizeOutput(check.equals, mode);
    const d = firstDifferingLine(actual, expected);
    if (d === undefined) outcome = { status: "pass" };
    else {
      const at = outputLineOf(ctx, d.line, mode);
      outcome = {
        status: "fail",
        expected: both(`la salida completa${how.es}, exactamente: «${shown(expected)}»`, `the whole output${how.en}, exactly: «${shown(expected)}»`),
        actual: describeDifference(d, at),
        ...(d.got !== undefined ? { lines: [at] } : {}),
      };
    }
  } else if (check.regex !== undefined) {
    // As GitHub Classroom: the pattern as written (not normalised), no flags.
    const re = new RegExp(check.regex);
    outcome = re.test(actual)
      ? { status: "pass" }
      : {
          status: "fail",
          expected: both(`una salida${how.es} que encaje con /${check.regex}/`, `an output${how.en} that matches /${check.regex}/`),
          actual: actual === "" ? both("el programa no imprimió nada", "the program printed nothing") : both(`no encaja; la salida fue «${shown(actual)}»`, `it does not match; the output was «${shown(actual)}»`),
        };
  } else {
    const wanted = (typeof check.contains === "string" ? [check.contains] : check.contains ?? []).map((w) => normalizeOutput(w, mode));
    let from = 0;
    outcome = { status: "pass" };
    for (const [k, want] of wanted.entries()) {
      const found = actual.indexOf(want, from);
      if (found >= 0) {
        from = found + want.length;
        continue;
      }
      const rest = actual.slice(from);
      const ordinal = wanted.length > 1 ? both(` (el ${k + 1}.º de ${wanted.length}, después de lo anterior)`, ` (number ${k + 1} of ${wanted.length}, after the previous one)`) : both("", "");
      // Where the expected text would start: its first line, or the line most like it.
      const firstWant = want.split("\n")[0] ?? "";
      const restLines = rest.split("\n");
      const startLine = actual.slice(0, from).split("\n").length - 1;
      const begin = firstWant === "" ? -1 : restLines.findIndex((l) => l.includes(firstWant));
      let actualText: Text;
      let lines: number[] = [];
      if (actual === "") actualText = both("el programa no imprimió nada", "the program printed nothing");
      else if (begin >= 0) {
        const slice = restLines.slice(begin).join("\n");
        const startAt = slice.indexOf(firstWant);
        const d = firstDifferingLine(slice.slice(startAt), want) ?? { line: 1 };
        const at = outputLineOf(ctx, startLine + begin + d.line, mode);
        actualText = describeDifference(d, at);
        lines = d.got !== undefined ? [at] : [];
      } else {
        actualText = both(
          `«${visible(firstWant)}» no aparece en ninguna línea${from > 0 ? " después de lo anterior" : ""}; la salida fue «${shown(from > 0 ? rest : actual)}»`,
          `«${visible(firstWant)}» is on no line${from > 0 ? " after the previous one" : ""}; the output was «${shown(from > 0 ? rest : actual)}»`,
        );
      }
      outcome = {
        status: "fail",
        expected: both(`que la salida${how.es} contenga «${shown(want)}»${ordinal.es}`, `the output${how.en} to contain «${shown(want)}»${ordinal.en}`),
        actual: actualText,
        ...(lines.length ? { lines } : {}),
      };
      break;
    }
  }
  if (outcome.status === "pass" && check.exitCode !== undefined) return endedWith(ctx, check.exitCode) ?? outcome;
  return outcome;
}
