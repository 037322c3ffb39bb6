#!/usr/bin/env node
// CommonJS (bin/package.json), and so is everything it loads: Node starts a
// script sooner than a module, `pytutor --help` and `--version` need nothing
// more than the text the build wrote down, and the CLI's one bundle
// (dist/main.cjs) is compiled from V8's code cache after its first run
// (src/cli/entry.ts, src/util/code-cache.ts).
const { join } = require("node:path");
const { printWrittenHelp, runBundle } = require("../dist/entry.cjs");

const dist = join(__dirname, "..", "dist");
if (!printWrittenHelp(process.argv, join(dist, "help.json"))) runBundle(dist, process.argv);
