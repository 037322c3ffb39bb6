// Bundles the CLI into dist/ (one file per lazily loaded command): loading a
// few bundled files is several times faster than resolving hundreds of modules.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: "src/cli/main.ts" },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir: "dist",
  packages: "bundle",
  legalComments: "none",
  logLevel: "warning",
  banner: {
    js: "import { createRequire as __pytutorCreateRequire } from 'node:module'; const require = __pytutorCreateRequire(import.meta.url);",
  },
});

// `pytutor --help` and `--version` print what the built CLI says here, off a
// terminal (so laid out for 80 columns), without loading commander at run time.
const { execFileSync } = await import("node:child_process");
const cli = new URL("../bin/pytutor.js", import.meta.url).pathname;
const said = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, CI: "1" } });
const staticHelp = { version: said("--version").trim(), help: { es: said("--lang", "es", "--help"), en: said("--lang", "en", "--help") } };
writeFileSync(new URL("../dist/help.json", import.meta.url), `${JSON.stringify(staticHelp)}\n`);
