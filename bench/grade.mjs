// `pytutor grade` (a teacher's batch) on generated classes:
//   1. wall time of a class of a quick exercise against the floor of the same
//      files run by the bare interpreter one after another, divided by the cores;
//      then the same class with --no-sandbox, and what the 1.3 × target leaves
//      per submission against what the probe, the shell and the sandbox cost;
//   2. a class of ejercicio2 (each program sleeps ~5 s): wall time, and whether
//      every verdict equals the one `pytutor check` gives the same file alone;
//   3. the grader's peak memory (its Node process) on a very large class.
// Each student folder holds one file, `alumnoNNN/<exercise file name>`, copied
// from the exercise's reference solution, alternatives or known-wrong variants.
// Usage: node bench/grade.mjs [--python PATH] [--only 1|2|3] [--n N]
//          [--exercise ID] [--also ID] [--repeat R] [--alone-runs K] [--keep]
//   --n N: N submissions in figures 1 and 2 and 10 × N in figure 3 (default
//   500, 200 and 5,000); --repeat R: figure 1's grader runs R times (median).
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median, probeStartup, shellCost } from "./startup-parts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const python = execFileSync(opt("--python", process.env.PYTUTOR_PYTHON || "python3"), ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const version = execFileSync(python, ["-c", "import platform; print(platform.python_version())"], { encoding: "utf8" }).trim();
const only = opt("--only", undefined);
const scale = opt("--n", undefined);
const sizes = scale === undefined ? { quick: 500, sleepy: 200, memory: 5000 } : { quick: Number(scale), sleepy: Number(scale), memory: Number(scale) * 10 };
const quickExercise = opt("--exercise", "ejercicio7");
const alsoExercise = opt("--also", undefined);
const repeat = Number(opt("--repeat", "1"));
const aloneRuns = Number(opt("--alone-runs", "3"));
const cores = availableParallelism();
const bin = join(root, "bin", "pytutor.js");
const usageHook = pathToFileURL(join(root, "bench", "grader-usage.mjs")).href;
const TICKS_PER_SECOND = 100;

const work = mkdtempSync(join(tmpdir(), "pytutor-bench-grade-"));
const env = { ...process.env, NO_COLOR: "1", CI: "true", PYTUTOR_CACHE_DIR: join(work, "cache") };
delete env.FORCE_COLOR;
// --keep: leave the generated classes and the grader's output folders for a look.
const keep = args.includes("--keep");
const cleanup = () => (keep ? console.log(`\nkept ${work}`) : rmSync(work, { recursive: true, force: true }));
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const verdict = (ok) => (ok ? "OK" : "OVER");

// CPU seconds of the children this process has reaped (spawnSync reaps them).
function childrenCpu() {
  const stat = readFileSync("/proc/self/stat", "latin1");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
  return (f[13] + f[14]) / TICKS_PER_SECOND;
}

// Busy CPU seconds of the whole machine (all cores) so far.
function machineBusy() {
  const f = readFileSync("/proc/stat", "latin1").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / TICKS_PER_SECOND;
}

// What the rest of the machine used while the grader ran (the grader's own
// and its children's CPU taken out): other sessions make the figures noisy.
const othersText = (r) =>
  r.usage ? `  other processes on the machine meanwhile: ${Math.max(0, r.busy - r.usage.cpuSeconds - r.usage.childrenCpuSeconds).toFixed(1)} CPU s (${(Math.max(0, r.busy - r.usage.cpuSeconds - r.usage.childrenCpuSeconds) / (r.ms / 1000)).toFixed(2)} cores on average)` : "";

