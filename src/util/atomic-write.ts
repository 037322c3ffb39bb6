// The one way pytutor replaces a file: write a temporary file with a unique
// name in the same folder, fsync it, rename it over the target, so a reader
// sees the old file or the new one, never half of one. The temporary file is
// removed when anything fails. On Windows a rename fails with EPERM, EBUSY or
// EACCES while another program (a spreadsheet, an antivirus) holds the target:
// it is retried with backoff (about 2 s in all; elsewhere those errors mean
// no permission and are not retried); after that, with `sibling`,
// the content goes to a free sibling name («gradebook-2.csv») and the result
// says so, for the caller to tell the user.
import * as nodeFs from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { randomHex } from "./random.js";

// The file operations used, replaceable in tests (an error-raising rename).
export type FsOps = Pick<typeof nodeFs, "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "unlinkSync" | "existsSync">;

export type AtomicWriteOptions = {
  // Permissions of a new file (the temporary one, and so the result).
  mode?: number;
  // When the target stays locked after the retries, write a sibling instead of failing.
  sibling?: boolean;
  // Milliseconds to wait before each retry of a locked rename.
  backoff?: readonly number[];
  fs?: Partial<FsOps>;
  sleep?: (ms: number) => void;
  // Whose rules apply: only Windows refuses a rename because another program
  // has the file open (elsewhere EACCES/EPERM mean no permission: retrying cannot help).
  platform?: NodeJS.Platform;
};

// `path`: where the content is now; `wanted`: where it was asked to go
// (different only when the target was locked and a sibling was written).
export type AtomicWriteResult = { path: string; wanted: string; sibling: boolean };

export type Content = string | Uint8Array | Iterable<string | Uint8Array>;

// 50 + 100 + 200 + 400 + 600 + 650 ms: about 2 s.
export const LOCK_BACKOFF_MS: readonly number[] = [50, 100, 200, 400, 600, 650];
const LOCKED = new Set(["EPERM", "EBUSY", "EACCES"]);
const MAX_SIBLINGS = 50;

export function isLockError(error: unknown): boolean {
  return LOCKED.has((error as NodeJS.ErrnoException | undefined)?.code ?? "");
}

// A synchronous wait: reports are written at the end of a command, in one go.
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// `gradebook.csv` → `gradebook-2.csv`, `gradebook-3.csv`, …
export function siblingName(path: string, n: number): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${n}${ext}`);
}

export function writeFileAtomic(path: string, content: Content, options: AtomicWriteOptions = {}): AtomicWriteResult {
  const fs: FsOps = { ...nodeFs, ...options.fs };
  const sleep = options.sleep ?? sleepSync;
  const lockable = (options.platform ?? process.platform) === "win32";
  const locked = (error: unknown) => lockable && isLockError(error);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomHex(6)}.tmp`);
  try {
    const fd = fs.openSync(temporary, "wx", options.mode ?? 0o666);
    try {
      const chunks = typeof content === "string" || content instanceof Uint8Array ? [content] : content;
      for (const chunk of chunks) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const rename = (target: string) => renameWithRetry(fs, sleep, temporary, target, lockable ? (options.backoff ?? LOCK_BACKOFF_MS) : []);
    let refused: unknown;
    try {
      rename(path);
      syncFolder(fs, path);
      return { path, wanted: path, sibling: false };
    } catch (error) {
      if (!options.sibling || !locked(error)) throw error;
      refused = error;
    }
    for (let n = 2; n <= MAX_SIBLINGS; n++) {
      const other = siblingName(path, n);
      if (fs.existsSync(other)) continue;
      try {
        fs.renameSync(temporary, other);
        syncFolder(fs, other);
        return { path: other, wanted: path, sibling: true };
      } catch (error) {
        if (!locked(error)) throw error;
      }
    }
    throw refused;
  } catch (error) {
    try {
      fs.unlinkSync(temporary);
    } catch {
      /* never created, or already renamed */
    }
    throw error;
  }
}

function renameWithRetry(fs: FsOps, sleep: (ms: number) => void, from: string, to: string, backoff: readonly number[]): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const wait = backoff[attempt];
      if (!isLockError(error) || wait === undefined) throw error;
      sleep(wait);
    }
  }
}

// The rename itself survives a power cut once the folder is synced (POSIX;
// Windows cannot open a folder, and does not need it).
function syncFolder(fs: FsOps, path: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dirname(path), "r");
    fs.fsyncSync(fd);
  } catch {
    /* not possible here */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
