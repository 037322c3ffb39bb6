// Bundles the CLI into dist/ (one file per lazily loaded command): loading a
// few bundled files is several times faster than resolving hundreds of modules.
import { build } from "esbuild";
import { rmSync } from "node:fs";

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
