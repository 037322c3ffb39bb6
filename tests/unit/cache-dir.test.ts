// The cache folder is the platform's own place, and PYTUTOR_CACHE_DIR wins everywhere.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cacheDirFor } from "../../src/cache-dir.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("cacheDirFor", () => {
  const cases: Array<[string, NodeJS.Platform, NodeJS.ProcessEnv, string, string]> = [
    ["Windows uses LOCALAPPDATA", "win32", { LOCALAPPDATA: "C:\\Users\\ana\\AppData\\Local" }, "C:\\Users\\ana", "C:\\Users\\ana\\AppData\\Local\\pytutor\\Cache"],
    ["Windows without LOCALAPPDATA falls back to the profile", "win32", {}, "C:\\Users\\ana", "C:\\Users\\ana\\AppData\\Local\\pytutor\\Cache"],
    ["macOS uses ~/Library/Caches, not XDG", "darwin", { XDG_CACHE_HOME: "/tmp/xdg" }, "/Users/ana", "/Users/ana/Library/Caches/pytutor"],
    ["Linux uses XDG_CACHE_HOME", "linux", { XDG_CACHE_HOME: "/srv/cache" }, "/home/ana", "/srv/cache/pytutor"],
    ["Linux falls back to ~/.cache", "linux", {}, "/home/ana", "/home/ana/.cache/pytutor"],
    ["Linux ignores an empty XDG_CACHE_HOME", "linux", { XDG_CACHE_HOME: "" }, "/home/ana", "/home/ana/.cache/pytutor"],
    ["Linux ignores a relative XDG_CACHE_HOME (the XDG rule)", "linux", { XDG_CACHE_HOME: "cache" }, "/home/ana", "/home/ana/.cache/pytutor"],
    ["FreeBSD is treated like Linux", "freebsd", {}, "/home/ana", "/home/ana/.cache/pytutor"],
    ["PYTUTOR_CACHE_DIR wins on Windows", "win32", { PYTUTOR_CACHE_DIR: "D:\\c", LOCALAPPDATA: "C:\\x" }, "C:\\Users\\ana", "D:\\c"],
    ["PYTUTOR_CACHE_DIR wins on macOS", "darwin", { PYTUTOR_CACHE_DIR: "/tmp/c" }, "/Users/ana", "/tmp/c"],
    ["PYTUTOR_CACHE_DIR wins on Linux", "linux", { PYTUTOR_CACHE_DIR: "/tmp/c", XDG_CACHE_HOME: "/srv" }, "/home/ana", "/tmp/c"],
  ];
  test.each(cases)("%s", (_name, platform, env, home, expected) => {
    expect(cacheDirFor({ platform, env, homedir: home })).toBe(expected);
  });

  test("every cache user calls the one helper: no other module builds a cache path", () => {
    const hits = execFileSync("grep", ["-rlE", "XDG_CACHE_HOME|\"Caches?\"|\"\\.cache\"", join(ROOT, "src")], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((f) => f.slice(ROOT.length + 1));
    expect(hits).toEqual(["src/cache-dir.ts"]);
  });

  test.runIf(process.platform === "linux")("cacheDir() on this machine follows the same rule", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "-e", `import { cacheDir } from ${JSON.stringify(join(ROOT, "src", "cache-dir.ts"))}; process.stdout.write(cacheDir());`], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, PYTUTOR_CACHE_DIR: "", XDG_CACHE_HOME: "/srv/xdg-test", HOME: "/home/nobody-test" },
    });
    expect(out).toBe("/srv/xdg-test/pytutor");
  });
});
