// What bin/pytutor.js loads first (dist/entry.cjs): the written-down help and the loader of the CLI's bundle (util/code-cache.ts).
export { printWrittenHelp } from "./written-help.js";
export { loadWithCodeCache, runBundle } from "../util/code-cache.js";
