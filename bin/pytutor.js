#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts a script sooner than a module, and
// `pytutor --help` and `--version` need nothing more than the text the build
// wrote down. Everything else is the CLI's ES modules (dist/main.js).
const { join } = require("node:path");
const { printWrittenHelp } = require("../dist/written-help.cjs");

if (!printWrittenHelp(process.argv, join(__dirname, "..", "dist", "help.json"))) {
  import("../dist/main.js").then(({ main }) => main(process.argv));
}
