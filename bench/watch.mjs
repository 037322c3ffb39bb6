// How quickly `pytutor watch` answers a save: from the rename that saves the
// file (a program that does nothing, written to a temporary file and renamed
// over the learner's, as many editors do) to the first line of the new
// verdict on the watcher's stdout. Median and p90 over SAVES saves, and, for
// comparison, the median of the bare interpreter running a file that does
// nothing, measured in the same session.
// Usage: node bench/watch.mjs [--saves N] [--python PATH]   (after npm run build)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const SAVES = Math.max(15, Number(opt("--saves", "21")));
const WARMUP = 2;
const TARGET_MS = 300;
const requested = opt("--python", process.env.PYTUTOR_PYTHON || "python3");
const python = execFileSync(requested, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const version = execFileSync(python, ["-c", "import platform; print(platform.python_version())"], { encoding: "utf8" }).trim();
const bin = join(root, "bin", "pytutor.js");
if (!existsSync(join(root, "dist", "main.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "pytutor-bench-watch-"));
const env = { ...process.env, NO_COLOR: "1", LANG: "es_ES.UTF-8", PYTUTOR_CACHE_DIR: join(scratch, "cache") };
delete env.CI;
execFileSync(process.execPath, [bin, "init", "ws"], { cwd: scratch, env, stdio: "ignore" });
const ws = join(scratch, "ws");
const file = join(ws, "ejercicio1.py");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1];
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// The watcher, with every complete stdout line stamped when it arrived.
const watcher = spawn(process.execPath, [bin, "watch", "ejercicio1", "--python", python], { cwd: ws, env, stdio: ["ignore", "pipe", "inherit"] });
const lines = [];
let partial = "";
watcher.stdout.on("data", (chunk) => {
  const at = performance.now();
  const parts = (partial + chunk.toString("utf8")).split("\n");
  partial = parts.pop() ?? "";
  for (const text of parts) lines.push({ text, at });
});

async function lineAfter(index, re, timeoutMs = 30_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = lines.slice(index).find((l) => re.test(l.text));
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`no line matching ${re} after ${timeoutMs} ms; got:\n${lines.map((l) => l.text).join("\n")}`);
    await sleep(1);
  }
}

const VERDICT = /^\d\d:\d\d:\d\d [✓✗?] /;
const samples = [];
try {
  await lineAfter(0, /es todavía la plantilla/);
  for (let i = 0; i < WARMUP + SAVES; i++) {
    const tmp = join(ws, `.ejercicio1.py.tmp-${i}`);
    writeFileSync(tmp, `pass  # save ${i}\n`);
    const index = lines.length;
    const start = performance.now();
    renameSync(tmp, file);
    const verdict = await lineAfter(index, VERDICT);
    if (i >= WARMUP) samples.push(verdict.at - start);
    // Let the watcher record the attempt before the next save.
    await sleep(250);
  }
} finally {
  watcher.kill("SIGTERM");
}

const noop = join(root, "fixtures", "programs", "noop.py");
const bare = [];
for (let i = 0; i < WARMUP + SAVES; i++) {
  const start = performance.now();
  spawnSync(python, [noop], { stdio: "ignore" });
  if (i >= WARMUP) bare.push(performance.now() - start);
}
rmSync(scratch, { recursive: true, force: true });

const m = median(samples);
console.log(`pytutor watch benchmark · ${SAVES} saves by rename-over · CPython ${version} (${python}) · node ${process.version}`);
console.log(`save → first line of the verdict     median ${m.toFixed(1).padStart(6)} ms   p90 ${p90(samples).toFixed(1).padStart(6)} ms   min ${Math.min(...samples).toFixed(1).padStart(6)}   max ${Math.max(...samples).toFixed(1).padStart(6)}`);
console.log(`bare interpreter: python noop.py     median ${median(bare).toFixed(1).padStart(6)} ms`);
console.log(`(the watcher waits ${50} ms for a burst of events to end before it checks)`);
console.log(`target: median < ${TARGET_MS} ms   ${m < TARGET_MS ? "OK" : "OVER"}`);
process.exitCode = m < TARGET_MS ? 0 : 1;
