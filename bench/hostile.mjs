// The hostile suite (fixtures/hostile) graded in one batch by `pytutor grade`:
// its wall time, against the bound its limits allow, and the grader's peak
// memory while grading it (VmHWM of the Node process, read from /proc).
// Usage: node bench/hostile.mjs [--python PATH] [--timeout S] [--sandbox]
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const python = execFileSync(opt("--python", process.env.PYTUTOR_PYTHON || "python3"), ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const timeout = Number(opt("--timeout", "5"));
const sandbox = args.includes("--sandbox");
const hostile = join(root, "fixtures", "hostile");
const manifest = JSON.parse(readFileSync(join(hostile, "manifest.json"), "utf8"));

const work = mkdtempSync(join(tmpdir(), "pytutor-bench-hostile-"));
const dir = join(work, "entregas");
cpSync(hostile, dir, { recursive: true, filter: (src) => !src.endsWith("manifest.json") });

function peakKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const started = process.hrtime.bigint();
const child = spawn(
  process.execPath,
  [join(root, "bin", "pytutor.js"), "grade", dir, "--exercise", "ejercicio3", "--out", join(work, "notas"), "--python", python, "--timeout", String(timeout), "--json", ...(sandbox ? ["--sandbox"] : [])],
  { env: { ...process.env, CI: "true", NO_COLOR: "1", PYTUTOR_CACHE_DIR: join(work, "cache") }, stdio: ["ignore", "pipe", "ignore"] },
);
let stdout = "";
child.stdout.on("data", (d) => (stdout += d));
let peak = 0;
const poll = setInterval(() => (peak = Math.max(peak, peakKb(child.pid))), 100);
const code = await new Promise((resolve) => child.on("close", resolve));
clearInterval(poll);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const doc = JSON.parse(stdout);
const counts = { pass: 0, fail: 0, error: 0 };
for (const s of doc.submissions) counts[s.status]++;
const bound = (manifest.length * (timeout + 2)) / 2 + 30;
console.log(`hostile suite · ${manifest.length} programs · CPython ${python} · --timeout ${timeout}${sandbox ? " · --sandbox" : ""} · ${availableParallelism()} cores`);
console.log(`grader exit code: ${code} · verdicts: ${counts.pass} pass, ${counts.fail} fail, ${counts.error} error`);
console.log(`wall time: ${seconds.toFixed(1)} s (bound from the limits: ${bound.toFixed(0)} s)`);
console.log(`grader peak memory (VmHWM): ${(peak / 1024).toFixed(1)} MB`);
rmSync(work, { recursive: true, force: true });
