// What every check evaluator is given: the record, its lines and facts, and compiled patterns.
import type { PatternRef, Spec } from "../spec/schema.js";
import type { RunRecord } from "../runner/record.js";
import { deriveFacts, type Facts } from "./facts.js";
import { itemKey } from "./normalize.js";
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

export function makeContext(spec: Spec, record: RunRecord): Context {
  const cache = new Map<PatternRef, Matcher>();
  return {
    spec,
    record,
    lines: record.stdout.map((l) => l.text.replace(/\r$/u, "")),
    facts: deriveFacts(record, spec.probe),
    model: modelOf(record),
    matcher(ref) {
      let m = cache.get(ref);
      if (!m) {
        m = matcherFor(spec, ref);
        cache.set(ref, m);
      }
      return m;
    },
    itemKey,
  };
}
