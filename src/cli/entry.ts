// What bin/pytutor.js runs first (built into dist/entry.cjs, CommonJS): the
// written-down help when that is all that was asked, otherwise the CLI's
// bundle (dist/main.cjs) loaded with V8's code cache (code-cache.ts).
import { join } from "node:path";
import { cacheDir, cacheDisabled } from "../cache-dir.js";
import { commandOf, loadWithCodeCache } from "./code-cache.js";
import { EXIT } from "./exit-codes.js";

export { printWrittenHelp } from "./written-help.js";
// For the tests, which drive the built loader in processes of their own.
export { loadWithCodeCache } from "./code-cache.js";

export function runCli(argv: string[], distDir: string): Promise<void> {
  const { exports } = loadWithCodeCache(join(distDir, "main.cjs"), {
    dir: cacheDisabled() ? undefined : cacheDir(),
    command: commandOf(argv.slice(2)),
    keep: (code) => code === EXIT.ok || code === EXIT.failed,
  });
  return (exports as { main: (argv: string[]) => Promise<void> }).main(argv);
}
