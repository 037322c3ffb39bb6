// Facts a system may be unable to measure, and why: a check that needs one
// where this run could not measure it is skipped with that reason, never
// failed nor left undecided.
import type { RunRecord } from "../runner/record.js";
import type { Check } from "../catalog/schema.js";
import { both, type Text } from "../i18n/lang.js";

// Facts read from outside the program's CPU use (platform/linux-sampler.ts).
const CPU_FACT = /\b(?:cpu\.[A-Za-z]+|run\.freeCpus)\b/u;

// The relations a check states about facts: its `when` and a fact check's `expect`.
function relations(check: Check): string[] {
  const when = check.when === undefined ? [] : typeof check.when === "string" ? [check.when] : check.when;
  const expect = check.type === "fact" || check.type === "numbers" ? (Array.isArray(check.expect) ? check.expect : [check.expect]) : [];
  return [...when, ...expect].filter((s): s is string => typeof s === "string");
}

// Why this run cannot measure what the check needs, or undefined if it can.
export function unmeasurableHere(check: Check, record: RunRecord): Text | undefined {
  const caps = record.capabilities;
  if (!caps || caps.cpuAccounting) return undefined;
  if (!relations(check).some((r) => CPU_FACT.test(r))) return undefined;
  return caps.why?.cpuAccounting ?? both("sin contabilidad de CPU", "no CPU accounting");
}

// «no se puede medir en este sistema (macOS: sin contabilidad de CPU)».
export function cannotMeasure(why: Text | undefined): Text {
  const es = "no se puede medir en este sistema";
  const en = "cannot be measured on this system";
  return why ? both(`${es} (${why.es})`, `${en} (${why.en})`) : both(es, en);
}
