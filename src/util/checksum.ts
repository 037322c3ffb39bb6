// CRC-32 (zlib's, in native code) where pytutor needs only to notice damage
// or to name content whose bytes are compared anyway: the code cache's
// integrity, the names of cache files and of the probe's folders. Never where
// something must resist a forger (the grader trusts no cache). node:zlib loads
// in ~1 ms, node:crypto in ~5, and all three are on every check's start-up
// path.
import { crc32 } from "node:zlib";

// The CRC-32 of `parts` read as one sequence, as 8 hex digits, followed by
// their total length in bytes (hex): two contents of different length never
// share a name.
export function checksumName(parts: Array<string | Uint8Array>): string {
  let crc = 0;
  let length = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    length += typeof part === "string" ? Buffer.byteLength(part) : part.byteLength;
  }
  return `${crc.toString(16).padStart(8, "0")}${length.toString(16)}`;
}

// The CRC-32 of `bytes`, as the 4 bytes that head a checked file.
export function crcBytes(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(bytes) >>> 0);
  return out;
}
