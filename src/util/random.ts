// Random bytes as hex: the probe's token, unique names of temporary files and
// locks. Read from the kernel's generator, /dev/urandom (Linux, macOS, the
// BSDs: the same source node:crypto draws from), where there is one; loading
// node:crypto instead costs ~5 ms of every check's start-up. Windows, which
// has no such device, gets node:crypto.
import { closeSync, openSync, readSync } from "node:fs";

export const URANDOM = "/dev/urandom";

// `device` undefined: node:crypto alone (Windows; tests of that path).
export function randomHex(bytes: number, device: string | undefined = process.platform === "win32" ? undefined : URANDOM): string {
  if (device !== undefined) {
    try {
      const buffer = Buffer.alloc(bytes);
      const fd = openSync(device, "r");
      try {
        for (let read = 0; read < bytes; ) {
          const n = readSync(fd, buffer, read, bytes - read, null);
          if (n <= 0) throw new Error(`${device} gave no bytes`);
          read += n;
        }
      } finally {
        closeSync(fd);
      }
      return buffer.toString("hex");
    } catch {
      // No device after all (a container without /dev): node:crypto below.
    }
  }
  return process.getBuiltinModule("node:crypto").randomBytes(bytes).toString("hex");
}
