// What pytutor adds to a learner's run: `pytutor check` on a program that does
// nothing, against the bare interpreter running the same file, and
// `pytutor --help`, both as ratios to Node's own start (`node -e 0`) measured
// in the same run. Medians over RUNS rounds.
// Targets: check − bare ≤ 1.4 × node, --help ≤ 1.2 × node. The batch figure
// (300 quick submissions against the floor) is `node bench/grade.mjs --only 1
// --n 300 --exercise ejercicio8`.
// With --against DIR (a built checkout of another commit, e.g. a `git
// worktree`), its check and --help are measured in the same rounds, so a
// change is shown against its base on the same machine at the same load.
// Usage: node bench/check-overhead.mjs [--runs N] [--python PATH] [--against DIR]
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, probeStartup, shellCost } from "./startup-parts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt("--runs", "21"));
const requested = opt("--python", process.env.PYTUTOR_PYTHON || "python3");
const python = execFileSync(requested, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const version = execFileSync(python, ["-c", "import platform; print(platform.python_version())"], { encoding: "utf8" }).trim();
const noop = join(root, "fixtures", "programs", "noop.py");
const bin = join(root, "bin", "pytutor.js");
const against = opt("--against", undefined);
const baseBin = against ? join(against, "bin", "pytutor.js") : undefined;
const env = { ...process.env, NO_COLOR: "1", PYTUTOR_CACHE_DIR: mkdtempSync(join(tmpdir(), "pytutor-bench-")) };

// Node reads the certificates NODE_EXTRA_CA_CERTS names at every start, before
// any script (~80 ms for the system bundle here): when it is set, `node -e 0`
// is also timed without it, so the ratios can be read against both.
const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
const { NODE_EXTRA_CA_CERTS: _certs, ...envWithoutCerts } = env;

function time(command, argv, runEnv = env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, { env: runEnv, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === 2 || r.status === null) throw new Error(`${command} ${argv.join(" ")} failed: ${r.stderr}`);
  return ms;
}


// Every round runs each command once, in turn, so a machine whose load
// changes during the benchmark weighs on all of them alike.
function measureAll(commands) {
  for (const c of commands) {
    time(c.command, c.argv, c.env);
    time(c.command, c.argv, c.env); // warm caches (interpreter resolution, validated catalogue, page cache)
  }
  const samples = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) commands.forEach((c, k) => samples[k].push(time(c.command, c.argv, c.env)));
  return commands.map((c, k) => {
    const m = median(samples[k]);
    console.log(`${c.label.padEnd(46)} median ${m.toFixed(1).padStart(7)} ms   min ${Math.min(...samples[k]).toFixed(1).padStart(7)}   max ${Math.max(...samples[k]).toFixed(1).padStart(7)}`);
    return m;
  });
}

console.log(`pytutor start-up benchmark · ${RUNS} rounds · CPython ${version} (${python}) · node ${process.version}`);
const [node, nodeNoCerts, bare, check, shim, help, baseCheck, baseHelp] = measureAll([
  { label: "node -e 0", command: process.execPath, argv: ["-e", "0"] },
  extraCerts ? { label: "node -e 0 without NODE_EXTRA_CA_CERTS", command: process.execPath, argv: ["-e", "0"], env: envWithoutCerts } : { label: "node -e 0 (again)", command: process.execPath, argv: ["-e", "0"] },
  { label: "bare interpreter: python noop.py", command: python, argv: [noop] },
  { label: "pytutor check ejercicio1 noop.py --python", command: process.execPath, argv: [bin, "check", "ejercicio1", noop, "--python", python] },
  { label: `pytutor check via \`${requested}\` (PATH lookup)`, command: process.execPath, argv: [bin, "check", "ejercicio1", noop, "--python", requested] },
  { label: "pytutor --help", command: process.execPath, argv: [bin, "--help"] },
  ...(baseBin
    ? [
        { label: "base: pytutor check ejercicio1 noop.py", command: process.execPath, argv: [baseBin, "check", "ejercicio1", noop, "--python", python] },
        { label: "base: pytutor --help", command: process.execPath, argv: [baseBin, "--help"] },
      ]
    : []),
]);
console.log("");
const ratio = (x) => (x / node).toFixed(2);
const mark = (ok) => (ok ? "OK" : "OVER");
console.log(`check overhead (check − bare):          ${(check - bare).toFixed(1)} ms = ${ratio(check - bare)} × node -e 0   target ≤ 1.4 ×   ${mark(check - bare <= 1.4 * node)}`);
console.log(`check overhead via ${requested}: ${(shim - bare).toFixed(1)} ms = ${ratio(shim - bare)} × node -e 0`);
console.log(`--help:                                 ${help.toFixed(1)} ms = ${ratio(help)} × node -e 0   target ≤ 1.2 ×   ${mark(help <= 1.2 * node)}`);
// What the check target leaves once Node has started (node -e 0 is in every
// check), against what each probed run costs before pytutor's own code:
// loading the CLI's bundle, the run's preparation and the grading come out
// of the rest.
const startup = probeStartup({ root, python, version, cacheDir: env.PYTUTOR_CACHE_DIR, workDir: env.PYTUTOR_CACHE_DIR, runs: RUNS });
const shellMs = shellCost(2 * RUNS + 1);
const probeMs = startup.probed - startup.bare;
console.log(
  `beyond Node's own start, the check target leaves 0.4 × node -e 0 = ${(0.4 * node).toFixed(1)} ms; the probe's start (+${probeMs.toFixed(1)} ms, ${startup.from}) and the shell (+${shellMs.toFixed(1)} ms) take ${(probeMs + shellMs).toFixed(1)} ms of it; pytutor spends ${(check - bare - node - probeMs - shellMs).toFixed(1)} ms more`,
);
if (extraCerts) {
  console.log(`NODE_EXTRA_CA_CERTS=${extraCerts}: Node spends ${(node - nodeNoCerts).toFixed(1)} ms of every start on it, in node -e 0 and in pytutor alike;`);
  console.log(`  against node -e 0 without it (${nodeNoCerts.toFixed(1)} ms), check overhead less that cost = ${((check - bare - (node - nodeNoCerts)) / nodeNoCerts).toFixed(2)} × · --help = ${((help - (node - nodeNoCerts)) / nodeNoCerts).toFixed(2)} ×`);
}
if (baseCheck !== undefined && baseHelp !== undefined) {
  console.log(`base (${against}): check overhead ${(baseCheck - bare).toFixed(1)} ms = ${ratio(baseCheck - bare)} × node -e 0 · --help ${baseHelp.toFixed(1)} ms = ${ratio(baseHelp)} ×`);
  console.log(`this build against the base: check overhead × ${((check - bare) / (baseCheck - bare)).toFixed(2)}, --help × ${(help / baseHelp).toFixed(2)}`);
}
