// The zip reader on real files: good archives made by CPython's zipfile, bad
// ones crafted byte by byte (zip slip, bombs, encryption, lies about sizes).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { crc32, DEFAULT_ZIP_LIMITS, readZip, ZipError, type ZipEntry, type ZipLimits } from "../../src/batch/zip.js";
import { testPythons } from "../helpers/pythons.js";

const MiB = 1024 * 1024;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pytutor-zip-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

// The ZipError `fn` throws (the test fails if it throws anything else or nothing).
function zipError(fn: () => unknown): ZipError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ZipError);
    return error as ZipError;
  }
  throw new Error("expected a ZipError, nothing was thrown");
}

function expectReason(error: ZipError, es: string, en: string): void {
  expect(error.reason.es).toContain(es);
  expect(error.reason.en).toContain(en);
}

const contents = (entries: ZipEntry[]) => Object.fromEntries(entries.map((e) => [e.name, e.data().toString("utf8")]));

// ---------------------------------------------------------------------------
// Archives made by CPython.

const python = process.env.PYTUTOR_TEST_PYTHON ?? testPythons()[0]?.path ?? "python3";

type PyEntry = { name: string; data?: string; deflate?: boolean; zip64?: boolean };
type PyZip = { path: string; entries: PyEntry[]; comment?: string; stream?: boolean };

const PY_SCRIPT = `
import json, sys, zipfile

class Pipe:  # no tell(): zipfile writes data descriptors (flag bit 3), as streaming tools do
    def __init__(self, f): self.f = f
    def write(self, b): return self.f.write(b)
    def flush(self): self.f.flush()

for z in json.load(sys.stdin):
    out = open(z["path"], "wb")
    with zipfile.ZipFile(Pipe(out) if z.get("stream") else out, "w") as zf:
        for e in z["entries"]:
            method = zipfile.ZIP_DEFLATED if e.get("deflate") else zipfile.ZIP_STORED
            data = e.get("data", "").encode("utf-8")
            if e.get("zip64"):
                info = zipfile.ZipInfo(e["name"])
                info.compress_type = method
                with zf.open(info, "w", force_zip64=True) as f:
                    f.write(data)
            else:
                zf.writestr(e["name"], data, compress_type=method)
        if z.get("comment"):
            zf.comment = z["comment"].encode("utf-8")
    out.close()
`;

function pythonZips(zips: PyZip[]): void {
  execFileSync(python, ["-c", PY_SCRIPT], { input: JSON.stringify(zips), stdio: ["pipe", "pipe", "pipe"] });
}

const BIG = Array.from({ length: 4000 }, (_, i) => `print("línea ${i}", ${i} * ${i})\n`).join("");
const ODD_NAME = `José Núñez/año «uno» 'dos' "tres".py`;

const CLASS: PyEntry[] = [
  { name: "carpeta/" },
  { name: "ejercicio1.py", data: "print('hola')\n" },
  { name: "ejercicio2.py", data: BIG, deflate: true },
  { name: "carpeta/sub dir/ejercicio3.py", data: "x = 'ñandú'\n", deflate: true },
  { name: "carpeta/vacía/" },
  { name: ODD_NAME, data: "# ¿qué?\n", deflate: true },
  { name: "vacío.py", data: "" },
  { name: "vacío-deflate.py", data: "", deflate: true },
  { name: "__MACOSX/._ejercicio1.py", data: "\u0000\u0005\u0016\u0007 resource fork" },
  { name: "__MACOSX/carpeta/._x.py", data: "junk" },
  { name: "carpeta/.DS_Store", data: "Bud1 junk" },
  { name: "carpeta/._ejercicio3.py", data: "junk" },
];

