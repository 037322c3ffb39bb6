// Bundles the CLI into dist/ (one file per lazily loaded command): loading a
// few bundled files is several times faster than resolving hundreds of modules.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

// Two schemas are validated on almost every command: the probe's report (each
// run) and the learner's progress file (each command in a workspace). They
// use zod/mini and are built on their own, sharing one small zod core; inside
// the split bundle they would share one chunk with zod's classic API (~750 KB,
// which the specs, courses and journals need), and `check` would load it all.
// The main bundle imports them as ./light/<name>.js.
const LIGHT = { "probe-events": "src/runner/probe-events.ts", "state-schema": "src/workspace/state-schema.ts" };
await build({
  entryPoints: LIGHT,
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir: "dist/light",
  legalComments: "none",
  logLevel: "warning",
  minifyWhitespace: true,
  minifySyntax: true,
});
const lightExternal = {
  name: "light-external",
  setup(b) {
    const names = Object.keys(LIGHT).join("|");
    b.onResolve({ filter: new RegExp(`/(${names})\\.js$`) }, (args) => ({ path: `./light/${args.path.split("/").pop()}`, external: true }));
  },
};

// wrap-ansi (the report's) measures text with string-width, which builds its
// Unicode tables when imported (~45 ms); src/report/text-width.ts follows the
// same rules and builds them only for a text that needs them. Only that
// wrap-ansi is given it: @inquirer's own wrap-ansi requires string-width 4.
const textWidthForWrapAnsi = {
  name: "text-width-for-wrap-ansi",
  setup(b) {
    const wrapAnsi = fileURLToPath(new URL("../node_modules/wrap-ansi/index.js", import.meta.url));
    const textWidth = fileURLToPath(new URL("../src/report/text-width.ts", import.meta.url));
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === wrapAnsi ? { path: textWidth } : undefined));
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
  plugins: [lightExternal, textWidthForWrapAnsi],

  // V8 scans every byte of a module before running it: with whitespace and
  // syntax minified, check reads a quarter less text before it starts the
  // program. Names are kept, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  banner: {
    js: "import { createRequire as __pytutorCreateRequire } from 'node:module'; const require = __pytutorCreateRequire(import.meta.url);",
  },
});

// What bin/pytutor.js (CommonJS) runs first: the written-down help, if that is
// all that was asked for (src/cli/written-help.ts).
await build({
  entryPoints: ["src/cli/written-help.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: "dist/written-help.cjs",
  legalComments: "none",
  logLevel: "warning",
  minifyWhitespace: true,
  minifySyntax: true,
});

// `pytutor --help` and `--version` print what the built CLI says here, off a
// terminal (so laid out for 80 columns), without loading commander at run time.
const { execFileSync } = await import("node:child_process");
const cli = new URL("../bin/pytutor.js", import.meta.url).pathname;
const said = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, CI: "1" } });
const staticHelp = { version: said("--version").trim(), help: { es: said("--lang", "es", "--help"), en: said("--lang", "en", "--help") } };
writeFileSync(new URL("../dist/help.json", import.meta.url), `${JSON.stringify(staticHelp)}\n`);
