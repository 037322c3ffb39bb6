// Loads the CLI's bundle (dist/main.cjs, CommonJS) with V8's code cache: the
// bytecode of every function a command ran, written after its first run and
// read back by the next. Node 22 does this itself (module.enableCompileCache);
// Node 20, which pytutor supports, has only the V8 primitive (vm.Script's
// cachedData), so this is that primitive and the rules around it:
//   - one cache file per command (`check` compiles other functions than `list`),
//     named by the bundle file's identity (size, inode, modification and
//     change times: any rebuild or reinstall writes a new file, and a write
//     moves the change time, which no tool sets back), Node's version and the
//     architecture, in pytutor's cache folder (hashing the bundle's ~1 MB on
//     every start cost ~3 ms; V8 itself compares only the source's length);
//     written once, atomically, when the command ended without a usage
//     error; then the files of all but the two most recently
//     written other builds are removed (two installations sharing a cache
//     folder keep theirs; a developer's rebuilds do not pile up);
//   - V8 refuses a cache from another V8 or other flags (cachedDataRejected),
//     and the run compiles from source and writes a fresh one; V8 does not
//     check the bytes after its header in a release build, so each file
//     starts with the CRC-32 of the rest and the bundle's identity, and a file
//     whose bytes do not match (a damaged disk, a stray write) or that names
//     another build (the file name is only a short checksum of the identity)
//     is never handed to V8; CRC-32 rather than a cryptographic hash because
//     it notices damage, which is all it guards against, and node:zlib loads
//     in a fifth of node:crypto's time;
//   - `grade` neither reads nor writes it: a student's program run outside a
//     sandbox runs as the teacher and could write into the cache folder, and
//     the grader trusts nothing there (it never reads the catalogue's cache
//     either). PYTUTOR_NO_CACHE=1 turns it off.
import Module from "node:module";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { cacheDir, cacheDisabled } from "../cache-dir.js";
import { checksumName, crcBytes } from "./checksum.js";
import { randomHex } from "./random.js";

const PREFIX = "code-";
const CRC_BYTES = 4;
const SUFFIX = ".v8";
// Global options that take a value: the word after them is not the command.
const VALUED = new Set(["--lang", "--python", "--exercises", "--only-exercises"]);
// Commands whose bundle code is never read from, nor written to, the cache.
const UNCACHED = new Set(["grade"]);

// The command `args` (argv without node and the script) run: its first word,
// `menu` for none.
export function commandOf(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUED.has(arg)) i++;
    else if (!arg.startsWith("-")) return /^[a-z][a-z0-9-]{0,23}$/u.test(arg) ? arg : "other";
  }
  return "menu";
}

export type CodeCacheOptions = {
  // The folder for the cache files; undefined: no cache.
  dir: string | undefined;
  // The command's name (commandOf).
  command: string;
  // Whether a run that ends with this exit code writes the cache (a usage
  // error or an interruption ran too little of the command to be worth keeping).
  keep?: (code: number) => boolean;
};

export type CodeCacheLoad = {
  exports: unknown;
  // "used": the cache was read and accepted; otherwise the bundle compiled
  // from source (V8 rejected the cache, there was none, or none is kept).
  cache: "used" | "rejected" | "missing" | "off";
  // Writes the cache now, if this load compiled from source (the exit hook
  // calls it when `keep` allows).
  save: () => void;
};

// Runs the CLI's bundle (dist/main.cjs) with its cache in pytutor's cache
// folder, kept when the command ends 0 or 1 (a usage error or an interruption
// ran too little of it to be worth keeping).
export function runBundle(distDir: string, argv: string[]): Promise<void> {
  const dir = cacheDisabled() ? undefined : cacheDir();
  const { exports } = loadWithCodeCache(join(distDir, "main.cjs"), { dir, command: commandOf(argv.slice(2)), keep: (code) => code === 0 || code === 1 });
  return (exports as { main: (argv: string[]) => Promise<void> }).main(argv);
}

