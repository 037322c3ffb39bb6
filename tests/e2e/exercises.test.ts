// The whole built-in catalogue through `pytutor verify`: each reference
// solution and alternative passes, each starter fails, each known-wrong variant
// fails on the check it is labelled with (or shows the advice it is labelled
// with). What runs where, to keep the suite's time in hand:
//   - the reference solutions and the chapter's own (`alternatives/capitulo*`):
//     on every CPython present (they must pass on each of 3.8–3.13);
//   - the other alternatives (other styles of a correct answer): on the oldest
//     and the newest;
//   - the starters and the known-wrong variants: on the oldest and the newest;
//   - the answers written blind by people who never saw the specs
//     (`*/ciegas/`): on the newest, or on the oldest and the newest with
//     PYTUTOR_BLIND_PYTHONS=ends (every one was checked on both when added).
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, test, beforeAll } from "vitest";
import { SHORT_MAX_ROWS } from "../../src/report/check-terminal.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { EXERCISES, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

type Row = { python: string; file: string; kind: string; ok: boolean; problems: string[] };
type Doc = { passed: boolean; pythons: Array<{ version: string }>; exercises: Array<{ id: string; results: Row[] }> };
type Part = "reference" | "alternatives" | "variants" | "blind";

const BLIND = ["alternatives/ciegas/", "variants/ciegas/"];
const isBlind = (file: string) => BLIND.some((prefix) => file.startsWith(prefix));
const CHAPTER = "alternatives/capitulo";
const isChapter = (file: string) => file.startsWith(CHAPTER);
const { exercises, issues } = loadCatalog(EXERCISES);
const pythons = testPythons();
const newest = pythons.slice(-1);
const ends = [...new Set([pythons[0], pythons.at(-1)])].filter((p) => p !== undefined);
const on: Record<Part, typeof pythons> = { reference: pythons, alternatives: ends, variants: ends, blind: process.env.PYTUTOR_BLIND_PYTHONS === "ends" ? ends : newest };
const filters: Record<Part, string[]> = {
  reference: ["--only-files", ["solution", CHAPTER].join(",")],
  alternatives: ["--only-files", "alternatives/", "--skip-files", [CHAPTER, ...BLIND].join(",")],
  variants: ["--only-files", "variants/,starter.py", "--skip-files", BLIND.join(",")],
  blind: ["--only-files", BLIND.join(",")],
};
// What a learner reads after each run, as `verify --screens` writes it (80 columns).
const screens = mkdtempSync(join(tmpdir(), "pytutor-screens-"));
const empty = (): { doc: Doc; stderr: string } => ({ doc: { passed: false, pythons: [], exercises: [] }, stderr: "" });
const runs: Record<Part, { doc: Doc; stderr: string }> = { reference: empty(), alternatives: empty(), variants: empty(), blind: empty() };

// The three run side by side: most runs sleep, so the pools keep each other's
// tails busy; the jobs are shared between them.
beforeAll(async () => {
  const jobs = process.env.PYTUTOR_VERIFY_JOBS ?? "3";
  // The alternatives are the smallest part: fewer jobs, so the four parts together stay near nine runs at once.
  const jobsOf = (part: Part) => (part === "alternatives" && !process.env.PYTUTOR_VERIFY_JOBS ? "2" : jobs);
  await Promise.all(
    (["reference", "alternatives", "variants", "blind"] as const).map(async (part) => {
      const which = on[part].flatMap((p) => ["--python", p.path]);
      const r = await pytutor(["verify", ...which, ...filters[part], "--json", "--lang", "en", "--jobs", jobsOf(part), "--screens", join(screens, part)], { timeoutMs: 3_000_000 });
      runs[part] = { doc: JSON.parse(r.stdout || "{}") as Doc, stderr: r.stderr };
    }),
  );
}, 3_000_000);

test("the catalogue is valid, has the whole chapter, and a CPython is present", () => {
  expect(issues).toEqual([]);
  expect(exercises.length).toBe(17);
  expect(pythons.length).toBeGreaterThan(0);
  for (const part of ["reference", "alternatives", "variants", "blind"] as const) {
    expect(runs[part].stderr).toBe("");
    expect(runs[part].doc.pythons).toHaveLength(on[part].length);
  }
});

describe("verify, exercise by exercise", () => {
  for (const { spec } of exercises) {
    const files: Record<Part, string[]> = {
      reference: ["solution", ...spec.alternatives.filter(isChapter)],
      alternatives: spec.alternatives.filter((f) => !isBlind(f) && !isChapter(f)),
      variants: ["starter", ...spec.variants.map((v) => v.file).filter((f) => !isBlind(f))],
      blind: [...spec.alternatives, ...spec.variants.map((v) => v.file)].filter(isBlind),
    };
    for (const part of ["reference", "alternatives", "variants", "blind"] as const) {
      test(`${spec.id} (${spec.alias}): ${part} on ${on[part].map((p) => p.version).join(", ")}`, () => {
        if (part === "blind") expect(files.blind.length).toBeGreaterThanOrEqual(10);
        const rows = (runs[part].doc.exercises.find((e) => e.id === spec.id)?.results ?? []);
        expect(rows).toHaveLength(files[part].length * on[part].length);
        const problems = rows.filter((r) => !r.ok).map((r) => `Python ${r.python} ${r.file}: ${r.problems.join("; ")}`);
        expect(problems).toEqual([]);
      });
    }
  }
});

// The short report a learner reads at a terminal, for every starter, known-wrong
// variant and blind answer in the catalogue: it fits an 80×24 screen (with room
// for the workspace's line and the prompt) and ends with the next step.
test("every variant's report fits an 80×24 terminal and shows the next step", () => {
  let seen = 0;
  for (const part of ["variants", "blind"] as const) {
    for (const exercise of readdirSync(join(screens, part))) {
      for (const name of readdirSync(join(screens, part, exercise))) {
        const lines = readFileSync(join(screens, part, exercise, name), "utf8").trimEnd().split("\n");
        const where = `${part}/${exercise}/${name}:\n${lines.join("\n")}`;
        seen++;
        expect(lines.length, where).toBeLessThanOrEqual(SHORT_MAX_ROWS);
        for (const line of lines) expect(stringWidth(line), where).toBeLessThanOrEqual(80);
        expect(lines[0], where).toMatch(/^[✓✗?] (PASSED|NOT PASSED|UNDECIDED) · /);
        const text = lines.join("\n");
        if (lines[0]?.startsWith("✗")) {
          expect(text, where).toMatch(/^✗ First: /m);
          expect(text, where).toContain(`Fix «First» and run \`pytutor check ${exercise}\` again.`);
        } else if (lines[0]?.startsWith("?")) expect(text, where).toContain(`Run \`pytutor check ${exercise}\` again when the machine is less loaded.`);
        else expect(text, where).toContain("Well done!");
      }
    }
  }
  const rows = (["variants", "blind"] as const).reduce((n, part) => n + runs[part].doc.exercises.reduce((m, e) => m + e.results.length, 0), 0);
  expect(seen).toBe(rows);
  expect(seen).toBeGreaterThan(200);
});
