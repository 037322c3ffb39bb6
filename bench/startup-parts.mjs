// Costs every probed run pays before any of pytutor's Node code matters, for
// the start-up and batch benchmarks to set against their targets: the
// probe's own start and the shell between pytutor and the program.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const elapsed = (file, argv, options) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, options);
  if (r.status !== 0) throw new Error(`${file} ${argv.join(" ")} ended with ${r.status ?? r.signal}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};

// An empty program's start-up: the bare interpreter against the same with the
// probe loaded the way the runner loads it (PYTHONPATH, report on fd 3): from
// a bytecode folder pytutor built in `cacheDir`, else the sources.
export function probeStartup({ root, python, version, cacheDir, workDir, runs = 21 }) {
  const noop = join(root, "fixtures", "programs", "noop.py");
  const cwd = mkdtempSync(join(workDir, "noop-"));
  const tag = version.split(".").slice(0, 2).join("");
  const built =
    cacheDir && existsSync(cacheDir)
      ? readdirSync(cacheDir).map((n) => join(cacheDir, n)).find((d) => basename(d).startsWith("probe-") && existsSync(join(d, "__pycache__", `_pytutor_probe.cpython-${tag}.pyc`)))
      : undefined;
  const probeDir = built ?? join(root, "src", "probe");
  const base = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: cwd, LANG: "C.UTF-8", LC_ALL: "C.UTF-8", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1", PYTHONNOUSERSITE: "1" };
  const probed = { ...base, PYTHONPATH: probeDir, PYTUTOR_REPORT_FD: "3", PYTUTOR_LEARNER_DIR: cwd };
  const time = (envOf) => elapsed(python, [noop], { cwd, env: envOf, stdio: ["ignore", "ignore", "ignore", "pipe"] });
  const bare = [];
  const withProbe = [];
  time(base);
  time(probed);
  for (let i = 0; i < runs; i++) {
    bare.push(time(base));
    withProbe.push(time(probed));
  }
  return { runs, bare: median(bare), probed: median(withProbe), from: built ? "its bytecode" : "its sources" };
}

// The shell every run starts through (src/platform/posix.ts: a program that
// kills its parent kills the shell, not the grader): `sh -c … /bin/true`
// against `/bin/true`, medians of `runs` alternated.
export function shellCost(runs = 41) {
  const bare = [];
  const shell = [];
  for (let i = 0; i < runs; i++) {
    bare.push(elapsed("/bin/true", [], { stdio: "ignore" }));
    shell.push(elapsed("/bin/sh", ["-c", 'trap "" USR1; "$@"; exit $?', "pytutor-run", "/bin/true"], { stdio: "ignore" }));
  }
  return median(shell) - median(bare);
}
