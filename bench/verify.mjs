// `pytutor verify` over the whole catalogue: its wall time against the sum of
// the reference solutions' own run times (bare interpreter, same session), and
// optionally the flaky verdicts of `--runs K`, on a quiet machine and with both
// cores kept busy by other processes.
// Usage: node bench/verify.mjs [--python PATH] [--jobs N] [--flaky-runs K] [--load] [--phases load,quiet]
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { mkdtempSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const python = execFileSync(opt("--python", process.env.PYTUTOR_PYTHON || "python3"), ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const jobs = opt("--jobs", "4");
const flakyRuns = Number(opt("--flaky-runs", "0"));
const withLoad = args.includes("--load");
const bin = join(root, "bin", "pytutor.js");
const env = { ...process.env, NO_COLOR: "1", PYTUTOR_CACHE_DIR: mkdtempSync(join(tmpdir(), "pytutor-bench-")) };

// Reference solutions run by the bare interpreter, one after another.
let solutionsMs = 0;
const exercises = readdirSync(join(root, "exercises")).filter((d) => existsSync(join(root, "exercises", d, "solution.py")));
for (const dir of exercises) {
  const cwd = join(root, "exercises", dir);
  const start = process.hrtime.bigint();
  spawnSync(python, ["solution.py"], { cwd, stdio: "ignore" });
  solutionsMs += Number(process.hrtime.bigint() - start) / 1e6;
}

function verify(extra) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, "verify", "--python", python, "--jobs", jobs, "--json", ...extra], { env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const doc = JSON.parse(r.stdout);
  return { ms, doc };
}

console.log(`pytutor verify benchmark · ${exercises.length} exercises · CPython ${python} · --jobs ${jobs} · ${availableParallelism()} cores`);
const once = verify([]);
console.log(`reference solutions, bare interpreter, one after another: ${(solutionsMs / 1000).toFixed(1)} s`);
console.log(`pytutor verify (every solution, alternative, starter, variant): ${(once.ms / 1000).toFixed(1)} s, ${once.doc.summary.runs} runs, passed: ${once.doc.passed}`);
console.log(`ratio verify / sum of the reference solutions: ${(once.ms / solutionsMs).toFixed(2)}`);

function flaky(label) {
  const r = verify(["--runs", String(flakyRuns)]);
  const rows = r.doc.exercises.flatMap((e) => e.results.map((x) => ({ ...x, id: e.id })));
  const unstable = rows.filter((x) => x.flaky);
  console.log(`${label}: --runs ${flakyRuns}: ${r.doc.summary.runs} runs in ${(r.ms / 1000).toFixed(0)} s · flaky verdicts: ${unstable.length} · problems: ${r.doc.summary.problems}`);
  for (const x of rows.filter((row) => !row.ok)) console.log(`  ${x.id} ${x.file}: ${x.problems.join("; ")}`);
}

function loaded() {
  const hogs = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
  try {
    flaky(`both cores kept busy by ${hogs.length} other processes`);
  } finally {
    for (const h of hogs) h.kill("SIGKILL");
  }
}

// --phases load,quiet runs the loaded pass first (default: quiet, then load with --load).
const phases = (opt("--phases", withLoad ? "quiet,load" : "quiet")).split(",");
if (flakyRuns > 0) {
  for (const phase of phases) {
    if (phase === "quiet") flaky("quiet machine");
    else if (phase === "load") loaded();
  }
}
