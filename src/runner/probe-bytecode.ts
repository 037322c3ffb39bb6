// The probe's bytecode, compiled once per interpreter into pytutor's cache
// (never into a learner's folder), so a run does not compile ~2,500 lines of
// probe from source every time. A folder per probe content and interpreter
// holds the sources and `__pycache__/*.pyc`, read-only, written only here.
// The .pyc files are hash-checked (CPython compares the source's hash stored in
// them with the source at import) and compared, before every run, with what
// this process built or first read: by each file's identity (inode, size,
// modification and change times; any write or chmod moves the change time),
// and byte for byte whenever an identity differs. A sandboxed run (grade) trusts no copy it
// did not build itself: unsandboxed runs of the same user could have replaced
// one, so once per process it compiles afresh and keeps the cache only if equal.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../cache-dir.js";
import { checksumName } from "../util/checksum.js";
import type { PythonInfo } from "../python/find.js";
import { PROBE_FILES, probeSourceContents, probeTemporary, removeReadOnly } from "./probe-files.js";

// Compiles the named files of a folder with hash-checked invalidation (3.7+).
// The file name alone goes into the bytecode, so a build does not depend on
// the folder it was made in (and can be compared); import sets the real path.
const COMPILE = [
  "import importlib.util, os, py_compile, sys",
  "for name in sys.argv[2:]:",
  "    src = os.path.join(sys.argv[1], name)",
  "    py_compile.compile(src, cfile=importlib.util.cache_from_source(src), dfile=name, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)",
].join("\n");

type Built = { dir: string; files: Map<string, Buffer>; ids: string | undefined };

const built = new Map<string, Built | null>();

// Names the folder; the folder is used only if it holds the very bytes built
// or first read (a checksum is enough).
function key(python: PythonInfo, sources: Buffer[]): string {
  const parts = PROBE_FILES.flatMap((name, i) => [`${name}\0${(sources[i] as Buffer).length}\0`, sources[i] as Buffer]);
  return checksumName([...parts, `\0${python.executable}\0${python.version}\0${python.implementation}\0${python.freeThreaded}`]);
}

// The folder's sources and bytecode, by relative path; undefined if unreadable.
function readAll(dir: string): Map<string, Buffer> | undefined {
  try {
    const files = new Map<string, Buffer>();
    // Anything else there would be importable by the next run (it is on PYTHONPATH).
    const entries = readdirSync(dir).sort();
    if (entries.join("/") !== [...PROBE_FILES, "__pycache__"].sort().join("/")) return undefined;
    for (const name of PROBE_FILES) files.set(name, readFileSync(join(dir, name)));
    const cache = join(dir, "__pycache__");
    for (const name of readdirSync(cache).sort()) files.set(`__pycache__/${name}`, readFileSync(join(cache, name)));
    return files;
  } catch {
    return undefined;
  }
}

// The folder's entries and their identities, in one string; undefined if unreadable.
function identities(dir: string): string | undefined {
  try {
    const id = (path: string) => {
      const s = statSync(path, { bigint: true });
      return `${path}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.mode}`;
    };
    const cache = join(dir, "__pycache__");
    const names = [...readdirSync(dir).sort().map((n) => join(dir, n)), ...readdirSync(cache).sort().map((n) => join(cache, n))];
    return [id(dir), ...names.map(id)].join("\n");
  } catch {
    return undefined;
  }
}

// The identities under which the folder holds exactly `files` (unchanged
// while its bytes were read), or undefined: then every run compares bytes.
function stableIdentities(dir: string, files: Map<string, Buffer>): string | undefined {
  const before = identities(dir);
  const holds = same(readAll(dir), files);
  return holds && before !== undefined && before === identities(dir) ? before : undefined;
}

// The folder still holds what this process built or read: the same
// identities, or else the same bytes (then its identities are taken anew).
function unchanged(known: Built): boolean {
  const ids = identities(known.dir);
  if (ids !== undefined && ids === known.ids) return true;
  if (!same(readAll(known.dir), known.files)) return false;
  known.ids = stableIdentities(known.dir, known.files);
  return true;
}

function same(a: Map<string, Buffer> | undefined, b: Map<string, Buffer>): boolean {
  return a !== undefined && a.size === b.size && [...b].every(([name, bytes]) => a.get(name)?.equals(bytes) === true);
}

function sourcesMatch(files: Map<string, Buffer> | undefined, sources: Buffer[]): boolean {
  return files !== undefined && PROBE_FILES.every((name, i) => files.get(name)?.equals(sources[i] as Buffer) === true) && files.size > PROBE_FILES.length;
}

// A fresh read-only folder with the sources and their bytecode, or undefined
// when this interpreter cannot compile them (too old, broken).
function compileFresh(python: PythonInfo, sources: Buffer[]): string | undefined {
  const tmp = probeTemporary();
  for (const [i, name] of PROBE_FILES.entries()) writeFileSync(join(tmp, name), sources[i] as Buffer, { mode: 0o444 });
  const r = spawnSync(python.executable, ["-I", "-c", COMPILE, tmp, ...PROBE_FILES], {
    stdio: "ignore",
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? "", SYSTEMROOT: process.env.SYSTEMROOT ?? "" },
    windowsHide: true,
  });
  const cache = join(tmp, "__pycache__");
  if (r.status !== 0 || !existsSync(cache)) {
    removeReadOnly(tmp);
    return undefined;
  }
  for (const name of readdirSync(cache)) chmodSync(join(cache, name), 0o444);
  chmodSync(cache, 0o555);
  chmodSync(tmp, 0o555);
  return tmp;
}

// The folder to put on a run's PYTHONPATH with the probe's bytecode, or
// undefined (the caller then uses the sources alone).
export function probeBytecodeDir(python: PythonInfo, options: { verify: boolean }): string | undefined {
  const sources = probeSourceContents();
  const id = key(python, sources);
  const known = built.get(id);
  if (known === null) return undefined;
  if (known && unchanged(known)) return known.dir;
  const target = join(cacheDir(), `probe-${id}`);
  try {
    const cached = readAll(target);
    if (!options.verify && !known && sourcesMatch(cached, sources)) {
      built.set(id, { dir: target, files: cached as Map<string, Buffer>, ids: stableIdentities(target, cached as Map<string, Buffer>) });
      return target;
    }
    const fresh = compileFresh(python, sources);
    if (!fresh) {
      built.set(id, null);
      return undefined;
    }
    const files = readAll(fresh) as Map<string, Buffer>;
    // Read again: another pytutor may have put the same build there meanwhile,
    // and a folder in use by its runs is never removed.
    if (same(cached, files) || same(readAll(target), files)) {
      removeReadOnly(fresh);
    } else {
      // A damaged or foreign copy: set it aside, never trust it.
      if (existsSync(target)) removeReadOnly(target);
      try {
        renameSync(fresh, target);
      } catch {
        // Another pytutor made it at the same moment: this process keeps its
        // own, and removes it when it ends.
        process.once("exit", () => removeReadOnly(fresh));
        built.set(id, { dir: fresh, files, ids: stableIdentities(fresh, files) });
        return fresh;
      }
    }
    built.set(id, { dir: target, files, ids: stableIdentities(target, files) });
    return target;
  } catch {
    built.set(id, null);
    return undefined;
  }
}
