import { describe, expect, test } from "vitest";
import { judge, type Target } from "../../src/verify/verify.js";
import { runPool } from "../../src/verify/pool.js";

const target = (kind: Target["kind"], catches?: string) => ({ kind, file: "x.py", ...(catches ? { catches } : {}) }) as Target;

describe("judge", () => {
  test.each<[string, Target, boolean, Record<string, "pass" | "fail" | "error">, boolean, string | undefined]>([
    ["solution passes", target("solution"), true, { a: "pass" }, true, undefined],
    ["solution fails", target("solution"), false, { a: "fail" }, false, "should pass, but fails on: a"],
    ["starter fails", target("starter"), false, { a: "fail" }, true, undefined],
    ["starter passes", target("starter"), true, { a: "pass" }, false, "the starter passes every check"],
    ["variant caught", target("variant", "b"), false, { a: "pass", b: "fail" }, true, undefined],
    ["variant caught elsewhere", target("variant", "b"), false, { a: "fail", b: "pass" }, false, "fails, but not on «b»; it fails on: a (the spec does not test what the variant claims)"],
    ["variant passes", target("variant", "b"), true, { a: "pass", b: "pass" }, false, "should fail, but passes"],
    ["an undecided check is never ok", target("variant", "b"), false, { a: "error", b: "fail" }, false, "undecided checks (error): a"],
  ])("%s", (_name, t, passed, statuses, ok, problem) => {
    const verdict = judge(t, passed, statuses);
    expect(verdict.ok).toBe(ok);
    expect(verdict.problem?.en).toBe(problem);
  });
});

describe("runPool", () => {
  test("runs up to `width` jobs at once, and exclusive jobs alone", async () => {
    const jobs = ["a", "b", "X", "c", "d", "e"];
    let running = 0;
    let most = 0;
    const alone: boolean[] = [];
    await runPool(jobs, 3, (j) => j === "X", async (j) => {
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
    await expect(runPool([], 4, () => false, async () => {})).resolves.toBeUndefined();
  });
});

describe("flaky means the judgement changed", () => {
  test("a variant whose other checks vary, but whose labelled check always fails, is stable", async () => {
    const { verifyStability } = await import("../../src/verify/verify.js");
    const t = target("variant", "b");
    const runs = [
      { ok: true, passed: false, statuses: { a: "pass" as const, b: "fail" as const }, wallMs: 1 },
      { ok: true, passed: false, statuses: { a: "fail" as const, b: "fail" as const }, wallMs: 1 },
    ];
    expect(verifyStability(t, runs)).toBe(false);
    const flip = [runs[0]!, { ok: false, passed: true, statuses: { a: "pass" as const, b: "pass" as const }, wallMs: 1 }];
    expect(verifyStability(t, flip)).toBe(true);
  });
});
