// Preloaded into the grader by bench/grade.mjs (`node --require`): when the
// process exits, writes its peak resident set size (VmHWM), its own CPU time
// and the CPU time of the children it reaped (the Python runs) as JSON to the
// file named by PYTUTOR_BENCH_USAGE. Read at exit, so nothing is missed between
// two polls; a process killed by a signal writes nothing.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");

const target = process.env.PYTUTOR_BENCH_USAGE;
// USER_HZ of /proc/<pid>/stat, 100 on every Linux ABI.
const TICKS_PER_SECOND = 100;

if (target) {
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
        }),
      );
    } catch {
      /* not Linux: no figures */
    }
  });
}