describe("archives made by CPython's zipfile", () => {
  const paths = {
    cls: "",
    empty: "",
    zip64: "",
    comment: "",
    nfd: "",
    stream: "",
  };

  beforeAll(() => {
    for (const key of Object.keys(paths) as Array<keyof typeof paths>) paths[key] = join(dir, `py-${key}.zip`);
    pythonZips([
      { path: paths.cls, entries: CLASS },
      { path: paths.empty, entries: [] },
      { path: paths.zip64, entries: [{ name: "a.py", data: "print(64)\n", deflate: true, zip64: true }, { name: "b.py", data: "b", zip64: true }] },
      { path: paths.comment, entries: [{ name: "c.py", data: "c = 1\n" }], comment: "PK\u0005\u0006 looks like an end record ".repeat(500) },
      { path: paths.nfd, entries: [{ name: "Jose\u0301/cafe\u0301.py", data: "nfd" }] },
      { path: paths.stream, entries: CLASS, stream: true },
    ]);
  });

  test("stored and deflated entries, odd names, nested folders; directories and macOS junk omitted", () => {
    const entries = readZip(paths.cls);
    expect(entries.map((e) => e.name)).toEqual([
      "ejercicio1.py",
      "ejercicio2.py",
      "carpeta/sub dir/ejercicio3.py",
      ODD_NAME,
      "vacío.py",
      "vacío-deflate.py",
    ]);
    expect(contents(entries)).toEqual({
      "ejercicio1.py": "print('hola')\n",
      "ejercicio2.py": BIG,
      "carpeta/sub dir/ejercicio3.py": "x = 'ñandú'\n",
      [ODD_NAME]: "# ¿qué?\n",
      "vacío.py": "",
      "vacío-deflate.py": "",
    });
    const big = entries.find((e) => e.name === "ejercicio2.py");
    expect(big?.size).toBe(Buffer.byteLength(BIG));
    // data() can be called again: it reads the file each time.
    expect(big?.data().toString("utf8")).toBe(BIG);
  });

  test("written to a pipe: data descriptors, sizes only in the central directory", () => {
    const bytes = readFileSync(paths.stream);
    expect(bytes.readUInt16LE(6) & 0x08).toBe(0x08);
    expect(contents(readZip(paths.stream))).toEqual(contents(readZip(paths.cls)));
  });

  test("an empty zip has no entries", () => {
    expect(readZip(paths.empty)).toEqual([]);
  });

  test("ZIP64 extra fields in local headers (force_zip64) are fine", () => {
    expect(contents(readZip(paths.zip64))).toEqual({ "a.py": "print(64)\n", "b.py": "b" });
  });

  test("a long archive comment holding a fake end signature", () => {
    expect(contents(readZip(paths.comment))).toEqual({ "c.py": "c = 1\n" });
  });

  test("names are NFC (macOS writes decomposed accents)", () => {
    expect(readZip(paths.nfd).map((e) => e.name)).toEqual(["José/café.py"]);
  });
});

// ---------------------------------------------------------------------------
// Hand-made archives.

type Raw = {
  name: string | Buffer; // a string is written as UTF-8 with flag bit 11
  data?: string | Buffer;
  method?: number;
  flags?: number;
  crc?: number;
  size?: number; // declared uncompressed size
  compressed?: Buffer;
  localName?: Buffer;
  extra?: Buffer; // central directory extra field
};

type BuildOptions = { zip64?: boolean; prefix?: Buffer; count?: number };

function extraField(id: number, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}

function buildZip(entries: Raw[], options: BuildOptions = {}): Buffer {
  const prefix = options.prefix ?? Buffer.alloc(0);
  const body: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === "string" ? Buffer.from(e.name, "utf8") : e.name;
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : (e.data ?? Buffer.alloc(0));
    const method = e.method ?? 8;
    const compressed = e.compressed ?? (method === 8 ? zlib.deflateRawSync(data) : data);
    const flags = e.flags ?? (typeof e.name === "string" ? 0x800 : 0);
    const crc = e.crc ?? zlib.crc32(data);
    const size = e.size ?? data.length;
    const localName = e.localName ?? name;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    body.push(local, localName, compressed);

    let extra = e.extra ?? Buffer.alloc(0);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(0x031e, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt32LE(crc, 16);
    if (options.zip64) {
      const z = Buffer.alloc(24);
      z.writeBigUInt64LE(BigInt(size), 0);
      z.writeBigUInt64LE(BigInt(compressed.length), 8);
      z.writeBigUInt64LE(BigInt(offset), 16);
      extra = Buffer.concat([extraField(0x0001, z), extra]);
      record.writeUInt32LE(0xffffffff, 20);
      record.writeUInt32LE(0xffffffff, 24);
      record.writeUInt32LE(0xffffffff, 42);
    } else {
      record.writeUInt32LE(compressed.length, 20);
      record.writeUInt32LE(size, 24);
      record.writeUInt32LE(offset, 42);
    }
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    central.push(record, name, extra);
    offset += local.length + localName.length + compressed.length;
  }
  const cd = Buffer.concat(central);
  const count = options.count ?? entries.length;
  const tail: Buffer[] = [];
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
    eocd.writeUInt16LE(0xffff, 8);
    eocd.writeUInt16LE(0xffff, 10);
    eocd.writeUInt32LE(0xffffffff, 12);
    eocd.writeUInt32LE(0xffffffff, 16);
  } else {
    eocd.writeUInt16LE(count, 8);
    eocd.writeUInt16LE(count, 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(offset, 16);
  }
  tail.push(eocd);
  return Buffer.concat([prefix, ...body, cd, ...tail]);
}

