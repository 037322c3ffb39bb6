// The progress marks and bar, as list, the menu and watch show them (no CLI).
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { attemptsText, barLine, markOf, markText, progressBar, standingOf } from "../../src/workspace/progress-view.js";
import { newProgress, type State } from "../../src/workspace/state.js";

const plain = new Chalk({ level: 0 });
const state = (exercises: State["exercises"], current?: string) => ({ exercises, ...(current ? { current } : {}) }) as unknown as State;
const done = { ...newProgress(), status: "done" as const };
const tried = { ...newProgress(), attempts: 3, lastScore: 0.4 };

describe("progress view", () => {
  test.each([
    [0, 4, 8, "░░░░░░░░"],
    [1, 4, 8, "██░░░░░░"],
    [4, 4, 8, "████████"],
    [0, 0, 8, "░░░░░░░░"],
    [1, 3, 10, "███░░░░░░░"],
  ])("bar of %i/%i over %i columns", (d, t, w, bar) => expect(progressBar(d, t, w)).toBe(bar));

  test("the standing counts what is done among the ids and finds the current one", () => {
    const s = state({ a: done, b: tried });
    expect(standingOf(s, ["a", "b", "c"])).toEqual({ done: 1, total: 3, percent: 33, current: "b" });
    expect(standingOf(state({ a: done }, "c"), ["a", "b", "c"]).current).toBe("c");
    expect(barLine(standingOf(s, ["a", "b"]), plain, 4)).toBe("██░░ 1/2 · 50 %");
  });

  test("marks: passed, the current one, pending", () => {
    const s = state({ a: done });
    expect([markOf(s, "a", "b"), markOf(s, "b", "b"), markOf(s, "c", "b")]).toEqual(["done", "current", "pending"]);
    expect(["done", "current", "pending"].map((m) => markText(m as "done", plain))).toEqual(["✓", "▶", "·"]);
  });

  test("attempts are said only for an exercise tried and not passed", () => {
    expect(attemptsText(tried, "es")).toBe("3 intentos, el último con 40 %");
    expect(attemptsText({ ...tried, attempts: 1 }, "en")).toBe("1 attempt, the last at 40 %");
    expect(attemptsText(done, "es")).toBeUndefined();
    expect(attemptsText(newProgress(), "es")).toBeUndefined();
  });
});
