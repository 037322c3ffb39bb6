// Random hex from the kernel's device, or from node:crypto where there is none
// (Windows), and the CRC-32 names of cache files (src/util/random.ts,
// src/util/checksum.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, test } from "vitest";
import { checksumName, crcBytes } from "../../src/util/checksum.js";
import { randomHex, URANDOM } from "../../src/util/random.js";

describe("randomHex", () => {
  test("reads the device where there is one: exactly the bytes asked for, as hex", () => {
    const device = join(mkdtempSync(join(tmpdir(), "pytutor-random-")), "device");
    writeFileSync(device, Buffer.from([0, 1, 0xab, 0xff, 9]));
    expect(randomHex(4, device)).toBe("0001abff");
  });

  test("falls back to node:crypto when the device gives too little, is missing, or is not asked for (Windows)", () => {
    const short = join(mkdtempSync(join(tmpdir(), "pytutor-random-")), "short");
    writeFileSync(short, Buffer.from([1, 2]));
    for (const device of [short, "/nonexistent/urandom", undefined]) {
      const a = randomHex(12, device);
      expect(a).toMatch(/^[0-9a-f]{24}$/u);
      expect(randomHex(12, device)).not.toBe(a);
    }
  });

  test("from the real device: 1,000 tokens, all different", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => randomHex(12, URANDOM)));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{24}$/u);
  });
});

describe("checksum", () => {
  test("checksumName: the CRC-32 of the parts read as one, then their length; any change of content or length changes it", () => {
    expect(checksumName(["ab", Buffer.from("c")])).toBe(`${(crc32("abc") >>> 0).toString(16).padStart(8, "0")}3`);
    expect(checksumName(["abc"])).toBe(checksumName(["a", "bc"]));
    expect(checksumName(["abd"])).not.toBe(checksumName(["abc"]));
    expect(checksumName(["ñ"])).toMatch(/2$/u);
  });

  test("crcBytes: 4 bytes, big-endian", () => {
    expect(crcBytes(Buffer.from("abc")).readUInt32BE(0)).toBe(crc32("abc") >>> 0);
    expect(crcBytes(Buffer.from("abc"))).toHaveLength(4);
  });
});
