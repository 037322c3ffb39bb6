// A small, defensive reader for the .zip files students hand in (one per
// student, as GitHub Classroom and Moodle download them). Nothing in the
// archive is trusted: every offset and size is checked against the file and
// the limits before it is used, names that could escape the archive's folder
// are refused, and entries are inflated lazily with a hard cap on the output.
//
// Format reference: PKWARE APPNOTE.TXT (sections 4.3 and 4.4) and the Info-ZIP
// extra-field notes (0x7075 Unicode Path). Only node:fs and node:zlib are used.
//
// Memory: the archive is never read whole. readZip reads at most the tail
// (64 KiB + 22 bytes, where the end-of-central-directory record must be), the
// ZIP64 end record (56 bytes) and the central directory (capped by
// centralDirectoryCap below); each data() call opens the file again and reads
// one local header and one entry's compressed bytes, whose size is bounded by
// its declared uncompressed size, itself bounded by maxEntryBytes. So the file
// size itself needs no cap: a 500 MB file that is not a zip costs one 64 KiB
// read.
//
// ZIP64 is supported (end record, locator, and the 0x0001 extra field in the
// central directory); its 64-bit values are only ever compared with limits far
// below 2^53, and a value above Number.MAX_SAFE_INTEGER is refused. Archives
// split over several disks are refused.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import * as zlib from "node:zlib";
import type { Text } from "../i18n/lang.js";

export type ZipEntry = { name: string; size: number; data(): Buffer };
export type ZipLimits = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number };

const MiB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 5 * MiB,
  maxTotalBytes: 50 * MiB,
};

export class ZipError extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
    this.name = "ZipError";
  }
}

// ---------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the one ZIP uses.

let crcTable: Uint32Array | undefined;

