// The watch session's rules, as a pure step from (state, event) to (state, effects), without the CLI.
import { describe, expect, test } from "vitest";
import { initialState, step, type WatchEffect, type WatchEvent, type WatchState } from "../../src/watch/session.js";

const kinds = (effects: WatchEffect[]) => effects.map((e) => (e.kind === "say" ? `say:${e.note.kind}` : e.kind === "quit" ? `quit:${e.code}` : e.kind));
const run = (state: WatchState, ...events: WatchEvent[]) => {
  let s = state;
  const all: WatchEffect[] = [];
  for (const e of events) {
    const next = step(s, e);
    s = next.state;
    all.push(...next.effects);
  }
  return { state: s, effects: all };
};
const a = initialState("ej1");

describe("watch session", () => {
  test("starting announces, explains, takes the keys and looks at the file", () => {
    expect(kinds(step(a, { kind: "start" }).effects)).toEqual(["say:announce", "say:how-to", "start-keys", "look"]);
  });

  test.each([
    [{ exists: false, starter: false }, ["say:missing"]],
    [{ exists: true, starter: true }, ["say:still-template"]],
    [{ exists: true, starter: false }, ["check"]],
  ])("a first look %j → %j", (looked, expected) => {
    expect(kinds(step(a, { kind: "looked", exercise: "ej1", ...looked }).effects)).toEqual(expected);
  });

  test("a look at an exercise no longer watched is ignored", () => {
    expect(step(a, { kind: "looked", exercise: "ej0", exists: true, starter: false }).effects).toEqual([]);
  });

  test("a save checks; a removal says the file is gone", () => {
    expect(kinds(step(a, { kind: "file-changed", exists: true }).effects)).toEqual(["check"]);
    expect(kinds(step(a, { kind: "file-changed", exists: false }).effects)).toEqual(["say:missing"]);
  });

  test.each([
    ["h", ["hint"]],
    ["H", ["hint"]],
    ["l", ["show-progress"]],
    ["r", ["check"]],
    ["\r", ["check"]],
    ["q", ["quit:ok"]],
    ["\u0004", ["quit:ok"]],
    ["\u0003", ["quit:interrupted"]],
    ["x", []],
  ])("key %j → %j", (key, expected) => {
    expect(kinds(step(a, { kind: "key", key }).effects)).toEqual(expected);
  });

  test("a failed check, or a check of another exercise, changes nothing", () => {
    expect(step(a, { kind: "checked", exercise: "ej1", passed: false, passedBefore: false }).effects).toEqual([]);
    expect(step(a, { kind: "checked", exercise: "ej0", passed: true, passedBefore: false }).effects).toEqual([]);
  });

  test("passing again an exercise passed before keeps watching it", () => {
    const { state, effects } = step(a, { kind: "checked", exercise: "ej1", passed: true, passedBefore: true });
    expect(kinds(effects)).toEqual(["say:already-passed"]);
    expect(state.exercise).toBe("ej1");
  });

  test("a first pass moves on to the next pending exercise and looks at its file", () => {
    const { state, effects } = run(a, { kind: "checked", exercise: "ej1", passed: true, passedBefore: false }, { kind: "advanced", passed: "ej1", next: "ej2", progress: "1 de 2" });
    expect(kinds(effects)).toEqual(["advance", "say:well-done", "drop-pending-check", "watch-file", "say:next", "say:announce", "look"]);
    expect(state).toEqual({ exercise: "ej2", stopped: false });
    expect(effects).toContainEqual({ kind: "watch-file", exercise: "ej2" });
    expect(effects).toContainEqual({ kind: "say", note: { kind: "well-done", exercise: "ej1", progress: "1 de 2" } });
  });

  test("the last pass congratulates and quits with success", () => {
    const { state, effects } = step(a, { kind: "advanced", passed: "ej1", next: undefined, progress: "2 de 2" });
    expect(kinds(effects)).toEqual(["say:well-done", "say:all-done", "quit:ok"]);
    expect(state.stopped).toBe(true);
  });

  test("a folder that cannot be watched, or a Python too old, quits as bad input", () => {
    expect(kinds(step(a, { kind: "watch-failed", message: "EACCES" }).effects)).toEqual(["say:cannot-watch", "quit:usage"]);
    expect(kinds(step(a, { kind: "python-too-old", version: "3.7.1" }).effects)).toEqual(["say:python-too-old", "quit:usage"]);
  });

  test("once stopped, nothing more happens", () => {
    const { state } = step(a, { kind: "key", key: "q" });
    for (const event of [{ kind: "key", key: "h" }, { kind: "file-changed", exists: true }, { kind: "start" }, { kind: "checked", exercise: "ej1", passed: true, passedBefore: false }] as WatchEvent[]) {
      expect(step(state, event)).toEqual({ state, effects: [] });
    }
  });
});
