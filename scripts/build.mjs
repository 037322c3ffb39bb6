// Bundles the CLI into dist/ (one file per lazily loaded command): loading a
// few bundled files is several times faster than resolving hundreds of modules.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

// The probe's report is validated on every run, so `check` loads its schema;
// everything else zod validates (specs, courses, journals) is read far less
// often. Built on its own with zod/mini, the validator is ~60 KB; inside the
// split bundle it would share one chunk with zod's classic API (~750 KB, a
// fifth of `check`'s start-up). The main bundle imports it as ./probe-events.js.
await build({
  entryPoints: { "probe-events": "src/runner/probe-events.ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir: "dist",
  legalComments: "none",
  logLevel: "warning",
  minifyWhitespace: true,
  minifySyntax: true,
});
const probeEventsExternal = {
  name: "probe-events-external",
  setup(b) {
    b.onResolve({ filter: /\/probe-events\.js$/ }, () => ({ path: "./probe-events.js", external: true }));
  },
};

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
  plugins: [probeEventsExternal],
  // V8 scans every byte of a module before running it: with whitespace and
  // syntax minified, check reads a quarter less text before it starts the
  // program. Names are kept, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
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
