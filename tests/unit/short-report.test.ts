// Which failure the short report puts first («Lo primero»): a crash, then what
// the program did, then what it printed; the spec's order within each.
import { describe, expect, test } from "vitest";
import { leadingFailure } from "../../src/report/check-terminal.js";
import type { CheckResult } from "../../src/grade/result.js";

const check = (id: string, type: string, status: CheckResult["status"] = "fail"): CheckResult => ({
  id,
  type,
  status,
  advice: false,
  points: 1,
  earned: 0,
  title: { es: id, en: id },
});

describe("the first thing to fix", () => {
  test("what the program did leads what it printed (the printing is usually the symptom)", () => {
    expect(leadingFailure([check("muestra-cuentas", "numbers"), check("con-lock-exacto", "fact")])?.id).toBe("con-lock-exacto");
  });
  test("a crash leads everything", () => {
    expect(leadingFailure([check("usa-hilos", "workers"), check("termina-bien", "exit-code")])?.id).toBe("termina-bien");
  });
  test("the spec's order within a kind; a failure before an undecided check", () => {
    expect(leadingFailure([check("a", "workers"), check("b", "fact")])?.id).toBe("a");
    expect(leadingFailure([check("a", "workers", "undecided"), check("b", "lines")])?.id).toBe("b");
  });
  test("only printing failed: the first of them", () => {
    expect(leadingFailure([check("x", "line"), check("y", "order")])?.id).toBe("x");
  });
});