function tableCrc32(data: Uint8Array, value = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = ~value >>> 0;
  for (let i = 0; i < data.length; i++) {
    crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return ~crc >>> 0;
}

// node:zlib has a native crc32 from Node 20.15 / 22.2; older runtimes get the table.
const nativeCrc32: ((data: Uint8Array, value?: number) => number) | undefined =
  typeof (zlib as { crc32?: unknown }).crc32 === "function" ? zlib.crc32 : undefined;

// Exported for the tests (which compare the table with known values); the
// reader itself only calls it through checkCrc.
export function crc32(data: Uint8Array, { native = true }: { native?: boolean } = {}): number {
  return native && nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}

// ---------------------------------------------------------------------------
// Names.

// CP437, bytes 0x80-0xFF (the lower half is ASCII): what a name means when
// the UTF-8 flag is not set, as zips made by old Windows tools write accents.
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»" +
  "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
  "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

function decodeCp437(bytes: Buffer): string {
  let out = "";
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

// A name as it can be shown in a message: controls escaped, long ones cut.
function show(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > 120 ? `${escaped.slice(0, 117)}...` : escaped;
}

type NameCheck = { ok: true; path: string; dir: boolean } | { ok: false; reason: Text };

// Backslashes are separators (old Windows tools wrote "carpeta\ejercicio1.py"),
// so "..\evil.py" is caught like "../evil.py". "." segments and repeated
// slashes are dropped; ".." is refused anywhere, even where it would stay
// inside ("a/../b.py"): no honest tool writes it. The result is NFC, so a name
// from macOS (decomposed accents) compares equal to one typed on Linux.
function normalizeName(raw: string): NameCheck {
  const shown = show(raw);
  if (/[\u0000-\u001f\u007f]/.test(raw)) {
    return {
      ok: false,
      reason: {
        es: `el zip tiene una entrada con caracteres de control en el nombre («${shown}»)`,
        en: `the zip has an entry with control characters in its name ("${shown}")`,
      },
    };
  }
  const name = raw.replace(/\\/g, "/").normalize("NFC");
  if (name.startsWith("/")) {
    return {
      ok: false,
      reason: {
        es: `la entrada «${shown}» tiene una ruta absoluta y se sale de la carpeta del zip`,
        en: `the entry "${shown}" has an absolute path and escapes the zip's folder`,
      },
    };
  }
  if (/^[A-Za-z]:/.test(name)) {
    return {
      ok: false,
      reason: {
        es: `la entrada «${shown}» empieza por una letra de unidad y se sale de la carpeta del zip`,
        en: `the entry "${shown}" starts with a drive letter and escapes the zip's folder`,
      },
    };
  }
  const segments = name.split("/");
  if (segments.includes("..")) {
    return {
      ok: false,
      reason: {
        es: `la entrada «${shown}» contiene «..» y se sale de la carpeta del zip`,
        en: `the entry "${shown}" contains ".." and escapes the zip's folder`,
      },
    };
  }
  const dir = name.endsWith("/");
  const path = segments.filter((s) => s !== "" && s !== ".").join("/");
  if (path === "" && !dir) {
    return {
      ok: false,
      reason: { es: `el zip tiene una entrada sin nombre («${shown}»)`, en: `the zip has an entry with no name ("${shown}")` },
    };
  }
  return { ok: true, path, dir };
}

// macOS Archive Utility adds resource forks under __MACOSX/ and "._name"
// AppleDouble files; Finder leaves .DS_Store everywhere.
function isJunk(path: string): boolean {
  const segments = path.split("/");
  const last = segments[segments.length - 1] ?? "";
  return segments.includes("__MACOSX") || last.startsWith("._") || last === ".DS_Store";
}

// ---------------------------------------------------------------------------
// Errors.

const corrupt = (es: string, en: string) => new ZipError({ es: `el zip está dañado (${es})`, en: `the zip is corrupt (${en})` });

function entryCorrupt(name: string, es: string, en: string): ZipError {
  return new ZipError({ es: `la entrada «${show(name)}» del zip está dañada (${es})`, en: `the zip entry "${show(name)}" is corrupt (${en})` });
}

function cannotRead(error: unknown): ZipError {
  const code = (error as { code?: unknown } | null)?.code;
  const why = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  return new ZipError({ es: `no se puede leer el zip (${why})`, en: `cannot read the zip (${why})` });
}

// Anything that is not already a ZipError (a RangeError from a bad offset we
// failed to foresee, an fs error) becomes one, so callers handle one type.
function asZipError(error: unknown): ZipError {
  if (error instanceof ZipError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("E") && !code.startsWith("ERR_")) return cannotRead(error);
  const why = error instanceof Error ? error.message : String(error);
  return corrupt(`error interno al leerlo: ${why}`, `internal error while reading it: ${why}`);
}

const METHOD_NAMES: Record<number, string> = {
  1: "shrink",
  6: "implode",
  9: "deflate64",
  12: "bzip2",
  14: "lzma",
  93: "zstd",
  95: "xz",
  96: "jpeg",
  97: "wavpack",
  98: "ppmd",
  99: "aes",
};

// ---------------------------------------------------------------------------
// Reading.

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

const EOCD_SIZE = 22;
const ZIP64_EOCD_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const FLAG_ENCRYPTED = 1 << 0;
const FLAG_STRONG_ENCRYPTION = 1 << 6;
const FLAG_UTF8 = 1 << 11;
const FLAG_MASKED_DIRECTORY = 1 << 13;

// Reads exactly `length` bytes at `position`, or fails as truncated.
function readExact(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw corrupt("el archivo está truncado", "the file is truncated");
    done += n;
  }
  return buffer;
}

function readU64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw corrupt("un valor ZIP64 es demasiado grande", "a ZIP64 value is too large");
  }
  return Number(value);
}

// The central directory holds ~46 bytes plus a name per entry; 4 KiB an entry
// on average is far more than any real tool writes, and the floor lets a
// handful of entries carry long comments.
function centralDirectoryCap(limits: ZipLimits): number {
  return Math.max(MiB, limits.maxEntries * 4096);
}

