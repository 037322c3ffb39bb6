// A validated catalogue, cached as JSON and keyed by the content of every spec
// and statement (an edit that keeps the size and the mtime is still seen), so `pytutor
// check` skips YAML parsing and schema validation when no exercise file
// changed. `grade` never reads it: it validates the catalogue itself.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Exercise } from "./exercise.js";
import type { Text } from "../i18n/lang.js";
import { SPEC_FORMAT } from "./format.js";
import { cacheDir, cacheDisabled } from "../cache-dir.js";
import { writeFileAtomic } from "../util/atomic-write.js";

// A new build of pytutor (another schema, other defaults) must not read old entries.
function cacheVersion(): string {
  let build = "";
  try {
    const own = statSync(fileURLToPath(import.meta.url));
    build = `${own.size}:${own.mtimeMs}`;
  } catch {
    build = "unknown";
  }
  return `catalog-3-format-${SPEC_FORMAT}-${build}`;
}

function fingerprint(root: string): string {
  const hash = createHash("sha1");
  const walk = (dir: string, depth: number) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && depth < 3) {
        hash.update(`d:${full}\n`);
        walk(full, depth + 1);
      } else if (entry.isFile()) {
        // What the cached exercises hold (specs, statements) by content; the
        // programs only by name and size (the catalogue checks that they exist).
        hash.update(`f:${full}:`);
        if (/\.(ya?ml|md)$/u.test(entry.name)) hash.update(readFileSync(full));
        else hash.update(String(statSync(full).size));
        hash.update("\n");
      }
    }
  };
  walk(root, 0);
  return hash.digest("hex");
}

function fileFor(root: string): string {
  return join(cacheDir(), `catalog-${createHash("sha1").update(root).digest("hex").slice(0, 16)}.json`);
}

// A folder's exercises and the title of their course (catalogo.yaml).
export type CachedCatalog = { exercises: Exercise[]; course: Text };

export function readCatalogCache(root: string): CachedCatalog | undefined {
  if (cacheDisabled()) return undefined;
  try {
    const data = JSON.parse(readFileSync(fileFor(root), "utf8")) as { version: string; fingerprint: string } & CachedCatalog;
    if (data.version !== cacheVersion() || data.fingerprint !== fingerprint(root)) return undefined;
    return { exercises: data.exercises, course: data.course };
  } catch {
    return undefined;
  }
}

export function writeCatalogCache(root: string, { exercises, course }: CachedCatalog): void {
  if (cacheDisabled()) return;
  try {
    const file = fileFor(root);
    mkdirSync(cacheDir(), { recursive: true });
    writeFileAtomic(file, JSON.stringify({ version: cacheVersion(), fingerprint: fingerprint(root), exercises, course }));
  } catch {
    /* an unwritable cache only costs time */
  }
}
