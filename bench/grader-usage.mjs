// Preloaded into the grader by bench/grade.mjs (`node --import`): when the
// process exits, writes its peak resident set size (VmHWM), its own CPU time
// and the CPU time of the children it reaped (the Python runs) as JSON to the
// file named by PYTUTOR_BENCH_USAGE, with V8's heap sampled every 500 ms. Read
// at exit, so nothing is missed between two polls; a process killed by a
// signal writes nothing.
import { readFileSync, writeFileSync } from "node:fs";

const target = process.env.PYTUTOR_BENCH_USAGE;
// USER_HZ of /proc/<pid>/stat, 100 on every Linux ABI.
const TICKS_PER_SECOND = 100;

// Every 500 ms: the process's RSS and V8's heap, to tell where a peak comes from.
const samples = [];
if (target) {
  const started = Date.now();
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    samples.push({ t: Date.now() - started, rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers });
  }, 500);
  timer.unref();
  process.on("exit", () => {
    try {
      const status = readFileSync("/proc/self/status", "latin1");
      const kb = (name) => Number((new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status) || [])[1] || 0);
      const stat = readFileSync("/proc/self/stat", "latin1");
      // After "pid (comm) ": field 3 (state) is index 0; utime, stime, cutime, cstime are fields 14-17.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
      writeFileSync(
        target,
        JSON.stringify({
          vmHwmKb: kb("VmHWM"),
          vmRssKb: kb("VmRSS"),
          cpuSeconds: (f[11] + f[12]) / TICKS_PER_SECOND,
          childrenCpuSeconds: (f[13] + f[14]) / TICKS_PER_SECOND,
          maxRssKb: process.resourceUsage().maxRSS,
          atExit: process.memoryUsage(),
          samples,
        }),
      );
    } catch {
      /* not Linux: no figures */
    }
  });
}