type Directory = { count: number; size: number; offset: number; zip64: boolean; base: number };

// Finds the end-of-central-directory record in the tail and, when present,
// the ZIP64 one. `base` is how many bytes precede the archive proper (a
// self-extracting stub, or something prepended): offsets are relative to it.
function findDirectory(fd: number, fileSize: number): Directory {
  if (fileSize < EOCD_SIZE) {
    throw new ZipError({
      es: "el archivo no es un zip o está dañado (es demasiado corto; falta el directorio central)",
      en: "the file is not a zip or is corrupt (too short; no central directory)",
    });
  }
  const tailLength = Math.min(fileSize, MAX_COMMENT + EOCD_SIZE);
  const tailStart = fileSize - tailLength;
  const tail = readExact(fd, tailStart, tailLength);
  for (let i = tailLength - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== SIG_EOCD) continue;
    const commentLength = tail.readUInt16LE(i + 20);
    if (i + EOCD_SIZE + commentLength > tailLength) continue;
    const eocdPosition = tailStart + i;
    const disk = tail.readUInt16LE(i + 4);
    const cdDisk = tail.readUInt16LE(i + 6);
    const diskEntries = tail.readUInt16LE(i + 8);
    let count = tail.readUInt16LE(i + 10);
    let size = tail.readUInt32LE(i + 12);
    let offset = tail.readUInt32LE(i + 16);
    let end = eocdPosition;
    let zip64 = false;

    const saturated = count === 0xffff || size === 0xffffffff || offset === 0xffffffff || disk === 0xffff;
    const record = zip64Record(fd, eocdPosition, saturated);
    if (record) {
      const { buffer, position } = record;
      if (buffer.readUInt32LE(16) !== 0 || buffer.readUInt32LE(20) !== 0) throw splitZip();
      const total = readU64(buffer, 32);
      if (readU64(buffer, 24) !== total) throw splitZip();
      count = total;
      size = readU64(buffer, 40);
      offset = readU64(buffer, 48);
      end = position;
      zip64 = true;
    }
    if (!zip64 && (disk !== 0 || cdDisk !== 0 || diskEntries !== count)) throw splitZip();

    const base = end - size - offset;
    if (base < 0) {
      throw corrupt(
        "el directorio central se sale del archivo; ¿está incompleto?",
        "the central directory lies outside the file; is it truncated?",
      );
    }
    return { count, size, offset, zip64, base };
  }
  throw new ZipError({
    es: "el archivo no es un zip o está dañado (falta el directorio central)",
    en: "the file is not a zip or is corrupt (no central directory)",
  });
}

// The ZIP64 end record, found through the locator right before the classic
// end record. It normally sits right before the locator; the locator's offset
// is relative to the archive, which may have a prefix, so both are tried.
function zip64Record(fd: number, eocdPosition: number, saturated: boolean): { buffer: Buffer; position: number } | undefined {
  if (eocdPosition < ZIP64_LOCATOR_SIZE) {
    if (saturated) throw corrupt("falta el registro final ZIP64", "the ZIP64 end record is missing");
    return undefined;
  }
  const locatorPosition = eocdPosition - ZIP64_LOCATOR_SIZE;
  const locator = readExact(fd, locatorPosition, ZIP64_LOCATOR_SIZE);
  if (locator.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
    if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) > 1) throw splitZip();
    const recorded = locator.readBigUInt64LE(8);
    const candidates = [locatorPosition - ZIP64_EOCD_SIZE];
    if (recorded <= BigInt(locatorPosition)) candidates.unshift(Number(recorded));
    for (const position of candidates) {
      if (position < 0 || position + ZIP64_EOCD_SIZE > locatorPosition) continue;
      const buffer = readExact(fd, position, ZIP64_EOCD_SIZE);
      if (buffer.readUInt32LE(0) === SIG_ZIP64_EOCD) return { buffer, position };
    }
  }
  // Four bytes that merely look like a locator (the end of some entry's data)
  // do not matter unless the classic record says it needs ZIP64.
  if (saturated) throw corrupt("falta el registro final ZIP64", "the ZIP64 end record is missing");
  return undefined;
}

