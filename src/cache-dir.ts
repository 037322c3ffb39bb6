// Where pytutor keeps what it can rebuild: resolved interpreters, validated
// catalogues, the private copy of the probe. PYTUTOR_CACHE_DIR wins (tests use
// it); otherwise the platform's own place for caches.
import { homedir } from "node:os";
import { posix, win32 } from "node:path";

export type CacheHost = { platform: NodeJS.Platform; env: NodeJS.ProcessEnv; homedir: string };

// %LOCALAPPDATA%\pytutor\Cache on Windows, ~/Library/Caches/pytutor on macOS,
// $XDG_CACHE_HOME/pytutor or ~/.cache/pytutor elsewhere (XDG ignores a relative
// XDG_CACHE_HOME).
export function cacheDirFor(host: CacheHost): string {
  const { platform, env } = host;
  if (env.PYTUTOR_CACHE_DIR) return env.PYTUTOR_CACHE_DIR;
  if (platform === "win32") {
    const local = env.LOCALAPPDATA || win32.join(host.homedir, "AppData", "Local");
    return win32.join(local, "pytutor", "Cache");
  }
  if (platform === "darwin") return posix.join(host.homedir, "Library", "Caches", "pytutor");
  const xdg = env.XDG_CACHE_HOME;
  return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(host.homedir, ".cache"), "pytutor");
}

export function cacheDir(): string {
  return cacheDirFor({ platform: process.platform, env: process.env, homedir: process.env.PYTUTOR_CACHE_DIR ? "" : homedir() });
}

export function cacheDisabled(): boolean {
  return process.env.PYTUTOR_NO_CACHE === "1";
}
