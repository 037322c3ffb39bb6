// A small JSON cache of resolved interpreters; any failure to read or write it
// only costs a re-probe.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir, cacheDisabled } from "../cache-dir.js";
import { writeFileAtomic } from "../util/atomic-write.js";

function cacheFile(): string {
  return join(cacheDir(), "pythons.json");
}

function readAll(): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(readFileSync(cacheFile(), "utf8"));
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readCache<T>(key: string): T | undefined {
  if (cacheDisabled()) return undefined;
  return readAll()[key] as T | undefined;
}

export function writeCache(key: string, value: unknown): void {
  if (cacheDisabled()) return;
  const file = cacheFile();
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    const all = readAll();
    all[key] = value;
    writeFileAtomic(file, JSON.stringify(all));
  } catch {
    /* an unwritable cache is not an error */
  }
}