function splitZip(): ZipError {
  return new ZipError({
    es: "el zip está dividido en varias partes (.z01, .z02...); no se admite: crea un solo zip",
    en: "the zip is split into several parts (.z01, .z02...); that is not supported: make a single zip",
  });
}

type CentralRecord = {
  name: string;
  rawName: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number; // absolute, base included
  dataEnd: number; // absolute: entry data must end before the central directory
};

// Extra fields: [id u16][length u16][data]. A malformed tail is ignored
// (some tools pad); the fields we need are validated where used.
function extraFields(extra: Buffer): Map<number, Buffer> {
  const fields = new Map<number, Buffer>();
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (at + 4 + length > extra.length) break;
    if (!fields.has(id)) fields.set(id, extra.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

function decodeName(rawName: Buffer, flags: number, fields: Map<number, Buffer>): string {
  // Info-ZIP Unicode Path (0x7075): version 1, CRC-32 of the header's name,
  // then the UTF-8 name. Used only while the CRC matches (per Info-ZIP, a
  // mismatch means a tool renamed the entry without updating the field).
  const unicode = fields.get(0x7075);
  if (unicode && unicode.length >= 5 && unicode[0] === 1 && unicode.readUInt32LE(1) === crc32(rawName)) {
    const name = decodeUtf8(unicode.subarray(5));
    if (name !== undefined) return name;
  }
  if (flags & FLAG_UTF8) {
    const name = decodeUtf8(rawName);
    if (name === undefined) {
      throw new ZipError({
        es: "el zip tiene una entrada cuyo nombre no es UTF-8 válido aunque dice serlo",
        en: "the zip has an entry whose name is not valid UTF-8 although it says it is",
      });
    }
    return name;
  }
  return decodeCp437(rawName);
}

export function readZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  return withZipFile(path, (fd) => {
    try {
      return readCentralDirectory(fd, path, limits);
    } catch (error) {
      throw asZipError(error);
    }
  });
}

// Opens the zip (a failed open is cannotRead), lets `use` read it, and closes
// it again whatever happened.
function withZipFile<T>(path: string, use: (fd: number) => T): T {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw cannotRead(error);
  }
  try {
    return use(fd);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing useful to do: the read already succeeded or failed.
    }
  }
}

