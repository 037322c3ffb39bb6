// What every check evaluator is given: the record, its lines and facts, and compiled patterns.
import type { Check, PatternRef, Spec } from "../catalog/schema.js";
import type { RunRecord } from "../runner/record.js";
import { deriveFacts, type Facts } from "./facts.js";
import { itemKey, type Whitespace } from "./normalize.js";
import { matcherFor, type Matcher } from "./patterns.js";
import { modelOf, type Model } from "./model.js";

export type Context = {
  spec: Spec;
  record: RunRecord;
  lines: string[];
  facts: Facts;
  model: Model;
  matcher(ref: PatternRef): Matcher;
  itemKey(raw: string): string;
};

function cachedMatcher(spec: Spec, whitespace: Whitespace): (ref: PatternRef) => Matcher {
  const cache = new Map<PatternRef, Matcher>();
  return (ref) => {
    let m = cache.get(ref);
    if (!m) {
      m = matcherFor(spec, ref, whitespace);
      cache.set(ref, m);
    }
    return m;
  };
}

export function makeContext(spec: Spec, record: RunRecord): Context {
  return {
    spec,
    record,
    lines: record.stdout.map((l) => l.text.replace(/\r$/u, "")),
    facts: deriveFacts(record, spec.probe),
    model: modelOf(record),
    matcher: cachedMatcher(spec, "normalized"),
    itemKey,
  };
}

// The context a check that asks for significant whitespace sees: the same
// run, with its patterns compiled to compare spaces and tabs as written.
export function contextFor(ctx: Context, check: Check): Context {
  if (!("whitespace" in check) || check.whitespace !== "significant") return ctx;
  return { ...ctx, matcher: cachedMatcher(ctx.spec, "significant") };
}
