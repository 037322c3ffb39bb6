// The hostile suite: every program of fixtures/hostile graded in one batch by
// the real CLI. Each gets a verdict that names what it did, the grader ends
// normally, no process is left behind, and (sandboxed) no file outside the
// scratch folders changes — even though CI runs as root.
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FIXTURES, ROOT, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";
import type { BatchDocument, Submission } from "../../src/batch/types.js";

type Entry = {
  file: string;
  behaviour: { es: string; en: string };
  expect: { status: "fail" | "error"; limit: string | null; note: string | null };
};

const HOSTILE = join(FIXTURES, "hostile");
const manifest = JSON.parse(readFileSync(join(HOSTILE, "manifest.json"), "utf8")) as Entry[];
const python = (testPythons().at(-1) as { path: string }).path;
// Long enough for a 512 MB memory bomb or a flood to reach its limit on a busy
// machine: alone, the flood is stopped at its 20,000th line in about 1 s, but in
// this batch, beside the other bombs and two busy processes, it once needed
// more than 10 s. Hanging programs wait this long side by side, so it costs
// the suite about the difference once.
const TIMEOUT = 20;

// Every process that carries this run's unique PATH entry in its environment.
function survivors(tag: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`).includes(tag)) found.push(`${name}: ${readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " ")}`);
    } catch {
      /* gone */
    }
  }
  return found;
}

// Names and contents of the places the hostile programs try to write to: the
// class's own folder, the grader's folder, HOME, /etc, /var/tmp, /dev/shm,
// and markers they drop in /tmp (the rest of /tmp belongs to other processes).
function snapshot(dirs: Array<{ dir: string; depth: number; dots?: boolean }>): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, depth: number, dots: boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      // Dot files of HOME and the repository change under other tools' feet.
      if (name.startsWith(".") && !dots) continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (depth > 0) walk(path, depth - 1, dots);
        else files.set(path, "dir");
      } else files.set(path, stat.isFile() && stat.size < 1_000_000 ? createHash("sha256").update(readFileSync(path)).digest("hex") : `${stat.mode}:${stat.size}`);
    }
  };
  for (const { dir, depth, dots } of dirs) walk(dir, depth, dots === true);
  for (const name of readdirSync(tmpdir())) if (/hostile|marker/i.test(name) && !name.startsWith("pytutor-hostile-class-")) files.set(join(tmpdir(), name), "tmp");
  return files;
}

async function gradeHostile(sandbox: boolean) {
  const dir = join(mkdtempSync(join(tmpdir(), "pytutor-hostile-class-")), "entregas");
  cpSync(HOSTILE, dir, { recursive: true, filter: (src) => !src.endsWith("manifest.json") });
  const out = join(dir, "..", "notas");
  const tag = `/nonexistent-pytutor-hostile-${process.pid}-${sandbox ? "s" : "n"}`;
  // The grader works from a folder of its own: without isolation a program can
  // write into the grader's working folder, which must not be the checkout.
  const cwd = mkdtempSync(join(tmpdir(), "pytutor-hostile-grader-"));
  const watched = [
    { dir, depth: 8, dots: true },
    { dir: cwd, depth: 0, dots: true },
    { dir: ROOT, depth: 0 },
    { dir: process.env.HOME ?? "/root", depth: 0 },
    { dir: "/etc", depth: 0 },
    { dir: "/var/tmp", depth: 1 },
    { dir: "/dev/shm", depth: 1 },
  ];
  const before = snapshot(watched);
  const started = Date.now();
  const run = await pytutor(
    ["grade", dir, "--exercise", "ejercicio3", "--out", out, "--python", python, "--timeout", String(TIMEOUT), "--json", ...(sandbox ? [] : ["--no-sandbox"])],
    { cwd, env: { CI: "true", PATH: `${tag}:${process.env.PATH ?? ""}` }, timeoutMs: 400_000 },
  );
  const seconds = (Date.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  return { run, seconds, doc: JSON.parse(run.stdout || "{}") as BatchDocument, left: survivors(tag), before, after: snapshot(watched) };
}

function checkVerdicts(doc: BatchDocument): void {
  const byFile = new Map<string, Submission>(doc.submissions.map((s) => [s.file, s]));
  const wrong: string[] = [];
  for (const entry of manifest) {
    const s = byFile.get(entry.file);
    if (!s) {
      wrong.push(`${entry.file}: not graded`);
      continue;
    }
    const kinds = s.notes.map((n) => n.kind);
    if (s.status === "pass") wrong.push(`${entry.file}: passed`);
    if (s.status !== entry.expect.status) wrong.push(`${entry.file}: ${s.status}, expected ${entry.expect.status} (${kinds.join(", ")})`);
    if (entry.expect.note && !kinds.includes(entry.expect.note as never)) wrong.push(`${entry.file}: notes ${kinds.join(", ") || "none"}, expected ${entry.expect.note}`);
    if (entry.expect.limit && entry.expect.limit !== "wall-time" && entry.expect.limit !== "output" && s.run?.limit !== entry.expect.limit) {
      wrong.push(`${entry.file}: limit ${s.run?.limit ?? "none"}, expected ${entry.expect.limit}`);
    }
  }
  expect(wrong).toEqual([]);
}

describe("the hostile suite", () => {
  test("manifest: at least 25 programs, each file present", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(25);
    for (const entry of manifest) expect(existsSync(join(HOSTILE, entry.file)), entry.file).toBe(true);
  });

  // Every run ends within its wall-clock limit (plus the kill's grace), and the
  // batch runs at least two at a time: a generous bound derived from the limits.
  const bound = (manifest.length * (TIMEOUT + 2)) / 2 + 30;

  test("with --no-sandbox: a verdict for each, the grader ends normally, nothing left running, the reports say it was not isolated", async () => {
    const { run, seconds, doc, left } = await gradeHostile(false);
    expect(doc.isolation.mode).toBe("off");
    expect(run.stderr).toContain("sin aislar (--no-sandbox)");
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(seconds).toBeLessThan(bound);
    checkVerdicts(doc);
    expect(left).toEqual([]);
  }, 400_000);

  test("by default (isolated): the same verdicts, and no file outside the scratch folders changed", async () => {
    const { run, seconds, doc, left, before, after } = await gradeHostile(true);
    expect(doc.isolation.mode).toBe("sandbox");
    expect(doc.submissions.every((s) => s.run?.isolation === "sandbox")).toBe(true);
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(seconds).toBeLessThan(bound);
    checkVerdicts(doc);
    expect(left).toEqual([]);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    expect(changed).toEqual([]);
  }, 400_000);
});