function readCentralDirectory(fd: number, path: string, limits: ZipLimits): ZipEntry[] {
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    throw new ZipError({ es: "no es un archivo normal", en: "it is not a regular file" });
  }
  const directory = findDirectory(fd, stat.size);
  if (directory.count > limits.maxEntries) throw tooManyEntries(directory.count, limits);
  if (directory.size > centralDirectoryCap(limits)) {
    throw new ZipError({
      es: `el directorio central del zip es demasiado grande (${directory.size} bytes)`,
      en: `the zip's central directory is too large (${directory.size} bytes)`,
    });
  }
  const cdStart = directory.base + directory.offset;
  const cd = readExact(fd, cdStart, directory.size);

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let parsed = 0;
  let at = 0;
  while (at < cd.length) {
    parsed++;
    if (parsed > limits.maxEntries) throw tooManyEntries(parsed, limits);
    const bad = () => corrupt(`la entrada ${parsed} del directorio central no es válida`, `entry ${parsed} of the central directory is invalid`);
    if (at + CENTRAL_SIZE > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) throw bad();
    const flags = cd.readUInt16LE(at + 8);
    const method = cd.readUInt16LE(at + 10);
    const crc = cd.readUInt32LE(at + 16);
    let compressedSize = cd.readUInt32LE(at + 20);
    let size = cd.readUInt32LE(at + 24);
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    let startDisk = cd.readUInt16LE(at + 34);
    let localOffset = cd.readUInt32LE(at + 42);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cd.length) throw bad();
    const rawName = cd.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const fields = extraFields(cd.subarray(at + CENTRAL_SIZE + nameLength, at + CENTRAL_SIZE + nameLength + extraLength));
    at = next;

    // ZIP64 extended information: only the fields whose header value is
    // saturated are present, always in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff || startDisk === 0xffff) {
      const zip64 = fields.get(0x0001);
      let z = 0;
      const take8 = (): number => {
        if (!zip64 || z + 8 > zip64.length) throw bad();
        const value = readU64(zip64, z);
        z += 8;
        return value;
      };
      if (size === 0xffffffff) size = take8();
      if (compressedSize === 0xffffffff) compressedSize = take8();
      if (localOffset === 0xffffffff) localOffset = take8();
      if (startDisk === 0xffff) {
        if (!zip64 || z + 4 > zip64.length) throw bad();
        startDisk = zip64.readUInt32LE(z);
      }
    }
    if (startDisk !== 0) throw splitZip();

    const decoded = decodeName(rawName, flags, fields);
    const checked = normalizeName(decoded);
    if (!checked.ok) throw new ZipError(checked.reason);
    // Directories and macOS junk are never read, so their flags, methods and
    // sizes do not matter; their names were still checked above.
    if (checked.dir || isJunk(checked.path)) continue;
    const name = checked.path;

    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_DIRECTORY)) {
      throw new ZipError({
        es: `«${show(name)}» está protegido con contraseña (cifrado); crea el zip de nuevo sin contraseña`,
        en: `"${show(name)}" is password-protected (encrypted); create the zip again without a password`,
      });
    }
    if (method !== 0 && method !== 8) {
      const label = METHOD_NAMES[method] ? `${method}, ${METHOD_NAMES[method]}` : `${method}`;
      throw new ZipError({
        es: `«${show(name)}» usa un método de compresión no admitido (${label}); solo se admiten «stored» (0) y «deflate» (8)`,
        en: `"${show(name)}" uses an unsupported compression method (${label}); only stored (0) and deflate (8) are supported`,
      });
    }
    if (size > limits.maxEntryBytes) {
      throw new ZipError({
        es: `«${show(name)}» es demasiado grande: ${size} bytes descomprimido (máximo ${limits.maxEntryBytes})`,
        en: `"${show(name)}" is too large: ${size} bytes uncompressed (limit ${limits.maxEntryBytes})`,
      });
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new ZipError({
        es: `el contenido del zip es demasiado grande: más de ${limits.maxTotalBytes} bytes descomprimido`,
        en: `the zip's content is too large: more than ${limits.maxTotalBytes} bytes uncompressed`,
      });
    }
    // Stored data is the data; deflate never grows data by more than a few
    // bytes per 16-64 KiB block, so a larger compressed size is a lie (and
    // would make data() read more than the limits allow).
    if (method === 0 ? compressedSize !== size : compressedSize > size + Math.floor(size / 64) + 1024) {
      throw entryCorrupt(name, "el tamaño comprimido no cuadra con el descomprimido", "its compressed size does not match its uncompressed size");
    }
    const absoluteOffset = directory.base + localOffset;
    if (absoluteOffset + LOCAL_SIZE + compressedSize > cdStart) {
      throw entryCorrupt(name, "sus datos se salen del archivo", "its data lies outside the file");
    }
    if (seen.has(name)) {
      throw new ZipError({
        es: `el zip tiene dos entradas con el mismo nombre («${show(name)}»)`,
        en: `the zip has two entries with the same name ("${show(name)}")`,
      });
    }
    seen.add(name);

    const record: CentralRecord = {
      name,
      rawName: Buffer.from(rawName),
      flags,
      method,
      crc,
      compressedSize,
      size,
      localOffset: absoluteOffset,
      dataEnd: cdStart,
    };
    entries.push({ name, size, data: () => readEntry(path, record) });
  }
  if (directory.zip64 ? parsed !== directory.count : parsed % 0x10000 !== directory.count) {
    throw corrupt(
      `el directorio central tiene ${parsed} entradas pero el final dice ${directory.count}`,
      `the central directory has ${parsed} entries but its end record says ${directory.count}`,
    );
  }
  return entries;
}

