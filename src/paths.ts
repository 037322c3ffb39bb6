// Where pytutor's own files are (the probe, the built-in exercises), whether it
// runs from src/ with tsx, from dist/, or from an installed package.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "src", "probe", "sitecustomize.py"))) {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("pytutor's package folder was not found (src/probe is missing)");
    dir = up;
  }
}
