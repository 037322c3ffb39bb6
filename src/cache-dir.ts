// Where pytutor keeps what it can rebuild: resolved interpreters, validated
// catalogues, the private copy of the probe. PYTUTOR_CACHE_DIR wins (tests use
// it); otherwise XDG's cache folder, or ~/.cache.
import { homedir } from "node:os";
import { join } from "node:path";

export function cacheDir(): string {
  if (process.env.PYTUTOR_CACHE_DIR) return process.env.PYTUTOR_CACHE_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "pytutor");
}

export function cacheDisabled(): boolean {
  return process.env.PYTUTOR_NO_CACHE === "1";
}