function tooManyEntries(count: number, limits: ZipLimits): ZipError {
  return new ZipError({
    es: `el zip tiene demasiadas entradas (${count}; máximo ${limits.maxEntries})`,
    en: `the zip has too many entries (${count}; limit ${limits.maxEntries})`,
  });
}

// data(): one open, one local header, one read of the compressed bytes, then
// inflate with the output capped at the declared size (plus one byte, to tell
// "exactly right" from "more than declared").
function readEntry(path: string, record: CentralRecord): Buffer {
  try {
    const compressed = readCompressed(path, record);
    let data: Buffer;
    if (record.method === 0 || (record.compressedSize === 0 && record.size === 0)) {
      data = compressed;
    } else {
      try {
        data = zlib.inflateRawSync(compressed, { maxOutputLength: record.size + 1 });
      } catch (error) {
        if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw bomb(record);
        const why = error instanceof Error ? error.message : String(error);
        throw entryCorrupt(record.name, `datos deflate no válidos: ${why}`, `invalid deflate data: ${why}`);
      }
    }
    if (data.length > record.size) throw bomb(record);
    if (data.length !== record.size) {
      throw entryCorrupt(
        record.name,
        `mide ${data.length} bytes y declara ${record.size}`,
        `it is ${data.length} bytes long but declares ${record.size}`,
      );
    }
    if (crc32(data) !== record.crc) {
      throw entryCorrupt(record.name, "el CRC-32 no coincide", "CRC-32 mismatch");
    }
    return data;
  } catch (error) {
    throw asZipError(error);
  }
}

function bomb(record: CentralRecord): ZipError {
  return new ZipError({
    es: `«${show(record.name)}» se descomprime en más bytes de los ${record.size} que declara (¿una bomba zip?)`,
    en: `"${show(record.name)}" inflates to more than the ${record.size} bytes it declares (a zip bomb?)`,
  });
}

function readCompressed(path: string, record: CentralRecord): Buffer {
  return withZipFile(path, (fd) => {
    const header = readExact(fd, record.localOffset, LOCAL_SIZE);
    if (header.readUInt32LE(0) !== SIG_LOCAL) {
      throw entryCorrupt(record.name, "falta su cabecera local", "its local header is missing");
    }
    if (header.readUInt16LE(6) & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      throw new ZipError({
        es: `«${show(record.name)}» está protegido con contraseña (cifrado); crea el zip de nuevo sin contraseña`,
        en: `"${show(record.name)}" is password-protected (encrypted); create the zip again without a password`,
      });
    }
    // The local header's sizes are not used (they are zero with a data
    // descriptor, saturated with ZIP64); only its variable lengths are.
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const start = record.localOffset + LOCAL_SIZE + nameLength + extraLength;
    if (start + record.compressedSize > record.dataEnd) {
      throw entryCorrupt(record.name, "sus datos se salen del archivo", "its data lies outside the file");
    }
    // Two different names for one entry is how some archives show one file to
    // one tool and another to the next; refuse it as Python's zipfile does.
    const localName = readExact(fd, record.localOffset + LOCAL_SIZE, nameLength);
    if (!localName.equals(record.rawName)) {
      throw entryCorrupt(record.name, "el nombre de su cabecera local es otro", "its local header has a different name");
    }
    return readExact(fd, start, record.compressedSize);
  });
}
