// Loaded with `node --import` into the built CLI: appends to the file named by
// PYTUTOR_MODULE_LOG every CommonJS file the process compiles (bin/pytutor.js,
// dist/entry.cjs, dist/vendor/*.cjs), the CLI's bundle as vm.Script compiles
// it (`<path> cache=used|rejected|none`), the moment the first child process
// is spawned, each Intl.Segmenter built (`--segmenter--`: ICU's break
// rules, 15-20 ms) and, at exit, every built-in module the process loaded
// (`builtin:<name>`) (tests/e2e/startup.test.ts).
import { createRequire, syncBuiltinESMExports } from "node:module";
import { appendFileSync } from "node:fs";
import childProcess from "node:child_process";
import vm from "node:vm";

const log = process.env.PYTUTOR_MODULE_LOG;
if (log) {
  const Module = createRequire(import.meta.url)("node:module");
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    appendFileSync(log, `${filename}\n`);
    return compile.call(this, content, filename);
  };
  const Script = vm.Script;
  vm.Script = class extends Script {
    constructor(code, options) {
      super(code, options);
      const cache = options?.cachedData === undefined ? "none" : this.cachedDataRejected ? "rejected" : "used";
      appendFileSync(log, `${options?.filename} cache=${cache}\n`);
    }
  };
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
  // The named exports (`import { spawn } from "node:child_process"`) too.
  syncBuiltinESMExports();
  const Segmenter = Intl.Segmenter;
  Intl.Segmenter = class extends Segmenter {
    constructor(...args) {
      super(...args);
      appendFileSync(log, "--segmenter--\n");
    }
  };
  process.on("exit", () => {
    const builtins = process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).map((m) => `builtin:${m.slice("NativeModule ".length)}`);
    appendFileSync(log, `${builtins.join("\n")}\n`);
  });
}