// An exercise's files: its reference solution, alternatives and variants.
function sources(id) {
  const dir = join(root, "exercises", id);
  if (!existsSync(join(dir, "solution.py"))) throw new Error(`no exercise ${id} with a solution.py in ${join(root, "exercises")}`);
  const list = (sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => f.endsWith(".py")).sort().map((f) => join(dir, sub, f)) : []);
  const spec = readFileSync(join(dir, "exercise.yaml"), "utf8");
  const file = /^file:\s*["']?([^"'\s]+)/m.exec(spec)?.[1];
  if (!file) throw new Error(`no file: in ${join(dir, "exercise.yaml")}`);
  // Each variant's labelled check (`- file: variants/x.py` then `catches: id`).
  const catches = new Map([...spec.matchAll(/-\s*file:\s*["']?([^"'\s]+)["']?\s*\n\s*catches:\s*["']?([^"'\s]+)/g)].map((m) => [join(dir, m[1]), m[2]]));
  return { file, solution: join(dir, "solution.py"), alternatives: list("alternatives"), variants: list("variants"), catches };
}

// One folder per student, alumnoNNN/<file>, each a copy of pick(i).
function makeClass(name, file, n, pick) {
  const dir = join(work, name);
  const width = Math.max(3, String(n).length);
  const students = [];
  for (let i = 0; i < n; i++) {
    const student = `alumno${String(i + 1).padStart(width, "0")}`;
    const source = pick(i);
    mkdirSync(join(dir, student), { recursive: true });
    copyFileSync(source, join(dir, student, file));
    students.push({ student, source, path: join(dir, student, file) });
  }
  return { dir, students };
}

// `pytutor grade <folder>` with the usage hook preloaded; polls the Node
// process's VmHWM while it runs (the hook reads it exactly at exit).
function grade(folder, out, { poll = false, extra = [] } = {}) {
  const usageFile = join(work, `usage-${basename(out)}.json`);
  return new Promise((resolve, reject) => {
    const busyBefore = machineBusy();
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--import", usageHook, bin, "grade", folder, "--out", out, "--python", python, ...extra], {
      env: { ...env, PYTUTOR_BENCH_USAGE: usageFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let tail = "";
    const remember = (chunk) => {
      tail = (tail + chunk.toString("utf8")).slice(-4000);
    };
    // CI=true: one progress line per graded submission on stderr; their times
    // split the wall time into start-up, grading and writing the reports.
    let firstResult;
    let lastResult;
    child.stdout.on("data", remember);
    child.stderr.on("data", (chunk) => {
      remember(chunk);
      if (chunk.includes("[")) {
        lastResult = process.hrtime.bigint();
        firstResult ??= lastResult;
      }
    });
    let polledKb = 0;
    let polls = 0;
    const timer = poll
      ? setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, "latin1");
            const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
            polledKb = Math.max(polledKb, kb);
            polls++;
          } catch {
            /* exited */
          }
        }, 100)
      : undefined;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(timer);
      const end = process.hrtime.bigint();
      const ms = Number(end - start) / 1e6;
      const phases = firstResult ? { beforeFirst: Number(firstResult - start) / 1e6, afterLast: Number(end - lastResult) / 1e6 } : undefined;
      if (code !== 0 && code !== 1) {
        reject(new Error(`pytutor grade ${folder} ended with ${code ?? signal}:\n${tail}`));
        return;
      }
      const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, "utf8")) : undefined;
      const doc = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
      resolve({ ms, usage, polledKb, polls, doc, phases, busy: machineBusy() - busyBefore });
    });
  });
}

// Where the grader's memory went: its RSS and V8 heap, sampled by the hook.
function memoryText(r) {
  const samples = r.usage?.samples ?? [];
  if (samples.length === 0) return "";
  // The heap at the sample of highest RSS, and when that was.
  const top = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
  const at = (fraction) => samples[Math.min(samples.length - 1, Math.floor(samples.length * fraction))];
  const m = (bytes) => `${(bytes / 1048576).toFixed(0)}`;
  return (
    `  Node memory (process.memoryUsage() every 0.5 s, MB): highest RSS ${m(top.rss)} at ${seconds(top.t)} with heap used ${m(top.heapUsed)} of ${m(top.heapTotal)}, external ${m(top.external)}` +
    ` · RSS / heap used at 25 %, 50 %, 75 %, 100 % of the run: ${[0.25, 0.5, 0.75, 1].map((f) => `${m(at(f).rss)}/${m(at(f).heapUsed)}`).join(", ")} · at exit ${m(r.usage.atExit.rss)}/${m(r.usage.atExit.heapUsed)}`
  );
}

const phaseText = (r) => (r.phases ? ` (start-up to the first result ${seconds(r.phases.beforeFirst)}, last result to exit ${seconds(r.phases.afterLast)})` : "");