// Runs the CommonJS file `file` as Node's loader would (its own require,
// module, __filename, __dirname) and returns its exports. The bundle is ASCII
// (scripts/build.mjs fails otherwise), so it is read as Latin-1: a copy of
// its bytes, where UTF-8 would be decoded (~4 ms).
export function loadWithCodeCache(file: string, options: CodeCacheOptions): CodeCacheLoad {
  const source = readFileSync(file, "latin1");
  const off = options.dir === undefined || UNCACHED.has(options.command);
  const own = statSync(file, { bigint: true });
  const identity = `${own.size}\0${own.ino}\0${own.mtimeNs}\0${own.ctimeNs}\0${process.version}\0${process.arch}`;
  const key = checksumName([identity]);
  const path = off ? undefined : join(options.dir as string, `${PREFIX}${key}-${options.command}${SUFFIX}`);
  let cachedData: Buffer | undefined;
  let damaged = false;
  if (path !== undefined) {
    try {
      cachedData = checkedData(readFileSync(path), identity);
      damaged = cachedData === undefined;
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const state = off ? "off" : damaged || script.cachedDataRejected === true ? "rejected" : cachedData === undefined ? "missing" : "used";
  let saved = false;
  const save = () => {
    if (path === undefined || state === "used" || saved) return;
    saved = true;
    writeCache(path, key, identity, script);
  };
  if (path !== undefined && state !== "used") {
    process.once("exit", (code) => {
      if (options.keep === undefined || options.keep(code)) save();
    });
  }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  const module = { exports: {} as unknown };
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  return { exports: module.exports, cache: state, save };
}

// A cache file: the CRC-32 of everything after it, then the identity's
// length (2 bytes) and the identity, then V8's data.
function framed(identity: string, data: Uint8Array): Buffer {
  const id = Buffer.from(identity, "latin1");
  const length = Buffer.alloc(2);
  length.writeUInt16BE(id.length);
  const body = Buffer.concat([length, id, data]);
  return Buffer.concat([crcBytes(body), body]);
}

// V8's data in a cache file, or undefined if the file is damaged or was
// written for another build.
function checkedData(bytes: Buffer, identity: string): Buffer | undefined {
  if (bytes.length < CRC_BYTES + 2) return undefined;
  const body = bytes.subarray(CRC_BYTES);
  if (!crcBytes(body).equals(bytes.subarray(0, CRC_BYTES))) return undefined;
  const length = body.readUInt16BE(0);
  if (body.length <= 2 + length || body.toString("latin1", 2, 2 + length) !== identity) return undefined;
  return body.subarray(2 + length);
}

const KEPT_OTHER_BUILDS = 2;

// Removes the cache files of every build but this one and the two others
// written most recently.
function removeOldBuilds(dir: string, key: string): void {
  const builds = new Map<string, { files: string[]; newest: number }>();
  for (const name of readdirSync(dir)) {
    const match = new RegExp(`^${PREFIX}([0-9a-f]{9,24})-.*\\${SUFFIX}$`, "u").exec(name);
    if (!match || match[1] === key) continue;
    const build = builds.get(match[1] as string) ?? { files: [], newest: 0 };
    build.files.push(name);
    try {
      build.newest = Math.max(build.newest, statSync(join(dir, name)).mtimeMs);
    } catch {
      /* removed meanwhile */
    }
    builds.set(match[1] as string, build);
  }
  const old = [...builds.values()].sort((a, b) => b.newest - a.newest).slice(KEPT_OTHER_BUILDS);
  for (const build of old) for (const name of build.files) rmSync(join(dir, name), { force: true });
}

// Writes the functions compiled so far, through a unique temporary file, and
// removes the caches of old builds. Never throws: a cache is only a saving.
function writeCache(path: string, key: string, identity: string, script: Script): void {
  const dir = dirname(path);
  const temp = `${path}.${process.pid}.${randomHex(4)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const data = script.createCachedData();
    writeFileSync(temp, framed(identity, data));
    renameSync(temp, path);
    removeOldBuilds(dir, key);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      /* nothing was written */
    }
  }
}
