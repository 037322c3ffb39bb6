import { describe, expect, test } from "vitest";
import { judge, type Target } from "../../src/verify/verify.js";
import type { Status, Verdict } from "../../src/grade/result.js";
import { runScheduled } from "../../src/util/scheduler.js";
import { medianMean, medianUpper } from "../../src/util/median.js";

const target = (kind: Target["kind"], catches?: string) => ({ kind, file: "x.py", ...(catches ? { catches } : {}) }) as Target;

describe("judge", () => {
  test.each<[string, Target, Verdict, Record<string, Status>, boolean, string | undefined]>([
    ["solution passes", target("solution"), "pass", { a: "pass" }, true, undefined],
    ["solution fails", target("solution"), "fail", { a: "fail" }, false, "should pass, but fails on: a"],
    ["solution undecided", target("solution"), "undecided", { a: "undecided" }, false, "should pass, but stays undecided: a"],
    ["starter fails", target("starter"), "fail", { a: "fail" }, true, undefined],
    ["starter passes", target("starter"), "pass", { a: "pass" }, false, "the starter passes every check"],
    ["variant caught", target("variant", "b"), "fail", { a: "pass", b: "fail" }, true, undefined],
    ["variant caught by an advice check, verdict pass", target("variant", "b"), "pass", { a: "pass", b: "fail" }, true, undefined],
    ["variant caught elsewhere", target("variant", "b"), "fail", { a: "fail", b: "pass" }, false, "fails, but not on «b»; it fails on: a (the spec does not test what the variant claims)"],
    ["variant passes", target("variant", "b"), "pass", { a: "pass", b: "pass" }, false, "should fail, but passes"],
    ["its labelled check undecided is never ok", target("variant", "b"), "undecided", { a: "pass", b: "undecided" }, false, "«b» stayed undecided"],
  ])("%s", (_name, t, verdict, statuses, ok, problem) => {
    const judged = judge(t, verdict, statuses);
    expect(judged.ok).toBe(ok);
    expect(judged.problem?.en).toBe(problem);
  });

  test("a labelled check this system cannot measure: the variant cannot be decided here, which is not the spec's fault", () => {
    const judged = judge(target("variant", "b"), "pass", { a: "pass", b: "skipped" }, { b: "cannot-measure" });
    expect(judged).toEqual({ ok: true, unmeasurable: true });
  });
});

// verify runs its programs through grade's pool (util/scheduler.ts), as wide as --jobs.
describe("the pool verify uses", () => {
  const pool = (jobs: string[], width: number, exclusive: (j: string) => boolean, work: (j: string) => Promise<void>) =>
    runScheduled(jobs, { slots: width, maxConcurrent: width, group: () => "g", exclusive }, async (j) => {
      await work(j);
      return { cpuSeconds: null, wallSeconds: 0 };
    });

  test("runs up to `width` jobs at once, and exclusive jobs alone", async () => {
    const jobs = ["a", "b", "X", "c", "d", "e"];
    let running = 0;
    let most = 0;
    const alone: boolean[] = [];
    await pool(jobs, 3, (j) => j === "X", async (j) => {
      running++;
      most = Math.max(most, running);
      if (j === "X") alone.push(running === 1);
      await new Promise((r) => setTimeout(r, 15));
      running--;
    });
    expect(most).toBe(3);
    expect(alone).toEqual([true]);
  });

  test("an empty list finishes", async () => {
    await expect(pool([], 4, () => false, async () => {})).resolves.toBeUndefined();
  });
});

describe("medians, named by what an even count gives", () => {
  test.each([
    [[], Number.NaN, 0],
    [[5], 5, 5],
    [[3, 1], 2, 3],
    [[4, 1, 3, 2], 2.5, 3],
    [[9, 1, 5], 5, 5],
  ])("%j: mean of the middle %d, upper middle %d", (values, mean, upper) => {
    expect(medianMean(values)).toBe(mean);
    expect(medianUpper(values)).toBe(upper);
  });
});

describe("flaky means the judgement changed", () => {
  test("a variant whose other checks vary, but whose labelled check always fails, is stable", async () => {
    const { verifyStability } = await import("../../src/verify/verify.js");
    const t = target("variant", "b");
    const runs = [
      { ok: true, passed: false, verdict: "fail" as const, statuses: { a: "pass" as const, b: "fail" as const }, wallMs: 1 },
      { ok: true, passed: false, verdict: "fail" as const, statuses: { a: "fail" as const, b: "fail" as const }, wallMs: 1 },
    ];
    expect(verifyStability(t, runs)).toBe(false);
    const flip = [runs[0]!, { ok: false, passed: true, verdict: "pass" as const, statuses: { a: "pass" as const, b: "pass" as const }, wallMs: 1 }];
    expect(verifyStability(t, flip)).toBe(true);
  });
});
