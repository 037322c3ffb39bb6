// Bundles the CLI into dist/ as CommonJS: one file, dist/main.cjs, whose
// commands are initialised when first used (esbuild's lazy module wrappers),
// and three packages only some commands need in their own files, required
// when they are: zod's classic API (specs, courses, journals: a `check` with a
// warm catalogue cache never needs it; the probe's events and the progress
// file use zod/mini, inside main.cjs), yaml, and @inquirer/prompts (the menu,
// with iconv-lite's tables, ~650 KB). CommonJS because Node 20 caches no
// compiled ES module: bin/pytutor.js compiles main.cjs from V8's code cache
// (src/util/code-cache.ts), and one script skips the ES loader's resolution
// and linking of dozens of chunks.
import { build } from "esbuild";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

const COMMON = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  // V8 scans every byte of a script it compiles without a cache: with
  // whitespace and syntax minified there is a quarter less. Names are kept, so
  // a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // Every character outside ASCII escaped: bin/pytutor.js reads the bundle as
  // Latin-1, a copy of its bytes, rather than decoding UTF-8 (~4 ms of a start).
  charset: "ascii",
};

const VENDOR = { zod: "zod", yaml: "yaml", prompts: "@inquirer/prompts" };
for (const [name, spec] of Object.entries(VENDOR)) {
  await build({ ...COMMON, stdin: { contents: `module.exports = require(${JSON.stringify(spec)});`, resolveDir: fileURLToPath(new URL("..", import.meta.url)) }, outfile: `dist/vendor/${name}.cjs` });
}
const vendorExternal = {
  name: "vendor-external",
  setup(b) {
    for (const [name, spec] of Object.entries(VENDOR)) {
      b.onResolve({ filter: new RegExp(`^${spec.replace(/[/@]/g, "\\$&")}$`) }, () => ({ path: `./vendor/${name}.cjs`, external: true }));
    }
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

// wrap-ansi also builds an Intl.Segmenter when it is imported (ICU's break
// rules: 15–20 ms here, the largest single cost of `check` before the program
// starts) and uses it only to split a word wider than a line that is not
// plain ASCII. The build makes that one line build the segmenter on first
// use; it fails if the line is not found, so an upgrade of wrap-ansi that
// moves it is seen here rather than silently paying the cost again.
const lazySegmenterInWrapAnsi = {
  name: "lazy-segmenter-in-wrap-ansi",
  setup(b) {
    const eager = "const segmenter = new Intl.Segmenter();";
    const lazy = "let segmenterBuilt; const segmenter = { segment: (text) => (segmenterBuilt ??= new Intl.Segmenter()).segment(text) };";
    const wrapAnsi = fileURLToPath(new URL("../node_modules/wrap-ansi/index.js", import.meta.url));
    b.onLoad({ filter: /[\\/]wrap-ansi[\\/]index\.js$/ }, (args) => {
      if (args.path !== wrapAnsi) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (source.split(eager).length !== 2 || source.split("segmenter.").length !== 2) {
        throw new Error(`${args.path}: wrap-ansi no longer builds its segmenter as \`${eager}\` used once; see lazySegmenterInWrapAnsi in scripts/build.mjs`);
      }
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

// execa reads process.stdin when it is imported (its list of the standard
// streams) and again for each stdio value of a spawn (which direction a value
// names): Node then builds stdin's stream, and for a file or /dev/null that
// loads node:fs's streams, node:fs/promises and readline, ~3 ms of every
// check before the program starts, for a stream pytutor never hands execa.
// The build makes both read the standard streams only when the value could be
// one; it fails if a line is not found, so an upgrade of execa that moves
// them is seen here.
const EXECA_PATCHES = {
  "lib/utils/standard-stream.js": [
    "export const STANDARD_STREAMS = [process.stdin, process.stdout, process.stderr];",
    "let standardStreams; const streams = () => (standardStreams ??= [process.stdin, process.stdout, process.stderr]);" +
      " export const STANDARD_STREAMS = new Proxy([], { get: (_, key) => { const list = streams(); const value = Reflect.get(list, key); return typeof value === 'function' ? value.bind(list) : value; }, has: (_, key) => Reflect.has(streams(), key) });",
  ],
  "lib/stdio/direction.js": [
    "if ([0, process.stdin].includes(value)) {",
    "if (value === 0 || (typeof value === 'object' && value !== null && value === process.stdin)) {",
  ],
};
const lazyStandardStreamsInExeca = {
  name: "lazy-standard-streams-in-execa",
  setup(b) {
    const root = fileURLToPath(new URL("../node_modules/execa/", import.meta.url));
    b.onLoad({ filter: /[\\/]execa[\\/]lib[\\/](utils[\\/]standard-stream|stdio[\\/]direction)\.js$/ }, (args) => {
      const entry = Object.entries(EXECA_PATCHES).find(([relative]) => args.path === join(root, relative));
      if (entry === undefined) return undefined;
      const [eager, lazy] = entry[1];
      const source = readFileSync(args.path, "utf8");
      if (source.split(eager).length !== 2) {
        throw new Error(`${args.path}: execa no longer has \`${eager}\` once; see lazyStandardStreamsInExeca in scripts/build.mjs`);
      }
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

await build({
  ...COMMON,
  entryPoints: { main: "src/cli/main.ts" },
  outfile: "dist/main.cjs",
  packages: "bundle",
  plugins: [vendorExternal, textWidthForWrapAnsi, lazySegmenterInWrapAnsi, lazyStandardStreamsInExeca],
  // `await import(x)` becomes a require: vm.Script, which loads main.cjs, has
  // no loader for import().
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "__pytutorModuleUrl" },
  banner: { js: "const __pytutorModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The loader reads main.cjs as Latin-1 (src/util/code-cache.ts): a character
// outside ASCII that esbuild could not escape (one inside String.raw, a
// regular expression) would be misread, so it fails the build instead.
{
  const bytes = readFileSync(new URL("../dist/main.cjs", import.meta.url));
  const at = bytes.findIndex((byte) => byte > 0x7f);
  if (at >= 0) {
    const line = bytes.subarray(0, at).toString("latin1").split("\n").length;
    throw new Error(`dist/main.cjs is not ASCII (line ${line}): escape the character in its source (\\uXXXX in JavaScript, \\XXXX in CSS)`);
  }
}

// What bin/pytutor.js runs first: the written-down help, if that is all that
// was asked for, or main.cjs through the code cache (src/cli/entry.ts).
await build({ ...COMMON, entryPoints: ["src/cli/entry.ts"], outfile: "dist/entry.cjs" });

// `pytutor --help` and `--version` print what the built CLI says here, off a
// terminal (so laid out for 80 columns), without loading commander at run time.
const { execFileSync } = await import("node:child_process");
const cli = new URL("../bin/pytutor.js", import.meta.url).pathname;
const said = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, CI: "1", PYTUTOR_NO_CACHE: "1" } });
const staticHelp = { version: said("--version").trim(), help: { es: said("--lang", "es", "--help"), en: said("--lang", "en", "--help") } };
writeFileSync(new URL("../dist/help.json", import.meta.url), `${JSON.stringify(staticHelp)}\n`);
