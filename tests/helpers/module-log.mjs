// Loaded with `node --import` into the built CLI: appends every ES module
// the process loads, and the moment the first child process is spawned, to
// the file named by PYTUTOR_MODULE_LOG (tests/e2e/startup.test.ts).
import { register, syncBuiltinESMExports } from "node:module";
import { appendFileSync } from "node:fs";
import childProcess from "node:child_process";

const log = process.env.PYTUTOR_MODULE_LOG;
if (log) {
  register("./module-log-hooks.mjs", import.meta.url, { data: { log } });
  // execa spawns through child_process.spawn; the first call is the program's start.
  const spawn = childProcess.spawn;
  let marked = false;
  childProcess.spawn = function (...args) {
    if (!marked) {
      marked = true;
      appendFileSync(log, "--spawn--\n");
    }
    return spawn.apply(this, args);
  };
  // The named export (`import { spawn } from "node:child_process"`) too.
  syncBuiltinESMExports();
}