let counter = 0;
function crafted(entries: Raw[], options?: BuildOptions): string {
  return file(`crafted-${++counter}.zip`, buildZip(entries, options));
}

describe("hand-made archives that are fine", () => {
  test("the builder itself makes a readable zip", () => {
    const path = crafted([
      { name: "a.py", data: "a = 1\n" },
      { name: "b.py", data: "b = 2\n", method: 0 },
    ]);
    expect(contents(readZip(path))).toEqual({ "a.py": "a = 1\n", "b.py": "b = 2\n" });
  });

  test("CP437 names (no UTF-8 flag): byte 0x82 is é", () => {
    const name = Buffer.concat([Buffer.from("caf"), Buffer.from([0x82]), Buffer.from(" a\xa4o.py", "latin1")]);
    expect(readZip(crafted([{ name, data: "x" }])).map((e) => e.name)).toEqual(["café año.py"]);
  });

  test("the Info-ZIP Unicode Path extra field wins over the header name while its CRC matches", () => {
    const raw = Buffer.from("cafe.py");
    const unicode = (crc: number) => extraField(0x7075, Buffer.concat([Buffer.from([1]), u32(crc), Buffer.from("café.py", "utf8")]));
    const good = crafted([{ name: raw, data: "x", extra: unicode(zlib.crc32(raw)) }]);
    const stale = crafted([{ name: raw, data: "x", extra: unicode(zlib.crc32(raw) ^ 1) }]);
    expect(readZip(good).map((e) => e.name)).toEqual(["café.py"]);
    expect(readZip(stale).map((e) => e.name)).toEqual(["cafe.py"]);
  });

  test("backslash separators from old Windows tools become slashes; ./ and // are dropped", () => {
    const path = crafted([
      { name: "carpeta\\ejercicio1.py", data: "1" },
      { name: "./a//b.py", data: "2" },
    ]);
    expect(readZip(path).map((e) => e.name)).toEqual(["carpeta/ejercicio1.py", "a/b.py"]);
  });

  test("ZIP64 end record, locator and central extra fields", () => {
    const path = crafted([{ name: "a.py", data: "print(64)\n" }, { name: "b/c.py", data: "c", method: 0 }], { zip64: true });
    expect(contents(readZip(path))).toEqual({ "a.py": "print(64)\n", "b/c.py": "c" });
  });

  test("bytes before the archive (a self-extracting stub) shift every offset", () => {
    const path = crafted([{ name: "a.py", data: "a" }], { prefix: Buffer.from("#!/bin/sh\nexit 0\n") });
    expect(contents(readZip(path))).toEqual({ "a.py": "a" });
    const path64 = crafted([{ name: "a.py", data: "a" }], { prefix: Buffer.alloc(1000, 7), zip64: true });
    expect(contents(readZip(path64))).toEqual({ "a.py": "a" });
  });

  test("CRC-32: the table agrees with the check value and with node:zlib", () => {
    expect(crc32(Buffer.from("123456789"), { native: false })).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0), { native: false })).toBe(0);
    const random = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff));
    expect(crc32(random, { native: false })).toBe(zlib.crc32(random));
    expect(crc32(random)).toBe(zlib.crc32(random));
  });
});

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0, 0);
  return b;
}

