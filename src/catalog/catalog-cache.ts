// A validated catalogue, cached as JSON and keyed by the identity of every
// folder, spec and statement (see catalogIdentities), so `pytutor check` skips
// YAML parsing and schema validation when no exercise file changed. `grade`
// never reads it: it validates the catalogue itself.
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Exercise } from "./exercise.js";
import type { Text } from "../i18n/lang.js";
import { SPEC_FORMAT } from "./format.js";
import { cacheDir, cacheDisabled } from "../cache-dir.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { checksumName } from "../util/checksum.js";

// A new build of pytutor (another schema, other defaults) must not read old entries.
function cacheVersion(): string {
  let build = "";
  try {
    const own = statSync(fileURLToPath(import.meta.url));
    build = `${own.size}:${own.mtimeMs}`;
  } catch {
    build = "unknown";
  }
  return `catalog-5-format-${SPEC_FORMAT}-${build}`;
}

// What the cached exercises were read from, by the identity of its files
// rather than their bytes: each folder (down to the programs' folders) and
// each spec and statement, by size, inode and its modification and change
// times (any write moves the change time, which no tool sets back, so an edit
// that keeps the size and the mtime is still seen). The programs count only
// through their folder's times (the catalogue checks that they exist, and a
// folder's times move when an entry is added, removed or renamed). The cache
// keeps the list; reading it back stats each path on it again (~140 here)
// and lists no folder and hashes nothing: walking and hashing the tree on
// every `check` cost ~10 ms of its start.
export type Identities = Record<string, string>;

function identity(path: string): string | undefined {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s === undefined ? undefined : `${s.isDirectory() ? "d" : "f"}:${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`;
}

// The identities of `root`'s folders and specs, as the cache records them.
// Taken before the catalogue is read, so a file edited while it was being
// read does not match on the next run.
export function catalogIdentities(root: string): Identities {
  const found: Identities = {};
  const note = (path: string) => {
    const id = identity(path);
    if (id !== undefined) found[relative(root, path) || "."] = id;
  };
  const walk = (dir: string, depth: number) => {
    note(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && depth < 3) walk(full, depth + 1);
      else if (entry.isFile() && /\.(ya?ml|md)$/u.test(entry.name)) note(full);
    }
  };
  walk(root, 0);
  return found;
}

function unchanged(root: string, recorded: Identities): boolean {
  const paths = Object.keys(recorded);
  if (paths.length === 0) return false;
  return paths.every((path) => identity(join(root, path)) === recorded[path]);
}

function fileFor(root: string): string {
  return join(cacheDir(), `catalog-${checksumName([root])}.json`);
}

// A folder's exercises and the title of their course (catalogo.yaml).
export type CachedCatalog = { exercises: Exercise[]; course: Text };

export function readCatalogCache(root: string): CachedCatalog | undefined {
  if (cacheDisabled()) return undefined;
  try {
    const data = JSON.parse(readFileSync(fileFor(root), "utf8")) as { version: string; identities: Identities } & CachedCatalog;
    if (data.version !== cacheVersion() || typeof data.identities !== "object" || data.identities === null || !unchanged(root, data.identities)) return undefined;
    return { exercises: data.exercises, course: data.course };
  } catch {
    return undefined;
  }
}

// `identities`: catalogIdentities(root), taken before the catalogue was read.
export function writeCatalogCache(root: string, { exercises, course }: CachedCatalog, identities: Identities): void {
  if (cacheDisabled()) return;
  try {
    const file = fileFor(root);
    mkdirSync(cacheDir(), { recursive: true });
    writeFileAtomic(file, JSON.stringify({ version: cacheVersion(), identities, exercises, course }));
  } catch {
    /* an unwritable cache only costs time */
  }
}
