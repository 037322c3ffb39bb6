// The verdict's word and mark, the same in every report: the verdict itself is
// decided once, in grade/ (verdict.ts); a report only names it.
import type { Lang } from "../i18n/lang.js";
import type { Verdict } from "../grade/result.js";

export const VERDICT_WORD: Record<Lang, Record<Verdict, string>> = {
  es: { pass: "SUPERADO", fail: "NO SUPERADO", undecided: "SIN DECIDIR" },
  en: { pass: "PASSED", fail: "NOT PASSED", undecided: "UNDECIDED" },
};

export const VERDICT_ICON: Record<Verdict, string> = { pass: "✓", fail: "✗", undecided: "?" };

// A batch submission the grader could not grade at all has no verdict: it is an error.
export const NOT_GRADED_WORD: Record<Lang, string> = { es: "SIN CORREGIR", en: "NOT GRADED" };