describe("archives that are refused", () => {
  const good = () => buildZip([{ name: "a.py", data: BIG }, { name: "b.py", data: "b" }]);

  test("truncated: the end record cut off, or the start cut off", () => {
    const bytes = good();
    expectReason(zipError(() => readZip(file("cut-end.zip", bytes.subarray(0, bytes.length - 5)))), "directorio central", "central directory");
    expectReason(zipError(() => readZip(file("cut-half.zip", bytes.subarray(0, bytes.length >> 1)))), "directorio central", "central directory");
    expectReason(zipError(() => readZip(file("cut-start.zip", bytes.subarray(200)))), "dañado", "corrupt");
  });

  test("garbage bytes, an empty file, a missing file", () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 17) & 0xff));
    expectReason(zipError(() => readZip(file("garbage.zip", garbage))), "no es un zip", "not a zip");
    expectReason(zipError(() => readZip(file("empty-file.zip", Buffer.alloc(0)))), "no es un zip", "not a zip");
    expectReason(zipError(() => readZip(join(dir, "nope.zip"))), "ENOENT", "ENOENT");
    expectReason(zipError(() => readZip(dir)), "archivo normal", "regular file");
  });

  test("a 500 MB file that is not a zip is refused without reading it", () => {
    const path = file("huge.bin", Buffer.from("not a zip at all"));
    truncateSync(path, 500 * MiB); // sparse: costs no disk
    const start = performance.now();
    expectReason(zipError(() => readZip(path)), "no es un zip", "not a zip");
    expect(performance.now() - start).toBeLessThan(1000);
    unlinkSync(path);
  });

  test("password-protected entries (flag bit 0, or bit 6 strong encryption)", () => {
    expectReason(zipError(() => readZip(crafted([{ name: "a.py", data: "a", flags: 0x801 }]))), "contraseña", "password");
    expectReason(zipError(() => readZip(crafted([{ name: "a.py", data: "a", flags: 0x41 }]))), "contraseña", "password");
  });

  test.each(["../evil.py", "/abs.py", "C:/x.py", "c:x.py", "a/../../x.py", "a/../b.py", "..\\evil.py", "a\\..\\..\\x.py", "\\\\server\\x.py"])(
    "zip slip: %s",
    (name) => {
      expectReason(zipError(() => readZip(crafted([{ name, data: "import os" }]))), "se sale", "escapes");
    },
  );

  test("zip slip is refused even in a directory entry or macOS junk", () => {
    expectReason(zipError(() => readZip(crafted([{ name: "../dir/" }]))), "se sale", "escapes");
    expectReason(zipError(() => readZip(crafted([{ name: "__MACOSX/../../x.py", data: "x" }]))), "se sale", "escapes");
  });

  test("names with NUL or other control characters, or invalid UTF-8", () => {
    expectReason(zipError(() => readZip(crafted([{ name: "a\u0000.py", data: "x" }]))), "control", "control");
    expectReason(zipError(() => readZip(crafted([{ name: "a\n.py", data: "x" }]))), "control", "control");
    const bad = Buffer.from([0x61, 0xff, 0x2e, 0x70, 0x79]);
    expectReason(zipError(() => readZip(crafted([{ name: bad, flags: 0x800, data: "x" }]))), "UTF-8", "UTF-8");
  });

  test("a wrong CRC is caught by data()", () => {
    const entries = readZip(crafted([{ name: "a.py", data: "print(1)\n", crc: 0x12345678 }]));
    expect(entries.map((e) => e.name)).toEqual(["a.py"]);
    expectReason(zipError(() => entries[0]?.data()), "CRC-32", "CRC-32");
  });

  test("a deflate bomb whose declared size lies is stopped at the declared size", () => {
    const zeros = Buffer.alloc(20 * MiB);
    const compressed = zlib.deflateRawSync(zeros, { level: 9 });
    // Declared 1 MiB: plausible for ~20 KB of deflate, so data() must catch it.
    const entries = readZip(crafted([{ name: "bomb.py", compressed, size: MiB, crc: 0 }]));
    expect(entries[0]?.size).toBe(MiB);
    expectReason(zipError(() => entries[0]?.data()), "bomba", "bomb");
    // Declared 100 bytes for 20 KB of deflate: refused before any inflating.
    expectReason(
      zipError(() => readZip(crafted([{ name: "bomb.py", compressed, size: 100, crc: 0 }]))),
      "tamaño comprimido",
      "compressed size",
    );
  });

  test("data that inflates to less than declared, or is not deflate at all", () => {
    const short = readZip(crafted([{ name: "a.py", data: "abc", size: 10 }]));
    expectReason(zipError(() => short[0]?.data()), "declara 10", "declares 10");
    const junk = readZip(crafted([{ name: "a.py", compressed: Buffer.from([0xff, 0xff, 0xff, 0xff]), size: 4, crc: 0 }]));
    expectReason(zipError(() => junk[0]?.data()), "deflate", "deflate");
  });

  test("a local header whose name differs from the central directory's", () => {
    const entries = readZip(crafted([{ name: "a.py", localName: Buffer.from("b.py"), data: "x" }]));
    expectReason(zipError(() => entries[0]?.data()), "cabecera local", "local header");
  });

  test("a file that disappears before data()", () => {
    const path = crafted([{ name: "a.py", data: "x" }]);
    const entries = readZip(path);
    unlinkSync(path);
    expectReason(zipError(() => entries[0]?.data()), "ENOENT", "ENOENT");
  });

  test("unsupported compression: bzip2 (12)", () => {
    const error = zipError(() => readZip(crafted([{ name: "a.py", method: 12, compressed: Buffer.from("BZh9"), size: 4 }])));
    expectReason(error, "no admitido", "unsupported");
    expect(error.reason.en).toContain("bzip2");
  });

  test("too many entries for the limits", () => {
    const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxEntries: 3 };
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `e${i}.py`, data: "x" }));
    expect(readZip(crafted(four.slice(0, 3)), limits)).toHaveLength(3);
    expectReason(zipError(() => readZip(crafted(four), limits)), "demasiadas entradas", "too many entries");
    // A lying count in the end record does not help: the entries are counted while parsed.
    expectReason(zipError(() => readZip(crafted(four, { count: 2 }), limits)), "demasiadas entradas", "too many entries");
  });

  test("declared sizes beyond the limits", () => {
    const limits: ZipLimits = { maxEntries: 100, maxEntryBytes: 1000, maxTotalBytes: 2500 };
    const path = crafted([{ name: "big.py", data: Buffer.alloc(1001, 0x61) }]);
    expectReason(zipError(() => readZip(path, limits)), "demasiado grande", "too large");
    const three = crafted(Array.from({ length: 3 }, (_, i) => ({ name: `f${i}.py`, data: Buffer.alloc(900, 0x61) })));
    expectReason(zipError(() => readZip(three, limits)), "demasiado grande", "too large");
    // Omitted entries do not count: they are never read.
    const junk = crafted([{ name: "__MACOSX/._big.py", data: Buffer.alloc(5000) }, { name: "a.py", data: "a" }]);
    expect(readZip(junk, limits).map((e) => e.name)).toEqual(["a.py"]);
  });

  test("an entry count that does not match the central directory", () => {
    expectReason(zipError(() => readZip(crafted([{ name: "a.py", data: "x" }], { count: 2 }))), "dañado", "corrupt");
  });

  test("two entries with the same name", () => {
    const path = crafted([{ name: "a.py", data: "1" }, { name: "./a.py", data: "2" }]);
    expectReason(zipError(() => readZip(path)), "mismo nombre", "same name");
  });

  test("an entry whose data would lie past the central directory", () => {
    const bytes = buildZip([{ name: "a.py", data: "print(1)\n", method: 0 }]);
    // Central directory starts after 30 + 4 + 9 bytes; bump its compressed and uncompressed sizes.
    const cd = 30 + 4 + 9;
    bytes.writeUInt32LE(500, cd + 20);
    bytes.writeUInt32LE(500, cd + 24);
    expectReason(zipError(() => readZip(file("past.zip", bytes))), "se salen", "outside");
  });

  test("flipped bytes in the central directory give a ZipError or a good read, never another error", () => {
    const bytes = buildZip([{ name: "a.py", data: BIG }, { name: "b/c.py", data: "c" }]);
    for (let i = bytes.length - 22 - 100; i < bytes.length; i += 3) {
      const copy = Buffer.from(bytes);
      copy[i] = (copy[i] ?? 0) ^ 0xa5;
      const path = file("fuzz.zip", copy);
      try {
        for (const entry of readZip(path)) entry.data();
      } catch (error) {
        expect(error).toBeInstanceOf(ZipError);
      }
    }
  });
});