// Warms the catalogue and interpreter caches, as a teacher's second run finds them.
function warmUp() {
  const r = spawnSync(process.execPath, [bin, "check", "ejercicio4", join(root, "exercises", "ejercicio4", "solution.py"), "--json", "--python", python], { env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`warm-up check failed (${r.status}): ${r.stderr}`);
}

// Figure 1: a quick exercise, the solution and its variants in turn.
async function figureQuick(id, n) {
  const src = sources(id);
  const pool = [src.solution, ...src.variants];
  const cls = makeClass(`quick-${id}`, src.file, n, (i) => pool[i % pool.length]);
  console.log(`\n1. ${id}: ${n} submissions (solution.py and ${src.variants.length} variants in turn), --jobs default (${cores} cores)`);
  // The page cache holds every source and the interpreter before anything is timed.
  for (const s of pool) spawnSync(python, [s], { cwd: dirname(s), stdio: "ignore" });
  let bareMs = 0;
  const cpuBefore = childrenCpu();
  for (const s of cls.students) {
    const start = process.hrtime.bigint();
    spawnSync(python, [s.path], { cwd: dirname(s.path), stdio: "ignore" });
    bareMs += Number(process.hrtime.bigint() - start) / 1e6;
  }
  const bareCpu = childrenCpu() - cpuBefore;
  const runs = [];
  for (let k = 0; k < repeat; k++) {
    const out = join(work, `quick-${id}-out-${k}`);
    runs.push(await grade(cls.dir, out));
    if (!keep) rmSync(out, { recursive: true, force: true });
  }
  const wall = median(runs.map((r) => r.ms));
  const run = runs.find((r) => r.ms === wall);
  const floor = bareMs / cores;
  const ratio = wall / floor;
  const { summary } = run.doc;
  console.log(`  bare interpreter, the ${n} files one after another: ${seconds(bareMs)} (CPU ${bareCpu.toFixed(1)} s); floor = sum / ${cores} cores = ${seconds(floor)}`);
  console.log(`  pytutor grade: wall ${seconds(wall)}${repeat > 1 ? ` (median of ${repeat}: ${runs.map((r) => seconds(r.ms)).join(", ")})` : ""}${phaseText(run)} · ${summary.passed} passed, ${summary.failed} failed, ${summary.errors} undecided`);
  if (run.usage) console.log(othersText(run));
  console.log(`  ratio wall / floor: ${ratio.toFixed(2)}   target ≤ 1.3   ${verdict(ratio <= 1.3)}`);
  console.log(`  overhead per submission ((wall × ${cores} − bare sum) / ${n}): ${((wall * cores - bareMs) / n).toFixed(1)} ms`);
  const timed = run.doc.submissions.reduce((a, s) => ({ wall: a.wall + (s.run?.wallMs ?? 0), cpu: a.cpu + (s.run?.cpuMs ?? 0) }), { wall: 0, cpu: 0 });
  console.log(
    `  the runs as the grader timed them (run.wallMs, probe and inspections included): sum ${seconds(timed.wall)}, CPU ${seconds(timed.cpu)}; ` +
      `wall / (that sum / ${cores} cores): ${(wall / (timed.wall / cores)).toFixed(2)}`,
  );
  const startup = probeStartup({ root, python, version, cacheDir: env.PYTUTOR_CACHE_DIR, workDir: work });
  console.log(`  Python start-up, empty program (median of ${startup.runs}): bare ${startup.bare.toFixed(1)} ms, with the probe (${startup.from}) ${startup.probed.toFixed(1)} ms (+${(startup.probed - startup.bare).toFixed(1)} ms)`);
  if (run.usage) {
    const u = run.usage;
    console.log(
      `  grader Node process: CPU ${u.cpuSeconds.toFixed(1)} s (${((u.cpuSeconds * 1000) / n).toFixed(1)} ms per submission), peak RSS ${mb(u.vmHwmKb)} · ` +
        `its Python runs: CPU ${u.childrenCpuSeconds.toFixed(1)} s vs bare ${bareCpu.toFixed(1)} s (${(((u.childrenCpuSeconds - bareCpu) * 1000) / n).toFixed(1)} ms more per submission)`,
    );
    console.log(memoryText(run));
  }
  // What the target leaves per submission, against what every submission
  // costs before pytutor's own Node code does anything: the probe's start,
  // the shell between pytutor and the program, and the sandbox (the same
  // class graded with --no-sandbox, in this run).
  const outFree = join(work, `quick-${id}-out-unsandboxed`);
  const free = await grade(cls.dir, outFree, { extra: ["--no-sandbox"] });
  if (!keep) rmSync(outFree, { recursive: true, force: true });
  // The machine's busy CPU (every process, the sandboxed interpreters
  // included: their pid namespace hides them from the grader's own account).
  const sandboxMs = ((run.busy - free.busy) * 1000) / n;
  const shellMs = shellCost();
  const allowance = (0.3 * bareMs) / n;
  const probeMs = startup.probed - startup.bare;
  console.log(`  pytutor grade --no-sandbox: wall ${seconds(free.ms)} (ratio ${(free.ms / floor).toFixed(2)}); the sandbox costs ${sandboxMs.toFixed(1)} ms of the machine's CPU per submission (busy CPU ${run.busy.toFixed(1)} s against ${free.busy.toFixed(1)} s)`);
  console.log(
    `  per submission, the 1.3 × target leaves ${allowance.toFixed(1)} ms (0.3 × the bare mean); the probe's start (+${probeMs.toFixed(1)} ms), ` +
      `the shell (+${shellMs.toFixed(1)} ms) and the sandbox (+${sandboxMs.toFixed(1)} ms) take ${(probeMs + shellMs + sandboxMs).toFixed(1)} ms before any of pytutor's Node code`,
  );
}


function aloneVerdict(doc) {
  return { passed: doc.passed, checks: doc.checks.map((c) => `${c.id}=${c.status}`).join(" ") };
}
const sameVerdict = (a, b) => a.passed === b.passed && a.checks === b.checks;

// Figure 2: ejercicio2, every source, batch verdicts against alone verdicts.
async function figureSleepy(n) {
  const id = "ejercicio2";
  const src = sources(id);
  const pool = [src.solution, ...src.alternatives, ...src.variants];
  console.log(`\n2. ${id}: ${n} submissions (${pool.length} distinct files in turn: solution, ${src.alternatives.length} alternatives, ${src.variants.length} variants)`);
  // Each distinct file graded alone, one run at a time.
  const alone = new Map();
  const unstable = [];
  for (const s of pool) {
    const seen = [];
    for (let k = 0; k < aloneRuns; k++) {
      const r = spawnSync(process.execPath, [bin, "check", id, s, "--json", "--python", python], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`pytutor check ${id} ${s} ended with ${r.status ?? r.signal}: ${r.stderr}`);
      seen.push(aloneVerdict(JSON.parse(r.stdout)));
    }
    alone.set(s, seen);
    if (seen.some((v) => !sameVerdict(v, seen[0]))) unstable.push(s);
  }
  console.log(`  alone (pytutor check, ${aloneRuns} runs of each file, one at a time): ${pool.length - unstable.length} of ${pool.length} files stable`);
  for (const s of unstable) {
    console.log(`    unstable alone: ${s.slice(root.length + 1)}`);
    for (const v of alone.get(s)) console.log(`      passed=${v.passed} ${v.checks}`);
  }
  const cls = makeClass(`sleepy-${id}`, src.file, n, (i) => pool[i % pool.length]);
  const r = await grade(cls.dir, join(work, `sleepy-${id}-out`));
  const byFile = new Map(r.doc.submissions.map((s) => [s.file, s]));
  const mismatches = [];
  for (const s of cls.students) {
    const shown = `${s.student}/${src.file}`;
    const got = byFile.get(shown);
    const batch = got ? { passed: got.passed, checks: got.checks.map((c) => `${c.id}=${c.status}`).join(" ") } : { passed: "missing", checks: "" };
    const expected = alone.get(s.source);
    if (!expected.some((v) => sameVerdict(v, batch))) mismatches.push({ shown, source: s.source, batch, expected: expected[0], wallMs: got?.run?.wallMs });
  }
  const { summary } = r.doc;
  console.log(`  pytutor grade: wall ${seconds(r.ms)}   target < 60 s   ${verdict(r.ms < 60_000)}${phaseText(r)} · ${summary.passed} passed, ${summary.failed} failed, ${summary.errors} undecided`);
  if (r.usage) console.log(othersText(r));
  console.log(`  verdicts different from the file graded alone: ${mismatches.length}   target 0   ${mismatches.length === 0 ? "OK" : "OVER"}`);
  // Like verify's flakiness: the judgement is pass/fail and, for a variant, its
  // labelled check; the other checks' statuses are incidental.
  const status = (checks, id) => checks.split(" ").find((c) => c.startsWith(`${id}=`));
  const judged = mismatches.filter((m) => {
    const label = src.catches.get(m.source);
    return m.batch.passed !== m.expected.passed || (label !== undefined && status(m.batch.checks, label) !== status(m.expected.checks, label));
  });
  if (mismatches.length > 0) {
    const checks = new Map();
    for (const m of mismatches) {
      const a = m.batch.checks.split(" ");
      const b = new Set(m.expected.checks.split(" "));
      for (const c of a.filter((x) => !b.has(x))) {
        const what = `${m.source.slice(root.length + 1)} ${c} (alone: ${status(m.expected.checks, c.split("=")[0]) ?? "absent"})`;
        checks.set(what, (checks.get(what) ?? 0) + 1);
      }
    }
    console.log(`    of which pass/fail or the variant's labelled check changed: ${judged.length}; only other checks' statuses: ${mismatches.length - judged.length}`);
    for (const [what, count] of checks) console.log(`    ${count} × ${what}`);
  }
  for (const m of mismatches) {
    console.log(`    ${m.shown} (${m.source.slice(root.length + 1)}, ran ${m.wallMs ?? "?"} ms)`);
    console.log(`      batch: passed=${m.batch.passed} ${m.batch.checks}`);
    console.log(`      alone: passed=${m.expected.passed} ${m.expected.checks}`);
  }
}

// Figure 3: a trivially quick exercise, thousands of submissions: peak memory.
async function figureMemory(n) {
  const id = "ejercicio4";
  const src = sources(id);
  // Nine in ten are the solution; every tenth, a variant in turn.
  const cls = makeClass(`memory-${id}`, src.file, n, (i) => (i % 10 === 9 ? src.variants[Math.floor(i / 10) % src.variants.length] : src.solution));
  console.log(`\n3. ${id}: ${n} submissions (solution.py, and one in ten a variant): the grader's peak memory`);
  const r = await grade(cls.dir, join(work, `memory-${id}-out`), { poll: true });
  const { summary } = r.doc;
  // The hook reads VmHWM in the 'exit' event; Node's teardown after it can
  // still raise it a little, which only a poll sees: the larger of the two.
  const peakKb = Math.max(r.usage?.vmHwmKb ?? 0, r.polledKb);
  console.log(`  pytutor grade: wall ${seconds(r.ms)}${phaseText(r)} · ${summary.passed} passed, ${summary.failed} failed, ${summary.errors} undecided`);
  if (r.usage) console.log(othersText(r));
  if (r.usage) console.log(`  grader Node process: CPU ${r.usage.cpuSeconds.toFixed(1)} s (${((r.usage.cpuSeconds * 1000) / n).toFixed(1)} ms per submission) · its Python runs: CPU ${r.usage.childrenCpuSeconds.toFixed(1)} s`);
  const memory = memoryText(r);
  if (memory) console.log(memory);
  console.log(
    `  peak RSS of the grader's Node process: ${mb(peakKb)}   target < 200 MB   ${verdict(peakKb < 200 * 1024)}` +
      ` (VmHWM, the larger of: read by the process itself at exit ${mb(r.usage?.vmHwmKb ?? 0)}; polled from /proc/<pid>/status every 100 ms ${mb(r.polledKb)}, ${r.polls} polls)`,
  );
}

console.log(`pytutor grade benchmark · CPython ${version} (${python}) · node ${process.version} · ${cores} cores`);
try {
  warmUp();
  if (!only || only === "1") {
    await figureQuick(quickExercise, sizes.quick);
    if (alsoExercise) await figureQuick(alsoExercise, sizes.quick);
  }
  if (!only || only === "2") await figureSleepy(sizes.sleepy);
  if (!only || only === "3") await figureMemory(sizes.memory);
} finally {
  cleanup();
}
