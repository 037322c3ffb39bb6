// A validated catalogue, cached as JSON and keyed by the identity of every
// spec and statement (see fingerprint), so `pytutor check` skips YAML parsing
// and schema validation when no exercise file changed. `grade` never reads it: it validates the catalogue itself.
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
  return `catalog-4-format-${SPEC_FORMAT}-${build}`;
}

// What the cached exercises hold, by the identity of its files rather than
// their bytes: each spec and statement by size, inode and its modification
// and change times (any write moves the change time, which no tool sets back,
// so an edit that keeps the size and the mtime is still seen); the programs
// only by their folder's times (the catalogue checks that they exist, and a
// folder's times move when an entry is added, removed or renamed). Reading
// only folders and ~60 specs, not the bytes of every file, keeps it a few
// milliseconds of `check`'s start.
function fingerprint(root: string): string {
  const hash = createHash("sha1");
  const identity = (path: string) => {
    const s = statSync(path, { bigint: true });
    return `${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`;
  };
  const walk = (dir: string, depth: number) => {
    hash.update(`d:${dir}:${identity(dir)}\n`);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && depth < 3) walk(full, depth + 1);
      else if (entry.isFile() && /\.(ya?ml|md)$/u.test(entry.name)) hash.update(`f:${full}:${identity(full)}\n`);
      else hash.update(`n:${full}\n`);
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
