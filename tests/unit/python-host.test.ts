// The real machine behind discovery (Linux here): file kinds, running without
// a shell, the cache that spares a re-probe, and --all-pythons on real CPythons.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { discoverPythons } from "../../src/python/discover.js";
import { findPython } from "../../src/python/find.js";
import { realHost, type Host } from "../../src/python/host.js";

const PY38 = "/root/.pyenv/versions/3.8.18/bin/python3";
const PY313 = "/root/.pyenv/versions/3.13.0/bin/python3";
const have = existsSync(PY38) && existsSync(PY313);

describe.runIf(process.platform === "linux")("realHost on Linux", () => {
  const dir = mkdtempSync(join(tmpdir(), "pytutor-host-"));
  const saved = process.env.PYTUTOR_CACHE_DIR;
  beforeAll(() => {
    process.env.PYTUTOR_CACHE_DIR = join(dir, "cache");
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PYTUTOR_CACHE_DIR;
    else process.env.PYTUTOR_CACHE_DIR = saved;
  });

  test("exists tells a program from a plain file, a folder and nothing", () => {
    const host = realHost();
    writeFileSync(join(dir, "prog"), "#!/bin/sh\n");
    chmodSync(join(dir, "prog"), 0o755);
    writeFileSync(join(dir, "plain"), "");
    chmodSync(join(dir, "plain"), 0o644);
    expect(host.exists(join(dir, "prog"))).toBe("file");
    expect(host.exists(join(dir, "plain"))).toBe("not-executable");
    expect(host.exists(dir)).toBe("dir");
    expect(host.exists(join(dir, "missing"))).toBeUndefined();
  });

  test("run reports exit code, output and a spawn error's code, with no shell in between", async () => {
    const host = realHost();
    const ok = await host.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"], { cwd: dir, timeoutMs: 5_000 });
    expect(ok).toMatchObject({ exitCode: 3, stdout: "out\n", stderr: "err\n" });
    const missing = await host.run(join(dir, "nope"), [], { cwd: dir, timeoutMs: 5_000 });
    expect(missing).toMatchObject({ exitCode: null, errorCode: "ENOENT" });
    // No shell: a `;` in an argument is just a character.
    expect((await host.run("/bin/echo", ["a;echo b"], { cwd: dir, timeoutMs: 5_000 })).stdout).toBe("a;echo b\n");
  });

  test.runIf(have)("a resolved interpreter is cached: the second search spawns nothing", async () => {
    const bin = join(dir, "bin-cache");
    mkdirSync(bin);
    symlinkSync(PY38, join(bin, "python3"));
    const base = realHost({ PATH: bin, HOME: dir });
    let runs = 0;
    const host: Host = { ...base, run: (...args) => ((runs += 1), base.run(...args)) };
    const first = await findPython({ host, cwd: dir });
    expect(first).toMatchObject({ version: "3.8.18", requested: "python3", executable: join(bin, "python3") });
    expect(runs).toBe(1);
    const second = await findPython({ host, cwd: dir });
    expect(second).toEqual(first);
    expect(runs).toBe(1);
  });

  test.runIf(have)("--all-pythons finds pyenv's versions and python3.X on PATH, one per version", async () => {
    const root = join(dir, "pyenv");
    for (const v of ["3.8.18", "3.13.0"]) {
      mkdirSync(join(root, "versions", v, "bin"), { recursive: true });
      symlinkSync(`/root/.pyenv/versions/${v}/bin/python3`, join(root, "versions", v, "bin", "python3"));
    }
    const bin = join(dir, "bin-all");
    mkdirSync(bin);
    symlinkSync(PY313, join(bin, "python3.13"));
    const found = await discoverPythons({ PATH: bin, PYENV_ROOT: root, HOME: dir });
    const versions = found.map((p) => p.version);
    expect(versions).toEqual(expect.arrayContaining(["3.8.18", "3.13.0"]));
    expect(versions.filter((v) => v === "3.13.0")).toHaveLength(1);
    expect(versions).toEqual([...versions].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
  });
});
