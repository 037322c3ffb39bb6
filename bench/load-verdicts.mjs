// Do verdicts depend on the machine's load? Three figures (issue "Verdicts a
// teacher would sign"):
//   1. `pytutor verify --runs R` over the catalogue's reference set, on a quiet
//      machine and with 2 × cores busy processes beside it: judgements that
//      changed between runs (target 0), problems, and runs left undecided;
//   2. one class of N correct submissions of the timing exercises, graded G
//      times under that load: submissions whose grade changed (target 0), and
//      how many ended undecided or failed;
//   3. what the output attribution costs: `pytutor check ejercicio2` on its
//      solution, wall time minus the program's own wait (5 s), for this build
//      and for a baseline build of an older commit, runs interleaved.
// Usage: node bench/load-verdicts.mjs [--python PATH] [--only 1|2|3]
//          [--runs R] [--jobs J] [--exercises id,id] [--students N]
//          [--grades G] [--busy B] [--baseline GITREF] [--samples K] [--keep]
//          [--phases quiet,loaded]
// Defaults: R 20 over every exercise, J 4, N 100, G 3, B 2 × cores, the
// baseline is 7a81d6f (the last commit before probe v2), K 7.
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const python = execFileSync(opt("--python", process.env.PYTUTOR_PYTHON || "python3"), ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const version = execFileSync(python, ["-c", "import platform; print(platform.python_version())"], { encoding: "utf8" }).trim();
const only = opt("--only", undefined);
const runs = Number(opt("--runs", "20"));
const jobs = opt("--jobs", "4");
const chosen = opt("--exercises", "").split(",").filter(Boolean);
const students = Number(opt("--students", "100"));
const grades = Number(opt("--grades", "3"));
const cores = availableParallelism();
const busyCount = Number(opt("--busy", String(2 * cores)));
const baselineRef = opt("--baseline", "7a81d6f");
const samples = Number(opt("--samples", "7"));
const keep = args.includes("--keep");
// Figure 1's phases: both by default; `--phases loaded` for the loaded one only.
const phases = opt("--phases", "quiet,loaded").split(",").filter((p) => p === "quiet" || p === "loaded");
const bin = join(root, "bin", "pytutor.js");
const work = mkdtempSync(join(tmpdir(), "pytutor-bench-load-"));
const env = { ...process.env, NO_COLOR: "1", CI: "true", PYTUTOR_CACHE_DIR: join(work, "cache") };
delete env.FORCE_COLOR;
const BLIND = "alternatives/ciegas/,variants/ciegas/";
// The exercises whose checks time what the program did.
const TIMING = ["ejercicio2", "ejercicio12", "ejercicio13", "ejercicio14", "ejercicio15", "ejercicio16", "ejercicio17"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const loadavg = () => readFileSync("/proc/loadavg", "latin1").split(" ").slice(0, 3).join(" ");

// B processes that spin on a core each until stopped.
let busy = [];
function startLoad() {
  busy = Array.from({ length: busyCount }, () => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
}
function stopLoad() {
  for (const child of busy) child.kill("SIGKILL");
  busy = [];
}
const cleanup = () => {
  stopLoad();
  if (worktree) spawnSync("git", ["-C", root, "worktree", "remove", "--force", worktree], { stdio: "ignore" });
  if (keep) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
let worktree;
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

function run(argv, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [options.bin ?? bin, ...argv], { env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === 2 || r.status === null) throw new Error(`pytutor ${argv.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return { ms, stdout: r.stdout };
}

console.log(`pytutor verdicts under load · CPython ${version} (${python}) · ${cores} cores · ${busyCount} busy processes when loaded · node ${process.version}`);

// 1. verify --runs R, quiet then loaded.
if (!only || only === "1") {
  console.log(`\n1. verify --runs ${runs} --jobs ${jobs} over ${chosen.length ? chosen.join(", ") : "every exercise"} (reference set: solutions, starters, alternatives, variants)`);
  for (const phase of phases) {
    if (phase === "loaded") startLoad();
    const { ms, stdout } = run(["verify", ...chosen, "--python", python, "--runs", String(runs), "--jobs", jobs, "--skip-files", BLIND, "--json", "--lang", "en"]);
    const load = loadavg();
    if (phase === "loaded") stopLoad();
    const doc = JSON.parse(stdout);
    const rows = doc.exercises.flatMap((e) => e.results.map((r) => ({ ...r, exercise: e.id })));
    const changed = rows.filter((r) => r.flaky);
    const wrong = rows.filter((r) => !r.ok && !r.flaky);
    const undecidedRuns = rows.reduce((n, r) => n + (r.verdicts?.undecided ?? 0), 0);
    console.log(
      `   ${phase.padEnd(6)}  ${rows.length} files × ${runs} runs in ${seconds(ms)} (load ${load}): changed judgements ${changed.length} (target 0) · other problems ${wrong.length} · runs undecided ${undecidedRuns}`,
    );
    for (const r of [...changed, ...wrong]) console.log(`           ${r.exercise} ${r.file}: ${r.problems.join("; ")}`);
  }
}

// 2. A class of correct timing submissions graded G times under load.
if (!only || only === "2") {
  const pool = [];
  for (const id of TIMING) {
    const dir = join(root, "exercises", id);
    const spec = readFileSync(join(dir, "exercise.yaml"), "utf8");
    const file = /^file:\s*["']?([^"'\s]+)/m.exec(spec)?.[1];
    const alternatives = [...spec.matchAll(/^\s*-\s*(alternatives\/[^\s#]+\.py)\s*$/gm)].map((m) => join(dir, m[1]));
    for (const source of [join(dir, "solution.py"), ...alternatives]) pool.push({ id, file, source });
  }
  const klass = join(work, "clase");
  const picked = [];
  for (let i = 0; i < students; i++) {
    const { id, file, source } = pool[(i * 7) % pool.length];
    const student = `alumno${String(i + 1).padStart(3, "0")}`;
    mkdirSync(join(klass, student), { recursive: true });
    copyFileSync(source, join(klass, student, file));
    picked.push({ student, id, source });
  }
  console.log(`\n2. one class of ${students} correct submissions of ${TIMING.join(", ")} (solutions and alternatives), graded ${grades} times with ${busyCount} busy processes`);
  const byKey = new Map();
  startLoad();
  try {
    for (let g = 0; g < grades; g++) {
      const out = join(work, `notas-${g}`);
      const { ms, stdout } = run(["grade", klass, "--python", python, "--out", out, "--json", "--lang", "en"]);
      const doc = JSON.parse(stdout);
      const statuses = {};
      for (const s of doc.submissions) {
        statuses[s.status] = (statuses[s.status] ?? 0) + 1;
        const seen = byKey.get(s.key) ?? [];
        seen.push({ status: s.status, earned: s.points.earned, retried: (s.run?.attempts ?? 1) > 1 });
        byKey.set(s.key, seen);
      }
      const retried = doc.submissions.filter((s) => (s.run?.attempts ?? 1) > 1).length;
      console.log(`   grading ${g + 1}: ${seconds(ms)} (load ${loadavg()}) · ${Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(", ")} · ${retried} re-run after a starved run`);
    }
  } finally {
    stopLoad();
  }
  const changed = [...byKey.entries()].filter(([, seen]) => new Set(seen.map((x) => `${x.status}:${x.earned}`)).size > 1);
  const notPass = [...byKey.entries()].filter(([, seen]) => seen.some((x) => x.status !== "pass"));
  console.log(`   submissions whose grade changed between gradings: ${changed.length} of ${byKey.size} (target 0)`);
  console.log(`   submissions not «pass» in some grading: ${notPass.length}`);
  for (const [key, seen] of [...changed, ...notPass].slice(0, 20)) {
    const source = picked.find((p) => key.startsWith(p.student))?.source.slice(root.length + 1);
    console.log(`     ${key} (${source}): ${seen.map((x) => `${x.status} ${x.earned}`).join(" · ")}`);
  }
}

// 3. The attribution's cost on ejercicio2's solution: this build against a baseline.
if (!only || only === "3") {
  const solution = join(root, "exercises", "ejercicio2", "solution.py");
  const OWN_WAIT_MS = 5000; // its longest time.sleep; the three run at once
  worktree = join(work, "baseline");
  const added = spawnSync("git", ["-C", root, "worktree", "add", "--detach", worktree, baselineRef], { encoding: "utf8" });
  let baselineBin;
  if (added.status === 0) {
    symlinkSync(join(root, "node_modules"), join(worktree, "node_modules"));
    const built = spawnSync(process.execPath, [join(worktree, "scripts", "build.mjs")], { cwd: worktree, encoding: "utf8" });
    if (built.status === 0) baselineBin = join(worktree, "bin", "pytutor.js");
    else console.log(`   (baseline ${baselineRef} did not build: ${built.stderr.slice(-400)})`);
  } else {
    console.log(`   (no baseline: git worktree add ${baselineRef} failed: ${added.stderr.trim()})`);
  }
  const builds = [["this build", bin], ...(baselineBin ? [[`baseline ${baselineRef}`, baselineBin]] : [])];
  const times = new Map(builds.map(([label]) => [label, []]));
  const bare = [];
  const argv = ["check", "ejercicio2", solution, "--python", python, "--json"];
  for (const [, b] of builds) run(argv, { bin: b }); // warm: probe files copied, catalogue validated
  for (let i = 0; i < samples; i++) {
    for (const [label, b] of builds) times.get(label).push(run(argv, { bin: b }).ms - OWN_WAIT_MS);
    const start = process.hrtime.bigint();
    spawnSync(python, [solution], { stdio: "ignore", cwd: dirname(solution) });
    bare.push(Number(process.hrtime.bigint() - start) / 1e6 - OWN_WAIT_MS);
  }
  console.log(`\n3. pytutor check ejercicio2 on its solution: wall time minus its own 5 s wait, median of ${samples} interleaved runs (quiet)`);
  console.log(`   bare interpreter (python solution.py)      ${median(bare).toFixed(0).padStart(6)} ms`);
  const after = median(times.get("this build"));
  for (const [label] of builds) {
    const m = median(times.get(label));
    console.log(`   ${label.padEnd(42)} ${m.toFixed(0).padStart(6)} ms${label === "this build" ? "" : `   (this build − baseline: ${(after - m).toFixed(0)} ms, ratio ${(after / m).toFixed(2)})`}`);
  }
}

cleanup();
