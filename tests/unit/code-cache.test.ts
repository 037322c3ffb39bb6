// The CLI bundle's loader with V8's code cache (src/util/code-cache.ts), on a
// real CommonJS file: the cache is written, accepted by the next load,
// rejected and rewritten when damaged, never kept for `grade`, and a cache of
// another build is removed when a new one is written. Each load runs in a
// process of its own through the built loader (dist/entry.cjs): within one
// process V8 reuses what it compiled and never reads the cache.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { commandOf } from "../../src/util/code-cache.js";
import { crcBytes } from "../../src/util/checksum.js";
import { ROOT } from "../helpers/cli.js";

type Load = { cache: "used" | "rejected" | "missing" | "off"; name: string; total: number };
const ENTRY = join(ROOT, "dist", "entry.cjs");
const SCRIPT = `
const [entry, file, dir, command, save] = process.argv.slice(1);
const load = require(entry).loadWithCodeCache(file, { dir: dir || undefined, command, keep: () => false });
if (save === "save") load.save();
process.stdout.write(JSON.stringify({ cache: load.cache, name: load.exports.name, total: load.exports.total() }));
`;
function loadWithCodeCache(file: string, options: { dir: string | undefined; command: string }, save = false): Load {
  return JSON.parse(execFileSync(process.execPath, ["-e", SCRIPT, ENTRY, file, options.dir ?? "", options.command, save ? "save" : ""], { encoding: "utf8" })) as Load;
}

function bundle(body = "") {
  const dir = mkdtempSync(join(tmpdir(), "pytutor-code-cache-"));
  const file = join(dir, "main.cjs");
  // Enough functions that V8 has bytecode to keep; __filename, require and module as Node gives them.
  const fns = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x * ${i} + (x > 1 ? f${i}(x - 1) : 0); }`).join("\n");
  writeFileSync(file, `"use strict";\n${fns}\nconst path = require("node:path");\n${body}\nmodule.exports = { name: path.basename(__filename), dir: path.basename(__dirname), total: () => [${Array.from({ length: 50 }, (_, i) => `f${i}(5)`).join(", ")}].reduce((a, b) => a + b, 0) };\n`);
  return { file, cache: join(dir, "cache") };
}
const files = (dir: string) => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

describe("loadWithCodeCache", () => {
  test("compiles from source without a cache, writes one, and the next load is compiled from it", () => {
    const { file, cache } = bundle();
    const first = loadWithCodeCache(file, { dir: cache, command: "check" }, true);
    expect(first).toEqual({ cache: "missing", name: "main.cjs", total: 18375 });
    expect(files(cache)).toHaveLength(1);
    expect(files(cache)[0]).toMatch(/^code-[0-9a-f]{9,}-check\.v8$/u);

    expect(loadWithCodeCache(file, { dir: cache, command: "check" })).toEqual({ cache: "used", name: "main.cjs", total: 18375 });
    // Another command has its own cache: its first load compiles from source.
    expect(loadWithCodeCache(file, { dir: cache, command: "list" }).cache).toBe("missing");
  });

  test("a damaged cache is rejected by V8: the file still runs from source, and saving replaces the cache", () => {
    const { file, cache } = bundle();
    loadWithCodeCache(file, { dir: cache, command: "check" }, true);
    const path = join(cache, files(cache)[0] as string);
    const bytes = readFileSync(path);
    // Bytes in the middle of V8's data: caught by the file's own CRC-32 (V8
    // checks only its header), so V8 never deserialises them.
    const middle = Buffer.from(bytes);
    middle.fill(7, Math.floor(middle.length / 2), Math.floor(middle.length / 2) + 64);
    writeFileSync(path, middle);
    expect(loadWithCodeCache(file, { dir: cache, command: "check" })).toEqual({ cache: "rejected", name: "main.cjs", total: 18375 });
    // The file: CRC-32 (4 bytes), the identity's length (2) and the identity,
    // then V8's data, whose header names V8's version and flags: a cache of
    // another V8 or other flags, with a CRC that matches, reads as this.
    const body = Buffer.from(bytes.subarray(4));
    const identityEnd = 2 + body.readUInt16BE(0);
    const header = Buffer.from(body);
    header.fill(7, identityEnd, identityEnd + 16);
    writeFileSync(path, Buffer.concat([crcBytes(header), header]));
    expect(loadWithCodeCache(file, { dir: cache, command: "check" }, true)).toEqual({ cache: "rejected", name: "main.cjs", total: 18375 });
    expect(loadWithCodeCache(file, { dir: cache, command: "check" }).cache).toBe("used");
    // A file that names another build's identity (its name is only a short
    // checksum, so two builds could share one) is not used either, CRC and all.
    const other = Buffer.from(readFileSync(path).subarray(4));
    other.fill(0x30, 2, 4);
    writeFileSync(path, Buffer.concat([crcBytes(other), other]));
    expect(loadWithCodeCache(file, { dir: cache, command: "check" }, true).cache).toBe("rejected");
    expect(loadWithCodeCache(file, { dir: cache, command: "check" }).cache).toBe("used");
  });

  test("another build's cache (other bytes, same length) is never used; of other builds, the two written last are kept", () => {
    const { file, cache } = bundle();
    const original = readFileSync(file, "utf8");
    const keyOf = (name: string) => name.split("-")[1];
    const written: string[] = [];
    // Four rebuilds of the same length: V8 alone could not tell them apart (it checks the source's length).
    for (const [i, factor] of ["7", "8", "9", "6"].entries()) {
      writeFileSync(file, original.replace("x * 7 +", `x * ${factor} +`));
      const total = 18375 + (Number(factor) - 7) * 15;
      expect(loadWithCodeCache(file, { dir: cache, command: "check" }, true)).toEqual({ cache: "missing", name: "main.cjs", total });
      const newest = files(cache).find((n) => !written.includes(keyOf(n) as string));
      written.push(keyOf(newest as string) as string);
      expect(new Set(files(cache).map(keyOf))).toEqual(new Set(written.slice(Math.max(0, i - 2))));
    }
    // The first build again: its cache was removed, so it compiles from source.
    writeFileSync(file, original);
    expect(loadWithCodeCache(file, { dir: cache, command: "check" }).cache).toBe("missing");
  });

  test("grade, and no cache folder, neither read nor write a cache", () => {
    const { file, cache } = bundle();
    expect(loadWithCodeCache(file, { dir: cache, command: "grade" }, true).cache).toBe("off");
    expect(loadWithCodeCache(file, { dir: undefined, command: "check" }).cache).toBe("off");
    expect(files(cache)).toEqual([]);
  });

  test("an unwritable cache folder costs nothing but the saving", () => {
    const { file } = bundle();
    const blocker = join(mkdtempSync(join(tmpdir(), "pytutor-code-cache-")), "a-file");
    writeFileSync(blocker, "not a folder");
    expect(loadWithCodeCache(file, { dir: join(blocker, "cache"), command: "check" }, true)).toEqual({ cache: "missing", name: "main.cjs", total: 18375 });
  });
});

describe("commandOf", () => {
  test("the first word that is not an option or an option's value", () => {
    expect(commandOf(["check", "ejercicio1"])).toBe("check");
    expect(commandOf(["--lang", "en", "--python", "/usr/bin/python3", "hint", "3"])).toBe("hint");
    expect(commandOf(["--lang=en", "list"])).toBe("list");
    expect(commandOf([])).toBe("menu");
    expect(commandOf(["--lang", "es"])).toBe("menu");
    expect(commandOf(["../x/y"])).toBe("other");
    expect(commandOf(["CHECK"])).toBe("other");
  });
});
