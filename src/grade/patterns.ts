// Compiled line patterns: does a line match, and which item does it name.
import type { LinePattern, PatternRef, Spec } from "../catalog/schema.js";
import type { Text } from "../i18n/lang.js";
import { firstDifference, itemKey, normalizeLine, stripAccents, type Whitespace } from "./normalize.js";

export type Matcher = {
  test(line: string): boolean;
  // The normalised item the line names, if the pattern has `item`.
  item(line: string): string | undefined;
  // Named groups of the pattern's match on a line.
  groups(line: string): Record<string, string> | undefined;
  // How many times the pattern occurs in one line (to spot merged lines).
  occurrences(line: string): number;
  describe: Text;
  hasItem: boolean;
  // The literal text, for exact/contains patterns (for "closest line" diffs).
  literal?: string;
  // The literal as the spec wrote it, and where a line first departs from it.
  shownLiteral?: string;
  difference?(line: string): { at: number; source: string } | undefined;
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function resolvePattern(spec: Pick<Spec, "patterns">, ref: PatternRef): LinePattern {
  if (typeof ref !== "string") return ref;
  const found = spec.patterns[ref];
  if (!found) throw new Error(`pattern ${ref} not defined`); // the loader rejects such specs
  return found;
}

export function compilePattern(pattern: LinePattern, whitespace: Whitespace = "normalized"): Matcher {
  const options = { caseSensitive: pattern.caseSensitive, accentSensitive: pattern.accentSensitive, whitespace };
  const flags = `u${pattern.caseSensitive ? "" : "i"}`;
  const prepare = (source: string) => (pattern.accentSensitive ? source : stripAccents(source));
  let source: string;
  let literal: string | undefined;
  if (pattern.regex !== undefined) source = prepare(pattern.regex);
  else {
    literal = normalizeLine(pattern.exact ?? pattern.contains ?? "", options);
    source = pattern.exact !== undefined ? `^${escapeRegex(literal)}$` : escapeRegex(literal);
  }
  const main = new RegExp(source, flags);
  const global = new RegExp(source, `${flags}g`);
  const not = pattern.not !== undefined ? new RegExp(prepare(pattern.not), flags) : undefined;
  const item = pattern.item !== undefined ? new RegExp(prepare(pattern.item), flags) : undefined;
  const norm = (line: string) => normalizeLine(line, options);
  const shown = pattern.regex ?? pattern.exact ?? pattern.contains ?? "";
  return {
    test: (line) => {
      const n = norm(line);
      return main.test(n) && !(not?.test(n) ?? false) && (item ? item.test(n) : true);
    },
    item: (line) => {
      if (!item) return undefined;
      const m = item.exec(norm(line));
      if (!m) return undefined;
      return itemKey(m.groups?.item ?? m[1] ?? m[0]);
    },
    groups: (line) => {
      const m = main.exec(norm(line));
      return m ? { ...(m.groups ?? {}) } : undefined;
    },
    occurrences: (line) => {
      const n = norm(line);
      if (pattern.exact !== undefined) return main.test(n) ? 1 : 0;
      return [...n.matchAll(global)].filter((m) => m[0].length > 0).length;
    },
    describe: pattern.describe ?? { es: `una línea que ${pattern.regex ? "encaje con" : pattern.exact ? "sea" : "contenga"} «${shown}»`, en: `a line that ${pattern.regex ? "matches" : pattern.exact ? "is" : "contains"} «${shown}»` },
    hasItem: item !== undefined,
    ...(literal !== undefined
      ? { literal, shownLiteral: pattern.exact ?? pattern.contains ?? "", difference: (line: string) => firstDifference(line, literal, options) }
      : {}),
  };
}

export function matcherFor(spec: Pick<Spec, "patterns">, ref: PatternRef, whitespace: Whitespace = "normalized"): Matcher {
  return compilePattern(resolvePattern(spec, ref), whitespace);
}
