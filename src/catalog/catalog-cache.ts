// A validated catalogue, cached as JSON and keyed by the identity of every
// folder, spec and statement (see catalogIdentities), so `pytutor check` skips
// YAML parsing and schema validation when no exercise file changed. `grade`
// never reads it: it validates the catalogue itself.
//
// The file is a first line of JSON (the identities, the course's title and an
// index: each exercise's id, alias, number and where its JSON lies) and then
// the exercises' JSON one after another, so that one exercise can be read
// alone (readCachedExercise: `check`, `show`, `hint`) without parsing the
// others' (~230 KB here) or checking their statements and program folders.
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { isNamed, type Exercise } from "./exercise.js";
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
  return `catalog-6-format-${SPEC_FORMAT}-${build}`;
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

function unchanged(root: string, recorded: Identities, paths: string[] = Object.keys(recorded)): boolean {
  if (paths.length === 0) return false;
  return paths.every((path) => identity(join(root, path)) === recorded[path]);
}

function fileFor(root: string): string {
  return join(cacheDir(), `catalog-${checksumName([root])}.json`);
}

// A folder's exercises and the title of their course (catalogo.yaml).
export type CachedCatalog = { exercises: Exercise[]; course: Text };

// Where each exercise's JSON lies in the file (bytes after the first line).
type IndexEntry = { id: string; alias: string; order: number; dir: string; start: number; end: number };
type Header = { version: string; identities: Identities; course: Text; index: IndexEntry[] };

// The file's header and the bytes after it, or undefined.
function readFile(root: string): { header: Header; body: Buffer } | undefined {
  const bytes = readFileSync(fileFor(root));
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const header = JSON.parse(bytes.toString("utf8", 0, newline)) as Header;
  if (header.version !== cacheVersion() || typeof header.identities !== "object" || header.identities === null || !Array.isArray(header.index)) return undefined;
  return { header, body: bytes.subarray(newline + 1) };
}

const exerciseAt = (body: Buffer, entry: IndexEntry) => JSON.parse(body.toString("utf8", entry.start, entry.end)) as Exercise;

export function readCatalogCache(root: string): CachedCatalog | undefined {
  if (cacheDisabled()) return undefined;
  try {
    const read = readFile(root);
    if (read === undefined || !unchanged(root, read.header.identities)) return undefined;
    return { exercises: read.header.index.map((entry) => exerciseAt(read.body, entry)), course: read.header.course };
  } catch {
    return undefined;
  }
}

// The one exercise `name` means (its id, alias or number), or undefined
// (then the whole catalogue is read). Checked against the folder itself, its catalogo.yaml, every
// exercise's folder and spec (an id or alias edited anywhere could make
// `name` mean another exercise, or two) and everything recorded inside this
// exercise's folder; another exercise's statement or programs cannot change
// this one.
export function readCachedExercise(root: string, name: string): Exercise | undefined {
  if (cacheDisabled()) return undefined;
  try {
    const read = readFile(root);
    if (read === undefined) return undefined;
    const entry = read.header.index.find((e) => isNamed(e, name));
    if (entry === undefined || !unchanged(root, read.header.identities, listed(read.header.identities, entry.dir))) return undefined;
    return exerciseAt(read.body, entry);
  } catch {
    return undefined;
  }
}

// The ids of the folder's exercises, in the catalogue's order, or undefined;
// checked against the folder, its catalogo.yaml and every exercise's folder
// and spec (where the ids and the order come from).
export function readCachedIds(root: string): string[] | undefined {
  if (cacheDisabled()) return undefined;
  try {
    const read = readFile(root);
    if (read === undefined || !unchanged(root, read.header.identities, listed(read.header.identities, undefined))) return undefined;
    return read.header.index.map((entry) => entry.id);
  } catch {
    return undefined;
  }
}

// The recorded paths that say which exercises there are and what they are
// called (the folder's own entries and every spec), and everything inside
// the folder `dir` (relative) when given.
function listed(identities: Identities, dir: string | undefined): string[] {
  const own = dir === undefined ? undefined : `${dir}${sep}`;
  return Object.keys(identities).filter((path) => !path.includes(sep) || /[\\/]exercise\.ya?ml$/u.test(path) || (own !== undefined && path.startsWith(own)));
}

// `identities`: catalogIdentities(root), taken before the catalogue was read.
export function writeCatalogCache(root: string, { exercises, course }: CachedCatalog, identities: Identities): void {
  if (cacheDisabled()) return;
  try {
    const file = fileFor(root);
    mkdirSync(cacheDir(), { recursive: true });
    const blobs = exercises.map((exercise) => Buffer.from(JSON.stringify(exercise)));
    let at = 0;
    const index = exercises.map((exercise, i): IndexEntry => {
      const start = at;
      at += (blobs[i] as Buffer).length;
      return { id: exercise.spec.id, alias: exercise.spec.alias, order: exercise.spec.order, dir: relative(root, exercise.dir), start, end: at };
    });
    const header: Header = { version: cacheVersion(), identities, course, index };
    writeFileAtomic(file, [`${JSON.stringify(header)}\n`, ...blobs]);
  } catch {
    /* an unwritable cache only costs time */
  }
}
